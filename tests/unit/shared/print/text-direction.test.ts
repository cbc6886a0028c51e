import { describe, expect, it } from 'vitest';
import { blockStarts, isRightToLeft, lineDirection } from '../../../../shared/print/text-direction';

describe('text direction', () => {
  it('takes a line’s direction from its first strong letter', () => {
    expect(lineDirection('דוד כהן')).toBe('rtl');
    expect(lineDirection('Dr. דוד כהן')).toBe('ltr');
    expect(lineDirection('12 شارع التحرير')).toBe('rtl');
    expect(lineDirection('11511')).toBeNull();
  });

  it('calls a block right to left when more of its lines are', () => {
    expect(isRightToLeft(['محمد علي', 'شارع التحرير 12', 'القاهرة', '11511', 'EGYPT'])).toBe(true);
    expect(isRightToLeft(['דוד כהן', 'Acme Corp', '500 Market Street', 'San Francisco, CA 94105'])).toBe(false);
    expect(isRightToLeft(['José Martínez', 'Acme'])).toBe(false);
  });

  it('sets a right-to-left block flush with its widest line’s right end, a left-to-right one flush left', () => {
    const width = (l: string) => l.length * 6;
    expect(blockStarts(['דוד כהן', 'רחוב הרצל 12', 'ISRAEL'], 100, width)).toEqual([100 + 12 * 6 - 7 * 6, 100, 100 + 12 * 6 - 6 * 6]);
    expect(blockStarts(['Ana', 'Main Street'], 100, width)).toEqual([100, 100]);
  });
});
