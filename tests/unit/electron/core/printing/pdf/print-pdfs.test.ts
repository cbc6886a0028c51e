import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { QueueItemData } from '../../../../../../shared/api/printing/schemas';
import type { Settings } from '../../../../../../shared/api/settings/schemas';
import { AVERY_5160, AVERY_L7160, labelCells, labelSheet, type LabelSheet } from '../../../../../../shared/print/label-sheet';
import { mm } from '../../../../../../shared/print/page-model';
import { pagesForItem, type OffsetMm } from '../../../../../../shared/print/queue-pages';
import { measureText, writePdf } from '../../../../../../electron/core/printing/pdf/pdf-writer';
import { grayPage, pdfFile, pdfInfo, pdfText, pdfWords } from '../../../../helpers/poppler';
import { BODY, deSettings, expectUspsPlacement, RECIPIENTS, usSettings } from './print-fixtures';

const NO_OFFSET: OffsetMm = { xMm: 0, yMm: 0 };

async function render(items: QueueItemData[], settings: Settings, offset = NO_OFFSET): Promise<string> {
  const pages = items.flatMap((item) => pagesForItem(item, settings, offset, measureText));
  return pdfFile(await writePdf(pages, { title: 'test' }));
}

const letter = (i: number, body = BODY): Extract<QueueItemData, { kind: 'letter' }> => ({
  kind: 'letter',
  recipient: RECIPIENTS[i]!,
  interviewId: null,
  noteId: null,
  date: '2026-03-04',
  salutation: '',
  body,
  format: 'letter',
});
const envelope = (i: number, size: 'no10' | 'dl' | null = null): QueueItemData => ({
  kind: 'envelope',
  recipient: RECIPIENTS[i]!,
  interviewId: null,
  envelope: size,
});

/** The words of one name, in the order pdftotext gives them back. */
const namesIn = (text: string) => RECIPIENTS.filter((r) => text.replace(/\s+/g, ' ').includes(r.fullName)).map((r) => r.fullName);
const close = (a: number, b: number) => Math.abs(a - b) < 0.6;

describe('letters', () => {
  it('prints on US Letter in block format with 1 in margins, every name readable', async () => {
    const file = await render(
      RECIPIENTS.map((_, i) => letter(i)),
      usSettings(),
    );
    const info = pdfInfo(file);
    expect(info.pages).toBe(RECIPIENTS.length);
    for (const size of info.sizes) expect(close(size.width, 612) && close(size.height, 792)).toBe(true);
    const text = pdfText(file);
    expect(namesIn(text)).toEqual(RECIPIENTS.map((r) => r.fullName));
    expect(text).toContain('March 4, 2026');
    expect(text).toContain('Dear José Martínez,');
    expect(text).toContain('Sincerely,');
    for (const w of pdfWords(file)) {
      expect(w.xMin).toBeGreaterThanOrEqual(72 - 0.5);
      expect(w.xMax).toBeLessThanOrEqual(612 - 72 + 0.5);
      expect(w.yMin).toBeGreaterThanOrEqual(72 - 3);
      expect(w.yMax).toBeLessThanOrEqual(792 - 72);
    }
  });

  it('lays out block format top to bottom: date, inside address, salutation, body, closing, signature space, name', async () => {
    const words = pdfWords(await render([letter(0)], usSettings()));
    const y = (text: string) => words.find((w) => w.text === text)!.yMin;
    expect(y('March')).toBeLessThan(y('José'));
    expect(y('Acme')).toBeLessThan(y('Dear'));
    expect(y('Dear')).toBeLessThan(y('Thank'));
    expect(y('Thank')).toBeLessThan(y('Sincerely,'));
    // Three to four empty lines for the handwritten signature between closing and name.
    const gap = words.filter((w) => w.text === 'Sam').at(-1)!.yMin - y('Sincerely,');
    expect(gap).toBeGreaterThanOrEqual(13.5 * 4 - 1);
    expect(gap).toBeLessThanOrEqual(13.5 * 5 + 1);
  });

  it('continues a long letter on a second page under a header', async () => {
    const long = Array.from({ length: 14 }, () => BODY.split('\n')[1]).join('\n');
    const file = await render([letter(0, long)], usSettings());
    expect(pdfInfo(file).pages).toBe(2);
    const words = pdfWords(file).filter((w) => w.page === 1);
    expect(words.map((w) => w.text).join(' ')).toContain('José Martínez · March 4, 2026 · Page 2');
    expect(words.map((w) => w.text)).toContain('Sincerely,');
  });

  it('on A4 puts the address in the DIN 5008 form B window field, dated for the locale', async () => {
    const file = await render([letter(2)], deSettings({ locale: 'de-DE' }));
    const [size] = pdfInfo(file).sizes;
    expect(close(size!.width, 595.28) && close(size!.height, 841.89)).toBe(true);
    const words = pdfWords(file);
    expect(pdfText(file)).toContain('4. März 2026');
    // Fold marks at 105 and 210 mm and the punch mark at 148.5 mm, on the left edge only.
    const page = grayPage(file);
    for (const y of [105, 148.5, 210]) {
      expect(
        [-0.5, 0, 0.5].some((d) => page.dark(mm(5), mm(y) + d, 230)),
        `mark at ${y} mm`,
      ).toBe(true);
      expect(page.dark(mm(5), mm(y) - 6, 250), `nothing just above ${y} mm`).toBe(false);
    }
    const address = words.filter((w) => ['Łukasz', 'Wiśniewski', 'Floriańska', 'Kraków', 'POLAND'].includes(w.text) && w.yMin < mm(97));
    expect(address.length).toBeGreaterThanOrEqual(5);
    for (const w of address) {
      expect(w.xMin).toBeGreaterThanOrEqual(mm(20));
      expect(w.xMax).toBeLessThanOrEqual(mm(105));
      expect(w.yMin).toBeGreaterThanOrEqual(mm(45));
      expect(w.yMax).toBeLessThanOrEqual(mm(90));
    }
  });
});

