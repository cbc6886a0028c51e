import { execFileSync } from 'node:child_process';
import * as fontkit from 'fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueueItemData, QueueRecipient } from '../../../../../../shared/api/printing/schemas';
import { pagesForItem } from '../../../../../../shared/print/queue-pages';
import { loadFont } from '../../../../../../electron/core/printing/pdf/fonts';
import { measureText, writePdf } from '../../../../../../electron/core/printing/pdf/pdf-writer';
import { pdfTextObjects, type TextObject } from '../../../../helpers/pdf-glyphs';
import { pdfFile, pdfText, pdfWords, type Word } from '../../../../helpers/poppler';
import { expectUspsPlacement, usSettings } from './print-fixtures';

interface Case {
  script: string;
  person: QueueRecipient;
  /** The embedded font the name is drawn in on envelopes and labels (subset tag aside)… */
  font: string;
  /** …and in letters, when it is not the same. */
  letterFont?: string;
  rtl?: boolean;
}

const person = (
  fullName: string,
  lines: string[],
  city: string,
  region: string,
  postalCode: string,
  country: string,
  company = 'Acme Corp',
): QueueRecipient => ({
  personId: null,
  fullName,
  title: '',
  company,
  address: { lines, city, region, postalCode, country },
});

/** Names and addresses as they are written in each script, the way cards give them. */
const CASES: Case[] = [
  {
    script: 'Latin with accents',
    person: person('José Núñez-Ångström', ['Calle de Alcalá 42'], 'Madrid', '', '28014', 'ES'),
    font: 'NotoSans-Regular',
    letterFont: 'NotoSerif-Regular',
  },
  {
    script: 'Greek',
    person: person('Ελένη Παπαδοπούλου', ['Ερμού 25'], 'Αθήνα', '', '105 63', 'GR'),
    font: 'NotoSans-Regular',
    letterFont: 'NotoSerif-Regular',
  },
  {
    script: 'Cyrillic',
    person: person('Дмитрий Иванов', ['ул. Тверская, 7'], 'Москва', '', '125009', 'RU'),
    font: 'NotoSans-Regular',
    letterFont: 'NotoSerif-Regular',
  },
  { script: 'Arabic', person: person('محمد علي', ['شارع التحرير 12'], 'القاهرة', '', '11511', 'EG', 'شركة النيل'), font: 'NotoNaskhArabic', rtl: true },
  { script: 'Hebrew', person: person('דוד כהן', ['רחוב הרצל 12'], 'תל אביב', '', '6578901', 'IL', 'אקמה בע״מ'), font: 'NotoSansHebrew', rtl: true },
  {
    script: 'Devanagari',
    person: person('राहुल शर्मा', ['12 महात्मा गांधी मार्ग'], 'नई दिल्ली', '', '110001', 'IN', 'क्षितिज प्रौद्योगिकी'),
    font: 'NotoSans-Regular',
  },
  {
    script: 'Thai',
    person: person('สมชาย ใจดี', ['123 ถนนสุขุมวิท'], 'กรุงเทพมหานคร', '', '10110', 'TH', 'บริษัท น้ำใจ จำกัด'),
    font: 'NotoSansThai-Regular',
  },
  { script: 'Simplified Chinese', person: person('王伟', ['建国门外大街1号'], '北京', '', '100004', 'CN', '北京科技有限公司'), font: 'NotoSansHans-Regular' },
  {
    script: 'Traditional Chinese',
    person: person('陳大文', ['忠孝東路四段100號'], '台北市', '', '106', 'TW', '台灣科技股份有限公司'),
    font: 'NotoSansHant-Regular',
  },
  {
    script: 'Japanese (kana and kanji)',
    person: person('山田さくら', ['六本木1-2-3'], '港区', '東京都', '106-0032', 'JP', 'アクメ株式会社'),
    font: 'NotoSansJP-Regular',
  },
  // No kana to tell: the country does, and the same characters take the Japanese forms.
  { script: 'Japanese (kanji only)', person: person('山田太郎', ['六本木1-2-3'], '港区', '東京都', '106-0032', 'JP', '山田商事'), font: 'NotoSansJP-Regular' },
  { script: 'Korean', person: person('김민준', ['세종대로 110'], '중구', '서울', '04524', 'KR', '에이크미'), font: 'NotoSansKR-Regular' },
];

const settings = usSettings();

function items(r: QueueRecipient): Record<'letter' | 'envelope' | 'labels', QueueItemData> {
  return {
    letter: {
      kind: 'letter',
      recipient: r,
      interviewId: null,
      noteId: null,
      date: '2026-03-04',
      salutation: '',
      body: 'Thank you for your time.',
      format: 'letter',
    },
    envelope: { kind: 'envelope', recipient: r, interviewId: null, envelope: 'no10' },
    labels: { kind: 'labels', recipients: [r], interviewId: null, sheet: 'avery-5160', startAt: 1 },
  };
}

/** pdftotext marks right-to-left stretches with embedding controls; the text itself is what matters. */
const plain = (text: string) => text.replace(/[\u202a-\u202e]/gu, '').replace(/\s+/gu, ' ');

function pdffonts(file: string): string[] {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
}

/** Words grouped into lines: those whose middles are level (fonts differ in height, not in baseline). */
function lines(words: Word[]): Word[][] {
  const middle = (w: Word) => (w.yMin + w.yMax) / 2;
  const out: Word[][] = [];
  for (const w of [...words].sort((a, b) => middle(a) - middle(b))) {
    const last = out.at(-1);
    if (last && Math.abs(middle(last[0]!) - middle(w)) < 4) last.push(w);
    else out.push([w]);
  }
  return out;
}

