import ICAL from 'ical.js';
import type { ImportedContact } from '../../../../shared/api/people/contact-import-schemas';
import { countryCodeFrom } from '../../../../shared/domain/country-lookup';
import { unknownCountryWarning } from './import-warnings';
import { splitPersonName } from '../../../../shared/domain/person-name';
import { describeCard, normalizeCard, splitCards, VcardFileError } from './vcard-lines';

export { VcardFileError };

type Property = InstanceType<typeof ICAL.Property>;

function types(p: Property): string[] {
  const t = p.getParameter('type');
  const list = Array.isArray(t) ? t : t ? [t] : [];
  return list.flatMap((x) => String(x).split(',')).map((x) => x.toLowerCase());
}

/** The property a letter should use: marked work, then preferred, then the first. */
function best(props: Property[]): Property | undefined {
  return props.find((p) => types(p).includes('work')) ?? props.find((p) => types(p).includes('pref') || p.getParameter('pref') !== undefined) ?? props[0];
}

function str(value: unknown): string {
  if (Array.isArray(value)) return value.map(str).filter(Boolean).join(' ');
  // ical.js leaves "\;" escaped in plain text properties (FN, TITLE), where writers put it.
  return value === null || value === undefined ? '' : String(value).replace(/\\;/gu, ';').trim();
}

function parts(value: unknown): string[] {
  return Array.isArray(value) ? value.map(str) : [str(value)];
}

/**
 * A phone number from TEL: plain text in 2.1/3.0, a tel: URI in 4.0 whose parameters
 * (";ext=12", ";phone-context=…") the phone check would refuse; the extension is kept
 * the way people write it.
 */
export function phoneFromTel(value: string): string {
  const text = value.trim();
  if (!/^tel:/iu.test(text)) return text;
  const [number = '', ...params] = text.slice(4).split(';');
  const ext = params
    .find((p) => /^ext=/iu.test(p))
    ?.slice(4)
    .trim();
  return ext ? `${number} x ${ext}` : number;
}

const HAN_OR_HANGUL = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function toContact(component: InstanceType<typeof ICAL.Component>, source: string): ImportedContact {
  const all = (name: string) => component.getAllProperties(name) as Property[];
  const first = (name: string) => str(all(name)[0]?.getFirstValue());
  const n = all('n')[0] ? parts(all('n')[0]!.getFirstValue()) : [];
  const family = n[0] ?? '';
  const given = n[1] ?? '';
  const fromN = HAN_OR_HANGUL.test(family + given) ? `${family}${given}` : [n[3], given, n[2], family, n[4]].filter(Boolean).join(' ');
  const fullName = first('fn') || fromN;
  const split = splitPersonName(fullName);
  const adr = best(all('adr'));
  const a = adr ? parts(adr.getFirstValue()) : [];
  // ADR: post office box; extended address; street; locality; region; postal code; country.
  const lines = [a[2] ?? '', a[1] ?? '', a[0] ? `PO Box ${a[0]}` : '']
    .flatMap((l) => l.split(/\n/u))
    .map((l) => l.trim())
    .filter(Boolean);
  const countryAsWritten = (a[6] ?? '').trim();
  const country = countryCodeFrom(countryAsWritten);
  const address =
    a.length > 0 && [...lines, a[3], a[4], a[5], a[6]].some((v) => v && v.trim())
      ? { lines, city: a[3] ?? '', region: a[4] ?? '', postalCode: a[5] ?? '', country }
      : null;
  const warnings = address && countryAsWritten && !country ? [unknownCountryWarning(`${source} (“${fullName}”)`, countryAsWritten)] : [];
  const urls = all('url').map((p) => str(p.getFirstValue()));
  const social = all('x-socialprofile').map((p) => str(p.getFirstValue()));
  const linkedin = [...social, ...urls].find((u) => /linkedin\.com/iu.test(u)) ?? '';
  return {
    source,
    fullName,
    givenName: given || split.givenName,
    familyName: family || split.familyName,
    title: first('title'),
    company: all('org')[0] ? (parts(all('org')[0]!.getFirstValue())[0] ?? '') : '',
    email: str(best(all('email'))?.getFirstValue()),
    phone: phoneFromTel(str(best(all('tel'))?.getFirstValue())),
    address,
    website: urls.find((u) => u !== linkedin) ?? '',
    linkedin,
    note: first('note'),
    warnings,
  };
}

/**
 * Every card in a .vcf file (vCard 2.1, 3.0 or 4.0; several cards; folded lines; UTF-8 or
 * quoted-printable), read with ical.js. A card that cannot be read stops the whole file,
 * with a message naming that card.
 */
export function readVcards(text: string): ImportedContact[] {
  return splitCards(text).map((card) => {
    let component: InstanceType<typeof ICAL.Component>;
    try {
      component = new ICAL.Component(ICAL.parse(normalizeCard(card)) as unknown[]);
    } catch (error) {
      throw new VcardFileError(`${describeCard(card)} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    const contact = toContact(component, `Card ${card.number}`);
    if (!contact.fullName) throw new VcardFileError(`${describeCard(card)} has no name (FN or N).`);
    return contact;
  });
}
