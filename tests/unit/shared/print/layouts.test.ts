import { describe, expect, it } from 'vitest';
import { ENVELOPE_SIZES, layoutEnvelope, OCR } from '../../../../shared/print/envelope-layout';
import { AVERY_5160, AVERY_L7160, fitLabelText, labelCells, layoutLabels } from '../../../../shared/print/label-sheet';
import { letterDate } from '../../../../shared/print/letter-date';
import { inch, mm, type Measure, type TextItem } from '../../../../shared/print/page-model';
import { wrapText } from '../../../../shared/print/text-wrap';
import { defaultSettings } from '../../../../shared/print/settings-defaults';
import { layoutLetter } from '../../../../shared/print/letter-layout';
import { pagesForItem } from '../../../../shared/print/queue-pages';

/** A monospaced stand-in: every character 0.6 em wide. */
const mono: Measure = (text, size) => Array.from(text).length * size * 0.6;

describe('label sheets', () => {
  it('places Avery 5160 cells from the published numbers', () => {
    const cells = labelCells(AVERY_5160, 30);
    expect(cells[0]).toMatchObject({ page: 0, x: inch(0.1875), y: inch(0.5), w: inch(2.625), h: inch(1) });
    expect(cells[1]!.x - cells[0]!.x).toBeCloseTo(inch(2.75));
    expect(cells[29]).toMatchObject({ page: 0, x: inch(0.1875 + 2 * 2.75), y: inch(9.5) });
  });

  it('places Avery L7160 cells from the published numbers', () => {
    const cells = labelCells(AVERY_L7160, 21);
    expect(cells[0]!.x).toBeCloseTo(mm(7.2));
    expect(cells[0]!.y).toBeCloseTo(mm(15.15));
    expect(cells[20]!.x).toBeCloseTo(mm(7.2 + 2 * 66.04));
    expect(cells[20]!.y + cells[20]!.h).toBeCloseTo(mm(15.15 + 7 * 38.1));
  });

  it('starts at label N and continues on the next sheet', () => {
    const cells = labelCells(AVERY_5160, 3, 29);
    expect(cells.map((c) => c.page)).toEqual([0, 0, 1]);
    expect(cells[2]).toMatchObject({ x: inch(0.1875), y: inch(0.5) });
  });

  it('wraps long lines and shrinks text until every line fits the cell, never below 7 pt', () => {
    const cell = labelCells(AVERY_5160, 1)[0]!;
    const lines = ['A very long company name that would never fit at eleven points', 'Line 2', 'Line 3', 'Line 4', 'Line 5'];
    const { items, fits } = fitLabelText(lines, cell, mono);
    expect(fits).toBe(true);
    expect(items.map((i) => i.text).join(' ')).toBe(lines.join(' '));
    for (const item of items) {
      expect(item.size).toBeGreaterThanOrEqual(7);
      expect(item.x + mono(item.text, item.size, 'sans')).toBeLessThanOrEqual(cell.x + cell.w);
      expect(item.y).toBeLessThanOrEqual(cell.y + cell.h);
      expect(item.y - item.size).toBeGreaterThanOrEqual(cell.y);
    }
    expect(items[0]!.size).toBeLessThan(11);
    expect(fitLabelText(['Ana', 'Main St'], cell, mono).items[0]!.size).toBe(11);
  });

  it('says so when "Start at label" is past the sheet (the sheet changed in Settings since)', () => {
    const pages = layoutLabels({ sheet: AVERY_L7160, addresses: [['Ana Lima', 'Main St']], startAt: 25 }, mono);
    expect(pages[0]!.problems).toEqual([expect.stringMatching(/^Start at label 25 is past the 21 labels on a sheet of Avery L7160/)]);
    expect(layoutLabels({ sheet: AVERY_L7160, addresses: [['Ana Lima']], startAt: 21 }, mono)[0]!.problems).toBeUndefined();
  });

  it('stops at 7 pt and says the address does not fit, rather than shrinking it unreadable', () => {
    const cell = labelCells(AVERY_5160, 1)[0]!;
    const lines = Array.from({ length: 12 }, (_, i) => `Line ${i + 1}`);
    const { items, fits } = fitLabelText(lines, cell, mono);
    expect(fits).toBe(false);
    expect(items).toHaveLength(12);
    for (const item of items) expect(item.size).toBe(7);
    const pages = layoutLabels({ sheet: AVERY_5160, addresses: [['Ana Lima', ...lines]], startAt: 1 }, mono);
    expect(pages[0]!.problems).toEqual(['The address of Ana Lima does not fit on one label of Avery 5160 even at 7 pt; shorten it, or use an envelope.']);
  });
});

