import { describe, expect, it } from 'vitest';
import { excerptAround, queryWords } from '../../../../shared/domain/search-fold';

describe('excerptAround', () => {
  it('centres the excerpt on the word in Korean text, whose syllables fold into several letters', () => {
    const text = `${'한국어 문장입니다 '.repeat(30)}쿠버네티스로 옮겼습니다 ${'그리고 더 많은 이야기 '.repeat(30)}`;
    const excerpt = excerptAround(text, queryWords('쿠버네티스')[0]!, 20);
    expect(excerpt).toContain('쿠버네티스');
    expect(excerpt.length).toBeLessThanOrEqual(2 + 20 + '쿠버네티스'.length + 20);
  });

  it('works for accents and Latin text as before', () => {
    const text = `${'word '.repeat(40)}Zoë Müller said Kubernetes ${'more '.repeat(40)}`;
    expect(excerptAround(text, queryWords('muller')[0]!, 10)).toMatch(/^….{0,10}Müller.{0,10}…$/u);
  });
});