/** A character's own glyph (the font's cmap), drawn as it stands alone. */
const isolated = (cp: number, key: 'arabic' | 'thai' = 'arabic') => loadFont(key).font.glyphForCodePoint(cp).path.toSVG();

/** What each glyph a font draws stands for, in drawing order, across a PDF's text objects in that font. */
const drawn = (file: string, font: string) =>
  pdfTextObjects(file)
    .filter((o) => o.font.name.endsWith(`+${font}`))
    .flatMap((o) => o.glyphs.map((gid, i) => ({ gid, text: o.text[i]!, font: o.font })));

describe.each(CASES)('$script', ({ person: r, font, letterFont, rtl }) => {
  let written: Array<{ kind: string; bytes: Buffer }> = [];
  beforeAll(async () => {
    written = await Promise.all(
      Object.entries(items(r)).map(async ([kind, item]) => ({
        kind,
        bytes: await writePdf(pagesForItem(item, settings, { xMm: 0, yMm: 0 }, measureText), { title: kind }),
      })),
    );
  });
  /** The PDFs as files for poppler, in the test's own temp folder. */
  const files = () => written.map(({ kind, bytes }) => ({ kind, file: pdfFile(bytes, `${kind}.pdf`) }));

  it('prints the letter, the envelope and the label with every font embedded as a subset, and no empty box', () => {
    for (const { kind, file } of files()) {
      const fonts = pdffonts(file);
      for (const line of fonts) expect(line, `${kind}: ${line}`).toMatch(/\byes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
      const expected = kind === 'letter' ? (letterFont ?? font) : font;
      expect(
        fonts.some((l) => l.includes(`+${expected} `)),
        `${kind} uses ${expected}`,
      ).toBe(true);
      const objects = pdfTextObjects(file);
      expect(objects.length).toBeGreaterThan(0);
      // Glyph 0 is .notdef, the empty box a font draws for a character it lacks.
      for (const o of objects) expect(o.glyphs, `${kind}: ${o.font.name} draws .notdef for ${o.text.join('')}`).not.toContain(0);
    }
  });

  it('gives the name and the company back from pdftotext in the order they are written', () => {
    for (const { kind, file } of files()) {
      expect(plain(pdfText(file)), kind).toContain(r.fullName);
      expect(plain(pdfText(file)), kind).toContain(r.company);
    }
  });

  it(`sets the address ${rtl ? 'flush right' : 'flush left'} in its block, the envelope's inside the USPS read area`, async () => {
    const { file } = files().find((p) => p.kind === 'envelope')!;
    const words = pdfWords(file);
    expectUspsPlacement(words, 684, 297);
    const block = lines(words.filter((w) => w.yMin > 72));
    expect(block.length).toBeGreaterThanOrEqual(4);
    const edges = block.map((l) => (rtl ? Math.max(...l.map((w) => w.xMax)) : Math.min(...l.map((w) => w.xMin))));
    for (const edge of edges) expect(edge).toBeCloseTo(edges[0]!, 0);
  });

  if (font === 'NotoNaskhArabic')
    it('draws the Arabic letters joined: none of the name in its isolated form', async () => {
      for (const { kind, file } of files()) {
        const runs = pdfTextObjects(file).filter((o) => o.font.name.endsWith('+NotoNaskhArabic'));
        // Drawn right to left: read back, the run's characters reversed give the name.
        const name = runs.find((o: TextObject) => [...o.text.join('')].reverse().join('') === r.fullName);
        expect(name, `${kind} draws the name in one run`).toBeDefined();
        const subset = fontkit.create(name!.font.program) as fontkit.Font;
        const letters = name!.glyphs.map((gid, i) => ({ gid, cp: name!.text[i]!.codePointAt(0)! })).filter(({ cp }) => cp >= 0x621 && cp <= 0x64a);
        expect(letters).toHaveLength(7);
        for (const { gid, cp } of letters) expect(subset.getGlyph(gid).path.toSVG(), `${kind}: U+${cp.toString(16)}`).not.toBe(isolated(cp));
      }
    });

  if (r.fullName === 'राहुल शर्मा')
    it('draws Devanagari conjuncts as one glyph, the reph over the letter after it, and the i sign before its consonant', () => {
      for (const { kind, file } of files()) {
        const glyphs = drawn(file, font).map((g) => g.text);
        // क्ष (ka, virama, ssa) is one glyph, and ि is drawn before it though typed after.
        expect(glyphs.join(' '), kind).toContain('ि क्ष');
        // शर्मा: ra + virama over ma is the reph, one glyph drawn after the syllable it tops.
        expect(glyphs.join(' '), kind).toContain('श म ा र्');
        expect(glyphs.length, kind).toBeLessThan([...glyphs.join('')].length);
      }
    });

  if (r.company === 'บริษัท น้ำใจ จำกัด')
    it('stacks Thai marks: in น้ำ the ring sits on the consonant and the tone mark, in its raised form, above it', () => {
      for (const { kind, file } of files()) {
        const glyphs = drawn(file, font);
        const at = glyphs.findIndex((g, i) => g.text === 'น' && glyphs[i + 1]?.text === '\u0e4d');
        expect(at, `${kind}: the ring drawn right after its consonant`).toBeGreaterThanOrEqual(0);
        const tone = glyphs[at + 2]!;
        expect(tone.text).toBe('\u0e49');
        const subset = fontkit.create(tone.font.program) as fontkit.Font;
        expect(subset.getGlyph(tone.gid).path.toSVG(), `${kind}: the tone mark's own glyph would sit where the ring is`).not.toBe(isolated(0x0e49, 'thai'));
      }
    });
});
