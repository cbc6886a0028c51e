import type { PostalAddress } from '../domain/person';
import { countryCodeFrom } from '../domain/country-lookup';

/**
 * The postal address on a card, into the structured fields. The line with the postal code
 * and the city is found first, by the shapes countries write it in ("10117 Berlin",
 * "Austin, TX 78701", "London EC2N 4AY", "1016 BR Amsterdam"); the street lines are the
 * lines just above it in the same column, the country the line just below when it names
 * one. A postal code that several countries share (five digits: Germany, France, Spain,
 * Italy…) is settled by the evidence the caller passes: the card's phone numbers, the
 * email's domain, the user's own country.
 */
export interface CityLine {
  city: string;
  region: string;
  postalCode: string;
  /** Countries that write a city line this way, most likely first. */
  countries: string[];
}

const CITY = String.raw`[\p{Lu}][\p{L}' .-]*?[\p{L}.]`;
const CA_PROVINCES = 'AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT';
const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';

interface Shape {
  re: RegExp;
  countries: string[];
}

const SHAPES: Shape[] = [
  { re: new RegExp(String.raw`^(?<city>${CITY}),?\s+(?<region>${US_STATES})\.?\s+(?<postal>\d{5}(?:-\d{4})?)$`, 'u'), countries: ['US'] },
  { re: new RegExp(String.raw`^(?<city>${CITY}),?\s+\(?(?<region>${CA_PROVINCES})\)?,?\s+(?<postal>[A-Z]\d[A-Z]\s?\d[A-Z]\d)$`, 'u'), countries: ['CA'] },
  { re: new RegExp(String.raw`^(?<city>${CITY}),?\s+(?<postal>(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[A-Z]{2})$`, 'u'), countries: ['GB'] },
  { re: new RegExp(String.raw`^(?:NL-)?(?<postal>\d{4}\s?[A-Z]{2})\s+(?<city>${CITY})$`, 'u'), countries: ['NL'] },
  { re: new RegExp(String.raw`^(?:S-|SE-)?(?<postal>\d{3}\s\d{2})\s+(?<city>${CITY})$`, 'u'), countries: ['SE'] },
  { re: new RegExp(String.raw`^(?:I-|IT-)?(?<postal>\d{5})\s+(?<city>${CITY}?)\s+\(?(?<region>[A-Z]{2})\)?$`, 'u'), countries: ['IT'] },
  {
    re: new RegExp(String.raw`^(?:(?<prefix>D|DE|F|FR|E|ES|I|IT)-)?(?<postal>\d{5})\s+(?<city>${CITY})(?:\s+Cedex(?:\s+\d+)?)?$`, 'u'),
    countries: ['DE', 'FR', 'ES', 'IT', 'FI'],
  },
  {
    re: new RegExp(String.raw`^(?:(?<prefix>A|AT|CH|B|BE|DK|N|NO|L|LU)-)?(?<postal>\d{4})\s+(?<city>${CITY})$`, 'u'),
    countries: ['CH', 'AT', 'BE', 'DK', 'NO', 'LU', 'HU'],
  },
];

const PREFIX_COUNTRY: Record<string, string> = {
  D: 'DE',
  DE: 'DE',
  F: 'FR',
  FR: 'FR',
  E: 'ES',
  ES: 'ES',
  I: 'IT',
  IT: 'IT',
  A: 'AT',
  AT: 'AT',
  CH: 'CH',
  B: 'BE',
  BE: 'BE',
  DK: 'DK',
  N: 'NO',
  NO: 'NO',
  L: 'LU',
  LU: 'LU',
};

/** The city line's parts, or null when the text is written like no city line. */
export function readCityLine(text: string): CityLine | null {
  const t = text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[,.;]$/u, '');
  for (const shape of SHAPES) {
    const m = shape.re.exec(t);
    if (!m?.groups) continue;
    const city = m.groups.city!.trim();
    if (/\d/u.test(city) || city.length < 2) continue;
    const prefix = m.groups.prefix ? PREFIX_COUNTRY[m.groups.prefix] : undefined;
    return {
      city,
      region: m.groups.region ?? '',
      postalCode: m.groups.postal!.replace(/\s+/gu, ' '),
      countries: prefix ? [prefix] : shape.countries,
    };
  }
  return null;
}

const STREET_WORDS =
  /\b(?:str\.?|straße|strasse|gasse|weg|platz|allee|ring|damm|ufer|street|st\.?|avenue|ave\.?|road|rd\.?|lane|ln\.?|drive|dr\.?|way|boulevard|blvd\.?|place|pl\.?|square|sq\.?|court|ct\.?|suite|ste\.?|floor|fl\.?|building|house|po box|p\.o\. box|rue|avenue|bd|boulevard|quai|place|allée|chemin|impasse|cours|via|viale|corso|piazza|largo|calle|c\/|paseo|avda\.?|avenida|plaza|carrer|gracht|straat|laan|plein|kade|gatan|vägen|gata|torget|etage|stock|bâtiment|cedex)\b/iu;

/** Whether a line reads like a street line: a number with words, or a street word. */
export function looksLikeStreet(text: string): boolean {
  if (/@|www\.|https?:|linkedin/iu.test(text)) return false;
  if ((text.match(/\d/gu) ?? []).length > 6) return false;
  return (/\p{L}{3,}/u.test(text) && /\d/u.test(text)) || /(?:str\.|straße|strasse|gasse|gatan|gracht|straat)/iu.test(text) || STREET_WORDS.test(text);
}

/** The country a line names on its own ("Deutschland", "USA"), else ''. */
export function countryLine(text: string): string {
  return countryCodeFrom(text.replace(/[.,]$/u, '').trim());
}

/** Chooses among the countries a city line fits, by the evidence in order of strength. */
export function settleCountry(candidates: string[], evidence: string[]): string {
  for (const country of evidence) if (country && candidates.includes(country)) return country;
  return candidates[0]!;
}

export function emptyAddress(): PostalAddress {
  return { lines: [], city: '', region: '', postalCode: '', country: '' };
}
