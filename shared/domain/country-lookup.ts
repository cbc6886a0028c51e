import { COUNTRY_CODES } from './country-codes';
import { searchFold } from './search-fold';

/**
 * Cards and spreadsheets write the country as a name in some language ("Germany",
 * "Deutschland", "España", "中国"); the address model wants its ISO code. Names come from
 * Intl.DisplayNames in the languages cards are most often written in, plus common aliases.
 */
const LOCALES = ['en', 'de', 'es', 'fr', 'it', 'pt', 'nl', 'pl', 'sv', 'zh', 'ja', 'ko', 'ru'];
const ALIASES: Record<string, string> = {
  usa: 'US',
  'u.s.a.': 'US',
  'u.s.': 'US',
  'united states of america': 'US',
  america: 'US',
  uk: 'GB',
  'u.k.': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'great britain': 'GB',
  prc: 'CN',
  "people's republic of china": 'CN',
  中华人民共和国: 'CN',
  'south korea': 'KR',
  'republic of korea': 'KR',
  holland: 'NL',
  'czech republic': 'CZ',
  russia: 'RU',
  brasil: 'BR',
  méxico: 'MX',
  deutschland: 'DE',
};

let table: Map<string, string> | null = null;

function buildTable(): Map<string, string> {
  const map = new Map<string, string>();
  for (const locale of LOCALES) {
    let names: Intl.DisplayNames;
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      continue;
    }
    for (const code of COUNTRY_CODES) {
      const name = names.of(code);
      if (name && name !== code && !map.has(searchFold(name))) map.set(searchFold(name), code);
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) map.set(searchFold(alias), code);
  return map;
}

/** The ISO code for a country name or code, or '' when it is not recognised. */
export function countryCodeFrom(value: string): string {
  const v = value.trim();
  if (v === '') return '';
  if (/^[A-Za-z]{2}$/.test(v) && COUNTRY_CODES.includes(v.toUpperCase())) return v.toUpperCase();
  table ??= buildTable();
  const folded = searchFold(v);
  // "U.S.A.", "U.K.", "Deutschland." as cards write them.
  return table.get(folded) ?? table.get(folded.replace(/\.$/u, '')) ?? table.get(folded.replace(/\./gu, '')) ?? '';
}