describe('A4 letters with long lines', () => {
  const longEmail = 'samantha.rivera-oconnell.applications@extremely-long-company-domain-name.example.com';
  const longCompany = 'Internationale Gesellschaft für Angewandte Forschung und Entwicklung mbH';
  const person = { ...RECIPIENTS[2]!, company: longCompany };
  const a4Long = () => deSettings({ email: longEmail });

  it('wraps the information block and the window address inside their fields, at 8 pt or more', async () => {
    const file = await render([{ ...letter(0), recipient: person }], a4Long());
    const words = pdfWords(file).filter((w) => w.page === 0);
    for (const w of words) expect(w.xMax, w.text).toBeLessThanOrEqual(595.28 - mm(20) + 0.5);
    const text = pdfText(file).replace(/\s+/g, '');
    expect(text).toContain(longEmail);
    expect(text).toContain(longCompany.replace(/\s+/g, ''));
    // The window: below the return line, above 90 mm, left of the information block.
    const windowWords = words.filter((w) => w.yMin > mm(45 + 17.7) - 2 && w.yMax < mm(97) && w.xMin < mm(110));
    expect(windowWords.map((w) => w.text)).toEqual(expect.arrayContaining(['Gesellschaft', 'Entwicklung', 'Łukasz']));
    for (const w of windowWords) {
      expect(w.xMin, w.text).toBeGreaterThanOrEqual(mm(20));
      expect(w.xMax, w.text).toBeLessThanOrEqual(mm(105));
      expect(w.yMax, w.text).toBeLessThanOrEqual(mm(90));
      // Noto Serif's box is about 1.36 × the size: 8 pt gives 10.9 pt, 6 pt only 8.2.
      expect(w.yMax - w.yMin, w.text).toBeGreaterThanOrEqual(10.5);
    }
    expect(pagesForItem({ ...letter(0), recipient: person }, a4Long(), NO_OFFSET, measureText)[0]!.problems ?? []).toEqual([]);
  });

  it('says so when an address cannot fit the window even at 8 pt', () => {
    const crowded = { ...person, address: { ...person.address!, lines: Array.from({ length: 7 }, (_, i) => `Gebäude ${i + 1}, Eingang Nord`) } };
    const [first] = pagesForItem({ ...letter(0), recipient: crowded }, a4Long(), NO_OFFSET, measureText);
    expect(first!.problems).toEqual([expect.stringMatching(/address of Łukasz Wiśniewski does not fit the envelope window/)]);
  });
});

