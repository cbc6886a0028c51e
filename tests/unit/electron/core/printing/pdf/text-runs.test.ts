import { describe, expect, it } from 'vitest';
import { fallbackChain, loadFont } from '../../../../../../electron/core/printing/pdf/fonts';
import { splitRuns } from '../../../../../../electron/core/printing/pdf/text-runs';

const covers = (key: ReturnType<typeof fallbackChain>[number], cp: number) => loadFont(key).font.hasGlyphForCodePoint(cp);

describe('per-run font fallback', () => {
  it('keeps Latin with accents, Greek and Cyrillic in the main font and sends CJK to the fallback', () => {
    const runs = splitRuns('José Zoë Łukasz Ελένη Дмитрий 王伟 and Ana', fallbackChain('serif'), covers);
    expect(runs.map((r) => [r.font, r.text])).toEqual([
      ['serif', 'José Zoë Łukasz Ελένη Дмитрий '],
      ['sc', '王伟 '],
      ['serif', 'and Ana'],
    ]);
  });

  it('loses no character and keeps the order', () => {
    const text = 'Zoë 王伟 Дмитрий — “Ελένη” 李 a';
    expect(
      splitRuns(text, fallbackChain('sans', 'ja'), covers)
        .map((r) => r.text)
        .join(''),
    ).toBe(text);
  });

  it('falls back to the first font when no font has the character', () => {
    const runs = splitRuns('a\u{10FFFD}b', ['x', 'y'], () => false);
    expect(runs).toEqual([{ text: 'a\u{10FFFD}b', font: 'x' }]);
  });
});
