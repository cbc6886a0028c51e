import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { CardPhoneType } from './card-reading';

/**
 * Phone numbers on a card, through libphonenumber (Google's rules for every country): a
 * number written the national way ("030 1234567") is read in the card's country, and its
 * type comes from the word printed beside it ("Mobil", "Fax", "Tél."), else from the
 * number itself where the country's numbering tells mobiles apart.
 */
const MOBILE = /(?:^|[^\p{L}])(?:m|mob|mobile?|mobil|mobiel|cell|cellular|cel|handy|portable|port|gsm|móvil|movil|cellulare|natel)\.?(?=$|[^\p{L}])/iu;
const FAX = /(?:^|[^\p{L}])(?:f|fax|telefax|télécopie|telecopie)\.?(?=$|[^\p{L}])/iu;
const OFFICE = /(?:^|[^\p{L}])(?:t|tel|tél|telefon|téléphone|telephone|phone|ph|p|o|office|direct|dir|d|büro|work|switchboard|main|fon|tfn)\.?(?=$|[^\p{L}])/iu;

export interface FoundPhone {
  type: CardPhoneType;
  e164: string;
  printed: string;
  country: string;
  /** Where in the text it starts, so the label before it can be read. */
  at: number;
}

/** What the words before a number say it is. */
export function labelType(label: string): CardPhoneType | null {
  if (FAX.test(label)) return 'fax';
  if (MOBILE.test(label)) return 'mobile';
  if (OFFICE.test(label)) return 'office';
  return null;
}

function typeFromNumbering(kind: string | undefined): CardPhoneType {
  if (kind === 'MOBILE') return 'mobile';
  return 'office';
}

// OCR reads the letter O for zero and l or I for one inside numbers; "(0)" is the trunk prefix cards print.
function cleanDigits(text: string): string {
  return (
    text
      .replace(/(?<=[\d\s().+-])[Oo](?=[\d\s().-])/gu, '0')
      .replace(/(?<=\d)[lI|](?=\d)/gu, '1')
      // "+44 (0) 20 …": the trunk prefix in brackets is dialled only from inside the country, never after the calling code.
      .replace(/(\+\s?\d{1,3})\s*\(0\)\s*/gu, '$1 ')
      // A label printed against its number ("T939 29 87 58") is still a label.
      .replace(/(\p{L}\.?)(?=[+(]?\d)/gu, '$1 ')
  );
}

/** Every valid number in one segment of text, each typed by its label. */
export function findPhones(text: string, country: string): FoundPhone[] {
  const clean = cleanDigits(text);
  const defaultCountry = (/^[A-Z]{2}$/u.test(country) ? country : undefined) as CountryCode | undefined;
  const found = findPhoneNumbersInText(clean, defaultCountry ? { defaultCountry } : {});
  const phones: FoundPhone[] = [];
  let labelStart = 0;
  for (const f of found) {
    const label = clean.slice(labelStart, f.startsAt);
    const printed = text.slice(f.startsAt, f.endsAt).trim();
    phones.push({
      type: labelType(label) ?? typeFromNumbering(f.number.getType()),
      e164: f.number.number,
      printed,
      country: f.number.country ?? '',
      at: f.startsAt,
    });
    labelStart = f.endsAt;
  }
  return phones;
}

/** Whether a number written the national way is a valid number of this country: evidence for where a card is from. */
export function validIn(text: string, country: string): boolean {
  const digits = cleanDigits(text).replace(/^[^\d+(]+/u, '');
  if (digits.trim().startsWith('+')) return false;
  return parsePhoneNumberFromString(digits, country as CountryCode)?.isValid() ?? false;
}

/** Segments that hold digits enough to be a phone number. */
export function looksLikePhone(text: string): boolean {
  return (text.match(/\d/gu) ?? []).length >= 6 && !/@/u.test(text);
}

/** The country of a number written with its calling code ("+49 …"), else ''. */
export function internationalCountry(text: string): string {
  const m = /\+\s?\d[\d\s().-]{6,}/u.exec(cleanDigits(text));
  if (!m) return '';
  return parsePhoneNumberFromString(m[0])?.country ?? '';
}
