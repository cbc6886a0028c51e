import { format } from '@fragaria/address-formatter';
import type { PostalAddress } from './person';

/**
 * The lines of a mailing address, written the way the destination country writes them
 * (OpenCage's address templates, through @fragaria/address-formatter): "10117 Berlin" in
 * Germany, "Springfield, IL 62701" in the US, and from the country down to the person in
 * China when the address is in Chinese. The country line is left out for domestic mail and,
 * as the Universal Postal Union asks, written last and in capitals for mail going abroad.
 */
export interface AddressFormatOptions {
  /** ISO 3166-1 alpha-2 of where the letter is posted; '' when unknown (the country is then written). */
  senderCountry: string;
  /** Language of the country line; the post office of the sending country must read it. */
  countryNameLocale?: string;
}

// Countries whose own script puts the address largest-first and the name last.
const LARGEST_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'JP', 'KR']);
const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

function clean(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

export function countryName(code: string, locale = 'en'): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function isEmptyAddress(address: PostalAddress | null): boolean {
  if (!address) return true;
  return [...address.lines, address.city, address.region, address.postalCode, address.country].every((v) => clean(v) === '');
}

export function formatPostalAddress(name: string, company: string, address: PostalAddress | null, options: AddressFormatOptions): string[] {
  const recipient = [clean(name), clean(company)].filter(Boolean);
  if (!address || isEmptyAddress(address)) return recipient;
  const country = clean(address.country).toUpperCase();
  const street = address.lines.map(clean).filter(Boolean);
  const allText = [name, company, ...street, address.city, address.region].join(' ');
  const ownScriptLargestFirst = LARGEST_FIRST.has(country) && NON_LATIN.test(allText);
  // In a largest-first address the person comes last, below their company.
  const attention = ownScriptLargestFirst ? [...recipient].reverse() : recipient;
  const input = {
    attention: attention.join('\n'),
    road: street.join('\n'),
    city: clean(address.city),
    state: clean(address.region),
    postcode: clean(address.postalCode),
  };
  // East Asian addresses written in Latin letters follow the Western order:
  // "Beijing 100022" below the street, as their posts ask of mail from abroad.
  const lines =
    LARGEST_FIRST.has(country) && !ownScriptLargestFirst
      ? [...attention, ...street, [input.city, input.state, input.postcode].filter(Boolean).join(' ')].filter(Boolean)
      : format(input, { countryCode: country || 'US', appendCountry: false, output: 'array' })
          .map(clean)
          .filter(Boolean);
  const domestic = country === '' || country === clean(options.senderCountry).toUpperCase();
  if (domestic) return lines;
  return [...lines, countryName(country, options.countryNameLocale).toUpperCase()];
}
