import { excerpt, quoted } from '../../../../shared/domain/excerpt';
import { decodeBytes, textBytes, type FileText } from './file-text';

/**
 * The line level of vCard files as phones and mail apps really write them, before a parser
 * sees a value: any line ends (CRLF, LF, CR, the iPhone's CR CR LF), folded lines,
 * quoted-printable values with soft line breaks in their own CHARSET, 2.1 base64 that runs
 * on until a blank line, bare 2.1 parameters (TEL;HOME), groups (item1.ADR), a missing
 * BEGIN, END or VERSION. Nothing here refuses a card: what cannot be read is noted, with
 * its line, for the import preview.
 */
export interface VcardParam {
  /** Upper case; a bare 2.1 parameter (TEL;HOME) is a TYPE. */
  key: string;
  values: string[];
}

export interface VcardProperty {
  /** 1-based line where the property starts. */
  line: number;
  /** 'item1' for Apple's item1.ADR, else ''. */
  group: string;
  /** Upper case. */
  name: string;
  params: VcardParam[];
  /** Set when the value is base64 (photos): the value is then the base64 text, spaces removed. */
  base64: boolean;
  /** The value as written, quoted-printable and charset decoded; escapes still in it. */
  value: string;
  /** The logical line as written, for messages (only ever quoted as an excerpt). */
  raw: string;
}

export interface RawCard {
  /** 1-based position of the card in the file. */
  number: number;
  /** 1-based line where it starts. */
  line: number;
  /** What FN says, for messages that name the card. */
  label: string;
  /** '2.1', '3.0', '4.0', or '' when the card has no VERSION line. */
  version: string;
  properties: VcardProperty[];
  /** What was wrong with the card's lines, each a sentence without the card's name. */
  problems: string[];
}

export interface SplitFile {
  cards: RawCard[];
  /** What was left out of the file outside any card. */
  notes: string[];
}

export class VcardFileError extends Error {}

export function describeCard(card: Pick<RawCard, 'number' | 'line' | 'label'>): string {
  return `Card ${card.number} (line ${card.line}${card.label ? `, ${quoted(card.label)}` : ''})`;
}

const BREAK = /\r*\n|\r/u;
// A card that lost its BEGIN line still starts with one of these (EDS's own tests have such a file).
const PROPERTY_START = /^(?:[A-Za-z0-9-]+\.)?(?:VERSION|FN|N|ORG|TITLE|TEL|EMAIL|ADR|UID|NOTE|URL|PHOTO|REV|X-[A-Za-z0-9-]+)[;:]/iu;
const ENCODINGS = /^(QUOTED-PRINTABLE|QP|BASE64|B|8BIT|7BIT)$/iu;

interface Pending {
  line: number;
  /** The physical lines so far, joined when the property ends (joining as they come is quadratic). */
  pieces: string[];
  kind: 'plain' | 'qp' | 'base64';
}

interface Logical {
  line: number;
  text: string;
}

/** Splits at the first character `stop` outside double quotes, or returns null. */
function splitOutsideQuotes(text: string, stop: string): [string, string] | null {
  let quotedPart = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '"') quotedPart = !quotedPart;
    else if (ch === stop && !quotedPart) return [text.slice(0, i), text.slice(i + 1)];
  }
  return null;
}

/** One pass, so a hostile line of a million semicolons costs a million steps, not their square. */
function splitAllOutsideQuotes(text: string, stop: string): string[] {
  const out: string[] = [];
  let quotedPart = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '"') quotedPart = !quotedPart;
    else if (ch === stop && !quotedPart) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

function kindOf(head: string): Pending['kind'] {
  const params = head
    .split(';')
    .slice(1)
    .map((p) => p.slice(p.indexOf('=') + 1).trim());
  if (params.some((p) => /^(QUOTED-PRINTABLE|QP)$/iu.test(p))) return 'qp';
  if (params.some((p) => /^(BASE64|B)$/iu.test(p))) return 'base64';
  return 'plain';
}

function decodeQuotedPrintable(value: string, file: FileText, charset: string): string {
  const bytes: number[] = [];
  const literal = textBytes(value, file);
  for (let i = 0; i < literal.length; i += 1) {
    const b = literal[i]!;
    const hex = b === 0x3d ? String.fromCharCode(literal[i + 1] ?? 0, literal[i + 2] ?? 0) : '';
    if (/^[0-9A-Fa-f]{2}$/u.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(b);
    }
  }
  return decodeBytes(new Uint8Array(bytes), charset);
}

/** File text as a person reads it, for messages. */
function readable(text: string, file: FileText): string {
  return file.binary ? decodeBytes(textBytes(text, file), '') : text;
}