describe('letters, continued', () => {
  /** A 40 × 12 px PNG of a pen stroke, made for this test. */
  const SIGNATURE =
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACgAAAAMCAIAAACfoWgaAAAAXklEQVR4nMWTQRLAIAwCeQT//6o9dwYx2Fi5JrLJEDEuCd8t+NYfYM51CmyQRfYO2AOKbNRTiXyXbahfRHpBvh9dG6SvEGWW5mLwkO5SG8jZ9CThyy1UaS6+UztSmj9ku1AlB2CcFgAAAABJRU5ErkJggg==';

  it('prints the signature image between the closing and the typed name', async () => {
    const file = await render([letter(0)], usSettings({ signatureImage: SIGNATURE }));
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/^\s*1\s+0\s+image\s+40\s+12\s/);
    // The image sits between the closing and the typed name, overlapping neither.
    const page = grayPage(file);
    const words = pdfWords(file);
    const closing = words.find((w) => w.text === 'Sincerely,')!;
    const name = words.filter((w) => w.text === 'Sam').at(-1)!;
    const inkRows = new Set<number>();
    for (let y = 0; y < page.height; y++) for (let x = 0; x < page.width; x++) if (page.dark(x, y, 100)) inkRows.add(y);
    const inkBetween = [...inkRows].filter((y) => y > closing.yMax && y < name.yMin);
    expect(inkBetween.length).toBeGreaterThan(10);
    // Beside the typed name (where only the picture could reach) the paper stays white.
    const nameEnd = words.filter((w) => Math.abs(w.yMin - name.yMin) < 1).reduce((x, w) => Math.max(x, w.xMax), 0);
    let inkBesideName = 0;
    for (let y = Math.ceil(name.yMin) + 1; y <= Math.ceil(name.yMax); y++)
      for (let x = Math.ceil(nameEnd) + 2; x < 72 + 2.2 * 72; x++) if (page.dark(x, y, 100)) inkBesideName++;
    expect(inkBesideName).toBe(0);
    const without = await render([letter(0)], usSettings());
    expect(execFileSync('pdfimages', ['-list', without], { encoding: 'utf8' }).trim().split('\n').slice(2)).toEqual([]);
  });

  it('drafts a handwritten card on A2 and A7 card sizes', async () => {
    for (const [format, w, h] of [
      ['card-a2', 306, 396],
      ['card-a7', 360, 504],
    ] as const) {
      const file = await render([{ ...letter(4), format } as QueueItemData], usSettings());
      const [size] = pdfInfo(file).sizes;
      expect([Math.round(size!.width), Math.round(size!.height)]).toEqual([w, h]);
      const text = pdfText(file);
      expect(text).toContain('Dear Дмитрий Иванов,');
      expect(text).toContain('Sam Rivera');
      expect(text).not.toContain('Evergreen');
    }
  });
});

