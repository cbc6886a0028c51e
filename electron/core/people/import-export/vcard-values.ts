import type { VcardProperty } from './vcard-lines';

/**
 * Values as a vCard 3.0 parser (ical.js) reads them, from what each version and writer
 * really puts there. Writers mix the escapes of every version (2.1 cards from Outlook and
 * ez-vcard write `\,` and `\n`; Apple writes `http\://`; Evolution leaves commas bare in
 * 3.0), so a backslash before `\ ; , : n N` is read as an escape in every version, any
 * other backslash as itself, and a bare comma as a comma (never a list separator in the
 * fields Afterword keeps). N, ADR and ORG split into parts at an unescaped semicolon only.
 */
const STRUCTURED = new Set(['N', 'ADR', 'ORG']);
const URIS = new Set(['URL', 'X-SOCIALPROFILE']);

export function unescapeValue(text: string): string {
  return text.replace(/\\([\\;,:nN])/gu, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Splits at semicolons that no backslash escapes; the parts keep their escapes. */
export function splitParts(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      current += ch + text[i + 1]!;
      i += 1;
    } else if (ch === ';') {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

function escapeText(text: string): string {
  return text
    .replace(/\\/gu, '\\\\')
    .replace(/;/gu, '\\;')
    .replace(/,/gu, '\\,')
    .replace(/\r\n|\n|\r/gu, '\\n');
}

function paramText(p: VcardProperty): string {
  // Only the parameters Afterword reads; the rest (LANGUAGE, X-…) cannot change a value.
  return p.params
    .filter((x) => x.key === 'TYPE' || x.key === 'PREF' || x.key === 'VALUE')
    .map((x) => `;${x.key}=${x.values.map((v) => (/[;:,"\s]/u.test(v) ? `"${v.replace(/"/gu, '')}"` : v)).join(',')}`)
    .join('');
}

/** One property as a well-formed vCard 3.0 (or, for 4.0 cards, 4.0) line. */
export function normalizedLine(p: VcardProperty, version: string): string {
  let value: string;
  if (version === '4.0') value = p.value.replace(/\r\n|\n|\r/gu, '\\n');
  else if (STRUCTURED.has(p.name))
    value = splitParts(p.value)
      .map((part) => escapeText(unescapeValue(part)))
      .join(';');
  else if (URIS.has(p.name)) value = unescapeValue(p.value).replace(/\r\n|\n|\r/gu, ' ');
  else value = escapeText(unescapeValue(p.value));
  return `${p.group ? `${p.group}.` : ''}${p.name}${paramText(p)}:${value}`;
}
