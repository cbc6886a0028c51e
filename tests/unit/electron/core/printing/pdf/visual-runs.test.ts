import { describe, expect, it } from 'vitest';
import { fallbackChain, FONT_FILES, loadFont, type FontKey } from '../../../../../../electron/core/printing/pdf/fonts';
import { visualRuns } from '../../../../../../electron/core/printing/pdf/visual-runs';

const covers = (key: FontKey, cp: number) => loadFont(key).font.hasGlyphForCodePoint(cp);
const isRtl = (key: FontKey) => FONT_FILES[key].rtl === true;
const runs = (text: string) => visualRuns(text, fallbackChain('sans'), covers, isRtl).map((r) => [r.font, r.text, r.rtl]);

describe('lines in the order they are drawn (Unicode bidirectional algorithm)', () => {
  it('leaves a left-to-right line as its font runs', () => {
    expect(runs('José 王伟 and Ana')).toEqual([
      ['sans', 'José ', false],
      ['sc', '王伟 ', false],
      ['sans', 'and Ana', false],
    ]);
  });

  it('puts "Dr. " first and the Hebrew name after it, laid out right to left', () => {
    expect(runs('Dr. דוד כהן')).toEqual([
      ['sans', 'Dr. ', false],
      ['hebrew', 'דוד כהן', true],
    ]);
  });

  it('draws a Latin postal code to the left of the Arabic street it ends', () => {
    expect(runs('شارع التحرير 12')).toEqual([
      ['sans', '12', false],
      ['arabic', 'شارع التحرير ', true],
    ]);
  });

  it('keeps a Latin word inside a Hebrew line reading left to right, on the left of what precedes it', () => {
    expect(runs('דוד כהן Tel Aviv')).toEqual([
      ['sans', 'Tel Aviv', false],
      ['hebrew', 'דוד כהן ', true],
    ]);
  });

  it('reads Persian digits left to right: reversed, as every run of the Arabic font is laid out right to left', () => {
    expect(runs('خیابان ولیعصر ۱۲')).toEqual([
      ['arabic', '۲۱', true],
      ['arabic', 'خیابان ولیعصر ', true],
    ]);
  });

  it('mirrors brackets in right-to-left text and reverses the punctuation between right-to-left words', () => {
    expect(runs('(דוד) כהן')).toEqual([
      ['hebrew', 'כהן', true],
      ['sans', ' (', false],
      ['hebrew', 'דוד', true],
      ['sans', ')', false],
    ]);
  });

  it('loses no character (mirroring swaps a pair of brackets)', () => {
    const text = 'Dr. محمد علي (CTO), شارع 12 — דוד [א]';
    const all = visualRuns(text, fallbackChain('serif'), covers, isRtl);
    expect([...all.map((r) => r.text).join('')].sort()).toEqual([...text].sort());
  });
});

describe('invisible characters', () => {
  it('keep a right-to-left mark inside the run it stands in, and are never a character no font can print', async () => {
    const { uncoveredCharacters } = await import('../../../../../../electron/core/printing/pdf/pdf-writer');
    expect(runs('محمد\u200f علي')).toEqual([['arabic', 'محمد\u200f علي', true]]);
    expect(uncoveredCharacters('محمد\u200f علي\u200d')).toEqual([]);
    expect(uncoveredCharacters('முருகன்')).toEqual(['ம', 'ு', 'ர', 'க', 'ன', '்']);
  });
});