describe('envelopes', () => {
  it('#10: 684 × 297 pt, return address upper left, delivery address in the OCR area for every name', async () => {
    for (let i = 0; i < RECIPIENTS.length; i++) {
      const file = await render([envelope(i, 'no10')], usSettings());
      const [size] = pdfInfo(file).sizes;
      expect(close(size!.width, 684) && close(size!.height, 297)).toBe(true);
      const words = pdfWords(file);
      expect(namesIn(pdfText(file))).toEqual([RECIPIENTS[i]!.fullName]);
      const sam = words.find((w) => w.text === 'Sam')!;
      expect(sam.xMin).toBeLessThan(40);
      expect(sam.yMin).toBeLessThan(40);
      expectUspsPlacement(words, 684, 297);
    }
  });

  it('keeps a long address inside the read area without going below 10 pt', async () => {
    const long = {
      ...RECIPIENTS[0]!,
      company: 'The Very Long Name Company of Industrial Engineering and Applied Sciences International',
      address: { ...RECIPIENTS[0]!.address!, lines: ['500 Market Street', 'Building C, Floor 12', 'Suite 1200', 'Mail Stop 44-B'] },
    };
    const file = await render([{ kind: 'envelope', recipient: long, interviewId: null, envelope: 'no10' }], usSettings());
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Applied Sciences International');
    expect(text).toContain('Mail Stop 44-B');
    expectUspsPlacement(pdfWords(file), 684, 297);
  });

  it('turns the page for a portrait feed, keeps the text readable and the address in the OCR area', async () => {
    const file = await render([envelope(1, 'no10')], usSettings({ envelopeFeed: { orientation: 'portrait', rotate180: false } }));
    const [size] = pdfInfo(file).sizes;
    expect(close(size!.width, 297) && close(size!.height, 684)).toBe(true);
    expect(namesIn(pdfText(file))).toEqual(['Zoë Ångström']);
    // Turned a quarter clockwise: the envelope's (x, y) lies at (297 − y, x) on the sheet.
    const onEnvelope = pdfWords(file).map((w) => ({ ...w, xMin: w.yMin, xMax: w.yMax, yMin: 297 - w.xMax, yMax: 297 - w.xMin }));
    const sam = onEnvelope.find((w) => w.text === 'Sam')!;
    expect(sam.xMin).toBeLessThan(40);
    expect(sam.yMin).toBeLessThan(40);
    expectUspsPlacement(onEnvelope, 684, 297);
  });

  it('moves an envelope by the printer offset, right and down on the sheet as fed', async () => {
    const words = (offset: OffsetMm, feed: 'landscape' | 'portrait') =>
      render([envelope(1, 'no10')], usSettings({ envelopeFeed: { orientation: feed, rotate180: false } }), offset).then(pdfWords);
    for (const feed of ['landscape', 'portrait'] as const) {
      const plain = (await words(NO_OFFSET, feed)).find((w) => w.text === 'Zoë')!;
      const moved = (await words({ xMm: 2, yMm: 1.5 }, feed)).find((w) => w.text === 'Zoë')!;
      expect(moved.xMin - plain.xMin, feed).toBeCloseTo(mm(2), 0);
      expect(moved.yMin - plain.yMin, feed).toBeCloseTo(mm(1.5), 0);
    }
  });

  it('prints C5, C6, A2, A7 and custom sizes at their size', async () => {
    for (const [envelope, w, h] of [
      ['c5', mm(229), mm(162)],
      ['c6', mm(162), mm(114)],
      ['a2', 414, 315],
      ['a7', 522, 378],
      ['custom', mm(235), mm(120)],
    ] as const) {
      const file = await render(
        [{ kind: 'envelope', recipient: RECIPIENTS[1]!, interviewId: null, envelope }],
        usSettings({ customEnvelope: { widthMm: 120, heightMm: 235 } }),
      );
      const [size] = pdfInfo(file).sizes;
      expect([size!.width, size!.height].map(Math.round), envelope).toEqual([w, h].map(Math.round));
      expect(namesIn(pdfText(file))).toEqual(['Zoë Ångström']);
    }
  });

  it('DL is 220 × 110 mm', async () => {
    const file = await render([envelope(3, 'dl')], deSettings());
    const [size] = pdfInfo(file).sizes;
    expect(close(size!.width, mm(220)) && close(size!.height, mm(110))).toBe(true);
    expect(namesIn(pdfText(file))).toEqual(['Ελένη Παπαδοπούλου']);
  });
});

