import { inch, mm, type DrawItem, type HanLanguage, type Measure, type Page } from './page-model';
import { paperSizePt, type PaperSize } from './paper';
import { blockStarts, lineDirection } from './text-direction';
import { wrapText } from './text-wrap';

/** A letter on the paper from Settings, or its card draft on an A2 or A7 card. */
export const letterFormats = ['letter', 'card-a2', 'card-a7'] as const;
export type LetterFormat = (typeof letterFormats)[number];

export interface LetterInput {
  paper: PaperSize;
  format: LetterFormat;
  /** Lines of the sender block: return address, then phone and email. */
  senderBlock: string[];
  /** One-line sender for the DIN 5008 window ("Name · Street · City"). */
  senderLine: string;
  recipientName: string;
  insideAddress: string[];
  /** Already written out for the locale. */
  date: string;
  salutation: string;
  body: string;
  closing: string;
  yourName: string;
  signatureImage: string | null;
  /** The language of the Han characters of the recipient (address, salutation, body) and the sender, and of the date. */
  recipientLang?: HanLanguage;
  senderLang?: HanLanguage;
  dateLang?: HanLanguage;
}

const SIZE = 11;
const LEAD = 13.5;

/**
 * Paragraphs as the user typed them: separated by blank lines when there are any (lines
 * within one are joined), otherwise one paragraph per line.
 */
export function paragraphsOf(body: string): string[] {
  const text = body.replace(/\r\n?/g, '\n').trim();
  const blocks = /\n[ \t]*\n/.test(text)
    ? text.split(/\n[ \t]*\n/).map((b) =>
        b
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .join(' '),
      )
    : text.split('\n');
  return blocks.map((p) => p.trim()).filter(Boolean);
}

interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Lays out lines top to bottom, starting a new page with a short header when one is full. */
class Flow {
  readonly pages: Page[] = [];
  y = 0;
  constructor(
    private readonly frame: Frame,
    private readonly header: (pageNumber: number) => string,
    private readonly headerLang: HanLanguage | undefined,
    private readonly measure: Measure,
    private readonly size: number,
    private readonly lead: number,
  ) {}

  get page(): Page {
    return this.pages.at(-1)!;
  }

  newPage(startY?: number): void {
    this.pages.push({ width: this.frame.width, height: this.frame.height, items: [] });
    this.y = startY ?? this.frame.top;
    if (this.pages.length > 1) {
      this.page.items.push({
        kind: 'text',
        text: this.header(this.pages.length),
        x: this.frame.left,
        y: this.y + 9,
        size: 9,
        font: 'serif',
        lang: this.headerLang,
      });
      this.y += 9 + this.lead * 2;
    } else {
      this.y += this.size;
    }
  }

  /** Starts a new page unless `height` more fits: keeps closing, signature space and name together. */
  ensure(height: number): void {
    if (this.y + height - this.size > this.frame.bottom) this.newPage();
  }

  line(text: string, lang?: HanLanguage, x = this.frame.left): void {
    this.ensure(this.size);
    this.page.items.push({ kind: 'text', text, x, y: this.y, size: this.size, font: 'serif', lang });
    this.y += this.lead;
  }

  /** Lines of one block (an address), flush right within the block when it is written right to left. */
  block(lines: readonly string[], lang?: HanLanguage): void {
    const starts = blockStarts(lines, this.frame.left, (l) => this.measure(l, this.size, 'serif'));
    lines.forEach((l, i) => this.line(l, lang, starts[i]));
  }

  blank(n = 1): void {
    this.y += this.lead * n;
  }

  /** A paragraph wrapped to the column; one written right to left is set flush right. */
  paragraph(text: string, lang?: HanLanguage): void {
    const rtl = lineDirection(text) === 'rtl';
    for (const l of wrapText(text, this.frame.right - this.frame.left, this.size, 'serif', this.measure))
      this.line(l, lang, rtl ? this.frame.right - this.measure(l, this.size, 'serif') : this.frame.left);
  }

  push(item: DrawItem): void {
    this.page.items.push(item);
  }
}

function foldMarks(): DrawItem[] {
  return [
    { kind: 'line', x1: mm(3), y1: mm(105), x2: mm(8), y2: mm(105), width: 0.5 },
    { kind: 'line', x1: mm(3), y1: mm(148.5), x2: mm(10), y2: mm(148.5), width: 0.5 },
    { kind: 'line', x1: mm(3), y1: mm(210), x2: mm(8), y2: mm(210), width: 0.5 },
  ];
}

/** DIN 5008 form B address field: 85 × 45 mm at 20 mm from the left, 45 mm from the top. */
export const DIN_FIELD = { left: mm(20), top: mm(45), width: mm(85), height: mm(45), textLeft: mm(25), infoZone: mm(17.7) };

function closingAndName(flow: Flow, input: LetterInput, x: number): void {
  const sigHeight = LEAD * 4;
  flow.ensure(LEAD * 2 + sigHeight + LEAD);
  flow.blank();
  flow.line(input.closing, input.senderLang);
  const closingBaseline = flow.y - LEAD;
  flow.blank(3);
  if (input.signatureImage) {
    // Between the closing's descenders and the typed name's capitals, never over either.
    const top = closingBaseline + SIZE * 0.35;
    const bottom = flow.y - SIZE - 1;
    flow.push({ kind: 'image', src: input.signatureImage, x, y: top, w: inch(2.2), h: bottom - top });
  }
  flow.line(input.yourName, input.senderLang);
}