function parseProperty(p: Logical, file: FileText): VcardProperty | string {
  const cut = splitOutsideQuotes(p.text, ':');
  if (!cut) return `line ${p.line} (${quoted(readable(p.text, file))}) is not a vCard line (NAME:value) and was left out`;
  const [head, rawValue] = cut;
  const [fullName = '', ...paramTexts] = splitAllOutsideQuotes(head, ';');
  const dot = fullName.lastIndexOf('.');
  const group = dot > 0 ? fullName.slice(0, dot) : '';
  const name = (dot > 0 ? fullName.slice(dot + 1) : fullName).trim().toUpperCase();
  if (!/^[A-Z][A-Z0-9-]*$/u.test(name)) return `line ${p.line} (${quoted(readable(p.text, file))}) has no property name and was left out`;
  const params: VcardParam[] = [];
  let encoding = '';
  let charset = '';
  for (const text of paramTexts) {
    const t = text.trim();
    if (t === '') continue;
    const eq = splitOutsideQuotes(t, '=');
    const key = eq ? eq[0].trim().toUpperCase() : 'TYPE';
    const values = splitAllOutsideQuotes(eq ? eq[1] : t, ',')
      .map((v) => unquote(v.trim()))
      .filter(Boolean);
    if (key === 'ENCODING' || (!eq && ENCODINGS.test(t))) encoding = (values[0] ?? '').toUpperCase();
    else if (key === 'CHARSET') charset = values[0] ?? '';
    else params.push({ key, values });
  }
  const base64 = encoding === 'BASE64' || encoding === 'B';
  let value: string;
  if (base64) value = rawValue.replace(/\s+/gu, '');
  else if (encoding === 'QUOTED-PRINTABLE' || encoding === 'QP') value = decodeQuotedPrintable(rawValue, file, charset);
  else value = file.binary ? decodeBytes(textBytes(rawValue, file), charset) : rawValue;
  return { line: p.line, group, name, params, base64, value, raw: readable(p.text.slice(0, 200), file) };
}

interface OpenCard {
  number: number;
  line: number;
  pending: Logical[];
  problems: string[];
}

function closeCard(open: OpenCard, file: FileText): RawCard {
  const properties: VcardProperty[] = [];
  for (const p of open.pending) {
    const parsed = parseProperty(p, file);
    if (typeof parsed === 'string') open.problems.push(parsed);
    else properties.push(parsed);
  }
  const fn = properties.find((p) => p.name === 'FN');
  const version = properties.find((p) => p.name === 'VERSION')?.value.trim() ?? '';
  return {
    number: open.number,
    line: open.line,
    label: fn ? excerpt(fn.value.replace(/\\([,;\\])/gu, '$1').trim(), 60) : '',
    version: ['2.1', '3.0', '4.0'].includes(version) ? version : '',
    properties,
    problems: open.problems,
  };
}

/**
 * Every card in the file with its properties. Throws only when the file holds no card at
 * all; a card with no END, no BEGIN or lines that are not vCard lines is kept with its
 * problems noted.
 */
export function splitCards(file: FileText): SplitFile {
  const lines = file.text.replace(/^\uFEFF/u, '').split(BREAK);
  const cards: RawCard[] = [];
  const notes: string[] = [];
  let open: OpenCard | null = null;
  let pending: Pending | null = null;
  let otherBlock: { name: string; line: number } | null = null;
  let strayLines = 0;

  const flush = () => {
    const p = pending as Pending | null;
    if (p && open) (open as OpenCard).pending.push({ line: p.line, text: p.pieces.join('') });
    pending = null;
  };
  const start = (line: number, problem?: string) => {
    open = { number: cards.length + 1, line, pending: [], problems: problem ? [problem] : [] };
  };
  const close = () => {
    flush();
    if (open) cards.push(closeCard(open, file));
    open = null;
  };

  lines.forEach((text, index) => {
    const lineNo = index + 1;
    const p = pending as Pending | null;
    const last = p?.pieces[p.pieces.length - 1] ?? '';
    if (p && p.kind === 'qp' && last.endsWith('=')) {
      // A soft line break: the "=" and the line end are not part of the value.
      p.pieces[p.pieces.length - 1] = last.slice(0, -1);
      p.pieces.push(text);
      return;
    }
    if (p && /^[ \t]/u.test(text)) {
      p.pieces.push(text.slice(1));
      return;
    }
    if (p && p.kind === 'base64' && text.trim() !== '' && !text.includes(':')) {
      p.pieces.push(text.trim());
      return;
    }
    flush();
    const trimmed = text.trim();
    if (otherBlock) {
      if (new RegExp(`^END:${otherBlock.name}$`, 'iu').test(trimmed)) {
        notes.push(`Lines ${otherBlock.line}–${lineNo} hold a ${excerpt(otherBlock.name.toUpperCase(), 20)} block, not a contact card; they were left out.`);
        otherBlock = null;
      }
      return;
    }
    if (trimmed === '') return;
    if (/^BEGIN:VCARD$/iu.test(trimmed)) {
      if (open) {
        (open as OpenCard).problems.push(`it has no END:VCARD before the next card begins at line ${lineNo}, so it may be incomplete`);
        close();
      }
      start(lineNo);
      return;
    }
    if (/^END:VCARD$/iu.test(trimmed)) {
      if (open) close();
      return;
    }
    const other = /^BEGIN:([A-Za-z0-9-]+)$/u.exec(trimmed);
    if (other && !open) {
      otherBlock = { name: other[1]!, line: lineNo };
      return;
    }
    if (!open) {
      if (!PROPERTY_START.test(text)) {
        strayLines += 1;
        if (strayLines === 1) notes.push(`Line ${lineNo} (${quoted(readable(text, file))}) is outside any card and was left out.`);
        return;
      }
      start(lineNo, 'it has no BEGIN:VCARD line; it was read from its first property');
    }
    const head = splitOutsideQuotes(text, ':')?.[0] ?? text;
    pending = { line: lineNo, pieces: [text], kind: kindOf(head) };
  });
  if (open) {
    (open as OpenCard).problems.push('it has no END:VCARD: the file seems cut short, so the card may be incomplete');
    close();
  }
  if (otherBlock)
    notes.push(`A ${excerpt((otherBlock as { name: string }).name, 20)} block from line ${(otherBlock as { line: number }).line} has no end; it was left out.`);
  if (strayLines > 1) notes.push(`${strayLines - 1} more lines outside any card were left out.`);
  if (cards.length === 0) throw new VcardFileError('The file holds no contact cards (no BEGIN:VCARD line).');
  return { cards, notes };
}