describe('labels', () => {
  const addresses = Array.from({ length: 35 }, (_, i) => RECIPIENTS[i % RECIPIENTS.length]!);

  async function checkCells(sheet: LabelSheet, id: 'avery-5160' | 'avery-l7160' | 'custom', startAt: number, offset: OffsetMm, settings = usSettings()) {
    const count = 8;
    const file = await render([{ kind: 'labels', recipients: addresses.slice(0, count), interviewId: null, sheet: id, startAt }], settings, offset);
    const words = pdfWords(file);
    const cells = labelCells(sheet, count, startAt);
    const dx = mm(offset.xMm);
    const dy = mm(offset.yMm);
    for (const [i, cell] of cells.entries()) {
      const box = { left: cell.x + dx, top: cell.y + dy, right: cell.x + cell.w + dx, bottom: cell.y + cell.h + dy };
      const inCell = words.filter((w) => w.page === cell.page && w.xMin >= box.left && w.xMax <= box.right && w.yMin >= box.top && w.yMax <= box.bottom);
      const text = inCell.map((w) => w.text).join(' ');
      expect(text, `label ${i + 1}`).toContain(addresses[i]!.fullName);
      expect(text, `label ${i + 1}`).toContain(addresses[i]!.company);
    }
    // No word outside a cell: nothing is cut off or printed on the sheet's margin.
    for (const w of words) {
      const inside = cells.some((c) => c.page === w.page && w.xMin >= c.x + dx && w.xMax <= c.x + c.w + dx && w.yMin >= c.y + dy && w.yMax <= c.y + c.h + dy);
      expect(inside, `"${w.text}" lies outside every label`).toBe(true);
    }
    return file;
  }

  for (const [sheet, id] of [
    [AVERY_5160, 'avery-5160'],
    [AVERY_L7160, 'avery-l7160'],
  ] as const) {
    it(`${sheet.name}: each label's text inside its cell`, async () => {
      const file = await checkCells(sheet, id, 1, NO_OFFSET);
      const [size] = pdfInfo(file).sizes;
      expect(size!.width).toBeCloseTo(id === 'avery-5160' ? 612 : 595.28, 0);
    });
    it(`${sheet.name}: with a printer offset`, async () => {
      await checkCells(sheet, id, 1, { xMm: 1.5, yMm: -1 });
    });
    it(`${sheet.name}: starting at label N runs onto a second sheet`, async () => {
      const startAt = sheet.columns * sheet.rows - 3;
      const file = await checkCells(sheet, id, startAt, { xMm: -0.8, yMm: 0.6 });
      expect(pdfInfo(file).pages).toBe(2);
    });
  }

  it('a custom sheet (2 × 4 on A4, as on its box) puts each label in its cell, from label 3, with an offset', async () => {
    const custom = {
      paper: 'a4' as const,
      columns: 2,
      rows: 4,
      labelWidthMm: 99.1,
      labelHeightMm: 67.7,
      topMarginMm: 13,
      leftMarginMm: 4.65,
      horizontalPitchMm: 101.6,
      verticalPitchMm: 67.7,
    };
    const file = await checkCells(labelSheet('custom', custom), 'custom', 3, { xMm: 0.5, yMm: 1 }, usSettings({ customLabelSheet: custom }));
    expect(pdfInfo(file).pages).toBe(2);
  });

  it('shrinks a long address to fit and never cuts it off', async () => {
    const long = {
      ...RECIPIENTS[0]!,
      company: 'The Very Long Name Company of Industrial Engineering and Applied Sciences International',
      address: { ...RECIPIENTS[0]!.address!, lines: ['500 Market Street', 'Building C, Floor 12', 'Suite 1200', 'Mail Stop 44-B'] },
    };
    const file = await render([{ kind: 'labels', recipients: [long], interviewId: null, sheet: 'avery-5160', startAt: 1 }], usSettings());
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Applied Sciences International');
    expect(text).toContain('San Francisco, CA 94105');
    const cell = labelCells(AVERY_5160, 1, 1)[0]!;
    for (const w of pdfWords(file)) {
      expect(w.xMin, w.text).toBeGreaterThanOrEqual(cell.x);
      expect(w.xMax, w.text).toBeLessThanOrEqual(cell.x + cell.w);
      expect(w.yMin, w.text).toBeGreaterThanOrEqual(cell.y);
      expect(w.yMax, w.text).toBeLessThanOrEqual(cell.y + cell.h);
      // Noto Sans's box is about 1.36 × the size: 7 pt gives 9.5 pt.
      expect(w.yMax - w.yMin, w.text).toBeGreaterThanOrEqual(9.3);
    }
  });
});
