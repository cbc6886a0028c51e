/**
 * The line level of vCard files, before a real parser sees them: split a file into cards
 * with the line each starts on, and bring vCard 2.1 cards (older phones, Outlook) into the
 * 3.0 form the parser reads — quoted-printable values decoded (with their soft line breaks
 * and CHARSET, in 3.0 cards too), bare parameters (TEL;CELL) written as TYPE=CELL, commas escaped.
 */
export interface RawCard {
  /** 1-based position of the card in the file. */
  number: number;
  /** 1-based line where BEGIN:VCARD stands. */
  line: number;
  text: string;
  /** What FN says, for messages that name the card before it is parsed. */
  label: string;
}

export class VcardFileError extends Error {}

function labelOf(lines: string[]): string {
  const fn = lines.find((l) => /^(?:[\w-]+\.)?FN[;:]/iu.test(l));
  return fn
    ? fn
        .slice(fn.indexOf(':') + 1)
        .trim()
        .slice(0, 80)
    : '';
}

function where(card: { number: number; line: number }, label: string): string {
  return `Card ${card.number} (line ${card.line}${label ? `, “${label}”` : ''})`;
}

export function describeCard(card: RawCard): string {
  return where(card, card.label);
}

export function splitCards(text: string): RawCard[] {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\n|\r/u);
  const cards: RawCard[] = [];
  let current: { number: number; line: number; lines: string[] } | null = null;
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (/^BEGIN:VCARD\s*$/iu.test(line)) {
      if (current) throw new VcardFileError(`${where(current, labelOf(current.lines))} has no END:VCARD before the next card starts at line ${lineNo}.`);
      current = { number: cards.length + 1, line: lineNo, lines: [line] };
      return;
    }
    if (!current) {
      if (line.trim() !== '') throw new VcardFileError(`Line ${lineNo} is outside any card (a card starts with BEGIN:VCARD).`);
      return;
    }
    current.lines.push(line);
    if (/^END:VCARD\s*$/iu.test(line)) {
      cards.push({ number: current.number, line: current.line, text: current.lines.join('\r\n') + '\r\n', label: labelOf(current.lines) });
      current = null;
    }
  });
  if (current) {
    const open = current as { number: number; line: number; lines: string[] };
    throw new VcardFileError(`${where(open, labelOf(open.lines))} has no END:VCARD: the file seems cut short.`);
  }
  if (cards.length === 0) throw new VcardFileError('The file holds no contact cards (no BEGIN:VCARD line).');
  return cards;
}

/** Splits "NAME;P1;P2=x:value" at the first colon outside quotes. */
function splitProperty(line: string): { head: string; value: string } | null {
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) return { head: line.slice(0, i), value: line.slice(i + 1) };
  }
  return null;
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const ch = value[i]!;
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/u.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      for (const b of new TextEncoder().encode(ch)) bytes.push(b);
    }
  }
  try {
    return new TextDecoder(charset || 'utf-8').decode(new Uint8Array(bytes));
  } catch {
    return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
  }
}

const KNOWN_TYPES = /^(WORK|HOME|CELL|VOICE|FAX|PREF|INTERNET|X400|MSG|PAGER|BBS|MODEM|CAR|ISDN|VIDEO|PCS|DOM|INTL|POSTAL|PARCEL|GIF|JPEG|PNG)$/iu;

/**
 * A 2.1 card in 3.0 form. Other versions pass through unchanged, except quoted-printable
 * values, which some 3.0 writers still use and the parser does not decode.
 */
export function normalizeCard(card: RawCard): string {
  const v21 = /\r\nVERSION:2\.1\r\n/iu.test(card.text);
  if (!v21 && !/QUOTED-PRINTABLE/iu.test(card.text)) return card.text;
  const physical = card.text.split('\r\n');
  const logical: string[] = [];
  for (let i = 0; i < physical.length; i += 1) {
    let line = physical[i]!;
    // Quoted-printable soft line breaks: a value ending in "=" goes on on the next line.
    if (/ENCODING=QUOTED-PRINTABLE/iu.test(line.split(':')[0] ?? '')) {
      while (line.endsWith('=') && i + 1 < physical.length) line = line.slice(0, -1) + physical[++i]!;
    } else {
      while (i + 1 < physical.length && /^[ \t]/u.test(physical[i + 1]!)) line += physical[++i]!.slice(1);
    }
    logical.push(line);
  }
  return logical
    .map((line) => {
      const prop = splitProperty(line);
      if (!prop) return line;
      const [name, ...params] = prop.head.split(';');
      if (!v21 && !params.some((p) => /QUOTED-PRINTABLE$/iu.test(p))) return line;
      let charset = 'utf-8';
      let qp = false;
      const kept: string[] = [];
      for (const p of params) {
        const [key, val] = p.includes('=') ? [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)] : [p, undefined];
        if (/^ENCODING$/iu.test(key) && /^QUOTED-PRINTABLE$/iu.test(val ?? '')) qp = true;
        else if (/^CHARSET$/iu.test(key)) charset = val ?? 'utf-8';
        else if (val === undefined && KNOWN_TYPES.test(key)) kept.push(`TYPE=${key}`);
        else if (val === undefined && /^QUOTED-PRINTABLE$/iu.test(key)) qp = true;
        else if (val === undefined && /^(BASE64|B)$/iu.test(key)) kept.push('ENCODING=b');
        else if (val === undefined) kept.push(`X-${key}=1`);
        else kept.push(`${key}=${val}`);
      }
      let value = qp ? decodeQuotedPrintable(prop.value, charset) : prop.value;
      if (/^VERSION$/iu.test(name!)) value = '3.0';
      // 2.1 values carry commas and line breaks unescaped; 3.0 parsers would split on them.
      else
        value = value
          .replace(/\\(?!;)/gu, '\\\\')
          .replace(/,/gu, '\\,')
          .replace(/\r\n|\n|\r/gu, '\\n');
      return `${[name, ...kept].join(';')}:${value}`;
    })
    .join('\r\n');
}