describe('envelopes', () => {
  it('keeps the #10 delivery address inside the OCR read area at 10 pt or more', () => {
    const { width: W, height: H } = ENVELOPE_SIZES.no10;
    expect([W, H]).toEqual([684, 297]);
    const { delivery, page } = layoutEnvelope(
      {
        size: ENVELOPE_SIZES.no10,
        returnLines: ['Sam', '1 Main St', 'Town, IL 62704'],
        deliveryLines: ['José Martínez', 'Acme', '500 Market St', 'Suite 1200', 'San Francisco, CA 94105'],
        feed: { orientation: 'landscape', rotate180: false },
      },
      mono,
    );
    expect(delivery.left).toBeGreaterThanOrEqual(OCR.side);
    expect(delivery.right).toBeLessThanOrEqual(W - OCR.side);
    expect(delivery.bottom).toBeLessThanOrEqual(H - OCR.bottomMin);
    expect(delivery.top).toBeGreaterThanOrEqual(H - OCR.bottomMax);
    expect(delivery.size).toBeGreaterThanOrEqual(10);
    const texts = page.items.filter((i): i is TextItem => i.kind === 'text');
    expect(texts[0]).toMatchObject({ text: 'Sam', x: inch(0.375) });
  });

  it('wraps a line too wide for the read area instead of shrinking below 10 pt', () => {
    const { delivery, page } = layoutEnvelope(
      {
        size: ENVELOPE_SIZES.a2,
        returnLines: [],
        deliveryLines: ['Name', 'An extraordinarily long company name for a tiny envelope'],
        feed: { orientation: 'portrait', rotate180: true },
      },
      mono,
    );
    expect(delivery.size).toBeGreaterThanOrEqual(10);
    const lines = page.items.filter((i): i is TextItem => i.kind === 'text').map((i) => i.text);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe('Name An extraordinarily long company name for a tiny envelope');
    expect(delivery.right).toBeLessThanOrEqual(ENVELOPE_SIZES.a2.width - OCR.side);
    expect(page.transform?.quarterTurns).toBe(3);
  });
});

describe('text, dates and defaults', () => {
  it('wraps at spaces and breaks CJK between characters', () => {
    expect(wrapText('aaa bbb ccc', 7 * 0.6 * 10, 10, 'serif', mono)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText('王伟王伟王伟', 4 * 0.6 * 10, 10, 'serif', mono)).toEqual(['王伟王伟', '王伟']);
  });

  it('writes the date out for the locale', () => {
    expect(letterDate('2026-03-04', 'en-US')).toBe('March 4, 2026');
    expect(letterDate('2026-03-04', 'en-GB')).toBe('4 March 2026');
    expect(letterDate('2026-03-04', 'de-DE')).toBe('4. März 2026');
  });

  it('defaults paper from the locale', () => {
    expect(defaultSettings('en-CA').paper).toBe('letter');
    expect(defaultSettings('fr-FR').paper).toBe('a4');
    expect(defaultSettings('en-GB').paper).toBe('a4');
  });
});

describe('paragraphs', () => {
  it('splits at blank lines when there are any, else at each line', async () => {
    const { paragraphsOf } = await import('../../../../shared/print/letter-layout');
    expect(paragraphsOf('One line\ncontinues.\n\nTwo.\r\n\r\nThree.')).toEqual(['One line continues.', 'Two.', 'Three.']);
    expect(paragraphsOf('First.\nSecond.\n')).toEqual(['First.', 'Second.']);
    expect(paragraphsOf('  \n ')).toEqual([]);
  });
});

