/**
 * Names as they appear in email addresses: lower-case ASCII letters. Accents are dropped
 * (José → jose), letters without a decomposition are spelled out (ß → ss, Ø → o), and for
 * German umlauts both spellings are offered (Müller → muller, mueller) because companies
 * use either; the evidence decides which one.
 */
const SPELLED: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
  ħ: 'h',
  Ħ: 'h',
};
const UMLAUT_E: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'ae', Ö: 'oe', Ü: 'ue' };

export type FoldStyle = 'plain' | 'umlaut-e';

/** The folded form in one style, or null when the name is not written in Latin letters. */
export function foldLatin(text: string, style: FoldStyle = 'plain'): string | null {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (style === 'umlaut-e' && UMLAUT_E[ch]) out += UMLAUT_E[ch];
    else if (SPELLED[ch]) out += SPELLED[ch];
    else out += ch;
  }
  const folded = out
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Apostrophes and hyphens inside names vanish in addresses: O'Brien → obrien.
    .replace(/['’`\s-]/gu, '');
  return /^[a-z]*$/.test(folded) ? folded : null;
}

export function hasUmlaut(text: string): boolean {
  return /[äöüÄÖÜ]/u.test(text.normalize('NFC'));
}