export function layoutLetter(input: LetterInput, measure: Measure): Page[] {
  if (input.format !== 'letter') return layoutCard(input, measure);
  const paper = paperSizePt(input.paper);
  const a4 = input.paper === 'a4';
  const frame: Frame = a4
    ? { ...paper, left: mm(25), right: paper.width - mm(20), top: mm(20), bottom: paper.height - mm(25) }
    : { ...paper, left: inch(1), right: paper.width - inch(1), top: inch(1), bottom: paper.height - inch(1) };
  const header = (n: number) => `${input.recipientName} · ${input.date} · Page ${n}`;
  const flow = new Flow(frame, header, input.recipientLang, measure, SIZE, LEAD);

  if (!a4) {
    flow.newPage();
    flow.block(input.senderBlock, input.senderLang);
    if (input.senderBlock.length > 0) flow.blank();
    flow.line(input.date, input.dateLang);
    flow.blank();
    flow.block(input.insideAddress, input.recipientLang);
    flow.blank();
  } else {
    flow.newPage(mm(103.4) - SIZE);
    const first = flow.page;
    first.items.push(...foldMarks());
    // The sender's details and the date in the information block to the right of the window,
    // each line wrapped within the block (125 mm to the right margin).
    const infoWidth = frame.right - mm(125);
    let y = mm(50) + 9;
    const senderParts = input.senderBlock.flatMap((l) => wrapText(l, infoWidth, 9, 'serif', measure));
    const senderStarts = blockStarts(senderParts, mm(125), (l) => measure(l, 9, 'serif'));
    senderParts.forEach((part, i) => {
      first.items.push({ kind: 'text', text: part, x: senderStarts[i]!, y, size: 9, font: 'serif', lang: input.senderLang });
      y += 11;
    });
    for (const part of wrapText(input.date, infoWidth, 9, 'serif', measure)) {
      first.items.push({ kind: 'text', text: part, x: mm(125), y: y + 11, size: 9, font: 'serif', lang: input.dateLang });
      y += 11;
    }
    if (y > flow.y - SIZE - LEAD)
      first.problems = [
        ...(first.problems ?? []),
        `Your details in Settings are too long for the information block of an A4 letter to ${input.recipientName}; shorten them.`,
      ];
    // Return line in the window's top zone, small, as the post expects it.
    const senderSize = Math.min(7, fitSize(input.senderLine, DIN_FIELD.width - mm(5), 7, measure));
    first.items.push({
      kind: 'text',
      text: input.senderLine,
      x: DIN_FIELD.textLeft,
      y: DIN_FIELD.top + DIN_FIELD.infoZone - mm(3),
      size: senderSize,
      font: 'sans',
      lang: input.senderLang,
    });
    const zone = windowAddress(input.insideAddress, measure);
    let ay = DIN_FIELD.top + DIN_FIELD.infoZone + zone.size;
    const starts = blockStarts(zone.lines, DIN_FIELD.textLeft, (l) => measure(l, zone.size, 'serif'));
    zone.lines.forEach((l, i) => {
      first.items.push({ kind: 'text', text: l, x: starts[i]!, y: ay, size: zone.size, font: 'serif', lang: input.recipientLang });
      ay += zone.size * 1.2;
    });
    if (!zone.fits)
      first.problems = [
        ...(first.problems ?? []),
        `The address of ${input.recipientName} does not fit the envelope window of an A4 letter even at 8 pt; shorten it, or use an envelope with the address printed on it.`,
      ];
  }

  flow.line(input.salutation, input.recipientLang);
  flow.blank();
  const paragraphs = paragraphsOf(input.body);
  paragraphs.forEach((p, i) => {
    flow.paragraph(p, input.recipientLang);
    if (i < paragraphs.length - 1) flow.blank();
  });
  closingAndName(flow, input, frame.left);
  return flow.pages;
}

/**
 * The address in the window's address zone: as large as fits up to 10 pt, long lines
 * wrapped within the zone, never below 8 pt; `fits` is false when even that overflows.
 */
function windowAddress(address: string[], measure: Measure): { lines: string[]; size: number; fits: boolean } {
  const zoneHeight = DIN_FIELD.height - DIN_FIELD.infoZone;
  const zoneWidth = DIN_FIELD.left + DIN_FIELD.width - DIN_FIELD.textLeft - mm(2);
  let lines = address;
  for (let size = 10; size >= 8; size -= 0.5) {
    lines = address.flatMap((l) => wrapText(l, zoneWidth, size, 'serif', measure));
    if (lines.length * size * 1.2 <= zoneHeight) return { lines, size, fits: true };
  }
  return { lines, size: 8, fits: false };
}

function fitSize(text: string, width: number, size: number, measure: Measure): number {
  let s = size;
  while (s > 4 && measure(text, s, 'sans') > width) s -= 0.25;
  return s;
}

/** A card-size draft to copy out by hand (A2: 4¼ × 5½ in, A7: 5 × 7 in). */
function layoutCard(input: LetterInput, measure: Measure): Page[] {
  const size = input.format === 'card-a2' ? { width: inch(4.25), height: inch(5.5) } : { width: inch(5), height: inch(7) };
  const margin = inch(0.5);
  const frame: Frame = { ...size, left: margin, right: size.width - margin, top: margin, bottom: size.height - margin };
  const flow = new Flow(frame, (n) => `${input.recipientName} · page ${n}`, input.recipientLang, measure, SIZE, LEAD);
  flow.newPage();
  flow.line(input.salutation, input.recipientLang);
  flow.blank();
  const paragraphs = paragraphsOf(input.body);
  paragraphs.forEach((p, i) => {
    flow.paragraph(p, input.recipientLang);
    if (i < paragraphs.length - 1) flow.blank();
  });
  flow.blank();
  flow.line(input.closing, input.senderLang);
  flow.line(input.yourName, input.senderLang);
  return flow.pages;
}