describe('right-to-left addresses and the language of Han characters', () => {
  const texts = (items: Array<{ kind: string }>) => items.filter((i): i is TextItem => i.kind === 'text');
  const ends = (items: TextItem[]) => items.map((i) => i.x + mono(i.text, i.size, i.font));

  it('sets a right-to-left delivery address flush right in its block, the block inside the read area', () => {
    const { delivery, page } = layoutEnvelope(
      {
        size: ENVELOPE_SIZES.no10,
        returnLines: ['Sam', '1 Main St'],
        deliveryLines: ['محمد علي', 'شارع التحرير 12', 'القاهرة 11511', 'EGYPT'],
        deliveryLang: undefined,
        feed: { orientation: 'landscape', rotate180: false },
      },
      mono,
    );
    const address = texts(page.items).slice(2);
    expect(address).toHaveLength(4);
    for (const end of ends(address)) expect(end).toBeCloseTo(delivery.right);
    expect(Math.min(...address.map((i) => i.x))).toBeCloseTo(delivery.left);
    expect(delivery.left).toBeGreaterThanOrEqual(OCR.side);
    expect(delivery.right).toBeLessThanOrEqual(ENVELOPE_SIZES.no10.width - OCR.side);
    // The return address is left to right: flush left as before.
    expect(
      texts(page.items)
        .slice(0, 2)
        .map((i) => i.x),
    ).toEqual([inch(0.375), inch(0.375)]);
  });

  it('sets a right-to-left label flush right, and carries each address’s language to its lines', () => {
    const pages = layoutLabels(
      {
        sheet: AVERY_5160,
        addresses: [
          ['דוד כהן', 'רחוב הרצל 12', 'תל אביב'],
          ['陳大文', '台北市'],
        ],
        languages: [undefined, 'zh-Hant'],
        startAt: 1,
      },
      mono,
    );
    const items = texts(pages[0]!.items);
    const hebrew = items.slice(0, 3);
    const right = Math.max(...ends(hebrew));
    for (const end of ends(hebrew)) expect(end).toBeCloseTo(right);
    expect(items.slice(3).map((i) => [i.x, i.lang])).toEqual([
      [items[3]!.x, 'zh-Hant'],
      [items[3]!.x, 'zh-Hant'],
    ]);
  });

  it('sets a right-to-left paragraph of a letter flush right, the inside address flush right in its block', () => {
    const [page] = layoutLetter(
      {
        paper: 'letter',
        format: 'letter',
        senderBlock: ['1 Main St'],
        senderLine: '',
        recipientName: 'דוד כהן',
        insideAddress: ['דוד כהן', 'רחוב הרצל 12', 'ISRAEL'],
        date: 'March 4, 2026',
        salutation: 'Dear דוד כהן,',
        body: 'תודה רבה על הזמן.\n\nThank you.',
        closing: 'Sincerely,',
        yourName: 'Sam',
        signatureImage: null,
      },
      mono,
    );
    const items = texts(page!.items);
    const address = items.filter((i) => ['דוד כהן', 'רחוב הרצל 12', 'ISRAEL'].includes(i.text));
    for (const end of ends(address)) expect(end).toBeCloseTo(inch(1) + mono('רחוב הרצל 12', 11, 'serif'));
    expect(address.map((i) => i.x)).not.toEqual(address.map(() => inch(1)));
    const hebrew = items.find((i) => i.text === 'תודה רבה על הזמן.')!;
    expect(hebrew.x + mono(hebrew.text, 11, 'serif')).toBeCloseTo(inch(8.5 - 1));
    expect(items.find((i) => i.text === 'Thank you.')!.x).toBe(inch(1));
    expect(items.find((i) => i.text === 'Dear דוד כהן,')!.x).toBe(inch(1));
  });

  it('gives the Han characters of each queue item the language of whom they name', () => {
    const settings = { ...defaultSettings('en-US'), yourName: '山田太郎', returnAddress: '港区六本木1-2-3', country: 'JP' };
    const taipei = {
      personId: null,
      fullName: '陳大文',
      title: '',
      company: '',
      address: { lines: ['忠孝東路四段100號'], city: '台北市', region: '', postalCode: '106', country: 'TW' },
    };
    const [envelope] = pagesForItem({ kind: 'envelope', recipient: taipei, interviewId: null, envelope: 'no10' }, settings, { xMm: 0, yMm: 0 }, mono);
    const items = texts(envelope!.items);
    expect(items.find((i) => i.text === '陳大文')!.lang).toBe('zh-Hant');
    expect(items.find((i) => i.text === '山田太郎')!.lang).toBe('ja');
    const tokyo = { ...taipei, fullName: 'さくら', address: null };
    const letter = pagesForItem(
      { kind: 'letter', recipient: tokyo, interviewId: null, noteId: null, date: '2026-03-04', salutation: '', body: '陳', format: 'letter' },
      { ...settings, country: 'US', locale: 'zh-TW' },
      { xMm: 0, yMm: 0 },
      mono,
    );
    const letterItems = texts(letter[0]!.items);
    expect(letterItems.find((i) => i.text === 'Dear さくら,')!.lang).toBe('ja');
    expect(letterItems.find((i) => i.text === '陳')!.lang).toBe('ja');
    expect(letterItems.find((i) => i.text === '山田太郎')!.lang).toBeUndefined();
    expect(letterItems.find((i) => i.text.includes('2026'))!.lang).toBe('zh-Hant');
  });
});
