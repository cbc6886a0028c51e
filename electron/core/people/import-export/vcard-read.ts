import ICAL from 'ical.js';
import { emailField, phoneField } from '../../../../shared/api/people/input-schemas';
import { countryCodeFrom } from '../../../../shared/domain/country-lookup';
import { quoted } from '../../../../shared/domain/excerpt';
import { splitPersonName } from '../../../../shared/domain/person-name';
import type { ContactRead, FileRead, RawContact } from './contact-read';
import type { FileText } from './file-text';
import { unknownCountryWarning } from './import-warnings';
import { describeCard, splitCards, VcardFileError, type RawCard, type VcardProperty } from './vcard-lines';
import { photoFrom, type CardPhoto } from './vcard-photo';
import { normalizedLine } from './vcard-values';

export { VcardFileError };

type Property = InstanceType<typeof ICAL.Property>;
type Component = InstanceType<typeof ICAL.Component>;

/** The properties Afterword keeps; the rest (BDAY, REV, GEO, AGENT, KEY…) never reach the parser. */
const KEPT = new Set(['FN', 'N', 'ORG', 'TITLE', 'EMAIL', 'TEL', 'ADR', 'URL', 'NOTE', 'X-SOCIALPROFILE', 'X-ABADR', 'X-ABLABEL']);
const PHOTOS = new Set(['PHOTO', 'X-MS-CARDPICTURE']);

function types(p: Property): string[] {
  const t = p.getParameter('type');
  const list = Array.isArray(t) ? t : t ? [t] : [];
  return list.flatMap((x) => String(x).split(',')).map((x) => x.trim().toLowerCase());
}

const isPref = (p: Property) => types(p).includes('pref') || p.getParameter('pref') !== undefined;

/** The order a letter should try them in: marked work, then preferred, then as written; faxes last. */
function ranked(props: Property[]): Property[] {
  const score = (p: Property) => (types(p).includes('fax') ? 10 : 0) + (types(p).includes('work') ? 0 : isPref(p) ? 1 : 2);
  return props
    .map((p, i) => ({ p, i }))
    .sort((a, b) => score(a.p) - score(b.p) || a.i - b.i)
    .map((x) => x.p);
}

function str(value: unknown): string {
  if (Array.isArray(value)) return value.map(str).filter(Boolean).join(' ');
  // ical.js leaves "\;" escaped in plain text properties (FN, TITLE).
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

/**
 * The first value that passes the same check as typing it in; the ones tried before it are
 * reported, so a card's one bad phone number never costs the card or its other numbers.
 */
function firstValid(values: string[], check: typeof emailField | typeof phoneField, label: string, where: string, warnings: string[]): string {
  for (const value of values) {
    if (value === '') continue;
    const result = check.safeParse(value);
    if (result.success) return result.data;
    warnings.push(`${where}: the ${label} ${quoted(value)} was left out: ${result.error.issues[0]?.message ?? 'it is not valid'}.`);
  }
  return '';
}

function parse(card: RawCard, lines: string[]): Component {
  const version = card.version === '4.0' ? '4.0' : '3.0';
  return new ICAL.Component(ICAL.parse(['BEGIN:VCARD', `VERSION:${version}`, ...lines, 'END:VCARD', ''].join('\r\n')) as unknown[]);
}

/**
 * The card as ical.js reads it. A line it cannot read is left out with its line number and
 * a short piece of it, and the rest of the card is read without it.
 */
function component(card: RawCard, kept: VcardProperty[], problems: string[]): Component {
  const lines = kept.map((p) => normalizedLine(p, card.version));
  try {
    return parse(card, lines);
  } catch {
    const readable = kept.filter((p, i) => {
      try {
        parse(card, [lines[i]!]);
        return true;
      } catch {
        problems.push(`line ${p.line} (${quoted(p.raw)}) cannot be read and was left out`);
        return false;
      }
    });
    return parse(
      card,
      readable.map((p) => normalizedLine(p, card.version)),
    );
  }
}

function toContact(card: RawCard): ContactRead {
  const source = `Card ${card.number}`;
  const problems = [...card.problems];
  const kept = card.properties.filter((p) => KEPT.has(p.name) && !p.base64);
  const c = component(card, kept, problems);
  const all = (name: string) => c.getAllProperties(name) as Property[];
  const first = (name: string) =>
    all(name)
      .map((p) => str(p.getFirstValue()))
      .find(Boolean) ?? '';
  const n = all('n')[0] ? parts(all('n')[0]!.getFirstValue()) : [];
  const family = n[0] ?? '';
  const given = n[1] ?? '';
  const fromN = HAN_OR_HANGUL.test(family + given) ? `${family}${given}` : [n[3], given, n[2], family, n[4]].filter(Boolean).join(' ');
  let fullName = first('fn') || fromN;
  const where = fullName ? `${source} (${quoted(fullName)})` : `${source} (line ${card.line})`;
  const warnings: string[] = [];

  const email = firstValid(
    ranked(all('email')).map((p) => str(p.getFirstValue())),
    emailField,
    'email',
    where,
    warnings,
  );
  const phone = firstValid(
    ranked(all('tel')).map((p) => phoneFromTel(str(p.getFirstValue()))),
    phoneField,
    'phone',
    where,
    warnings,
  );

  const adr = ranked(all('adr'))[0];
  let a = adr ? parts(adr.getFirstValue()) : [];
  // ADR: post office box; extended address; street; locality; region; postal code; country.
  // Some writers leave out the first two parts (street;city;region;code): seven parts or none.
  if (a.length > 1 && a.length <= 4 && a[0]) a = ['', '', ...a];
  const poBox = a[0] ? (/^(p\.?\s*o\.?\s*box|postfach|apartado|b\.?\s*p\.?)\b/iu.test(a[0]) ? a[0] : `PO Box ${a[0]}`) : '';
  const lines = [a[2] ?? '', a[1] ?? '', poBox]
    .flatMap((l) => l.split(/\n/u))
    .map((l) => l.trim())
    .filter(Boolean);
  const countryAsWritten = (a[6] ?? '').trim();
  // Apple writes the country's code beside the address in the same group (item1.X-ABADR:uk).
  const group = adr?.getParameter('group');
  const appleCode = group
    ? str(
        all('x-abadr')
          .find((p) => p.getParameter('group') === group)
          ?.getFirstValue(),
      )
    : '';
  const country = countryCodeFrom(countryAsWritten) || (/^[a-z]{2}$/iu.test(appleCode) ? countryCodeFrom(appleCode === 'uk' ? 'GB' : appleCode) : '');
  const address =
    a.length > 0 && [...lines, a[3], a[4], a[5], a[6]].some((v) => v && v.trim())
      ? { lines, city: a[3] ?? '', region: a[4] ?? '', postalCode: a[5] ?? '', country }
      : null;
  if (address && countryAsWritten && !country) warnings.push(unknownCountryWarning(where, countryAsWritten));

  const labelOf = (p: Property) => {
    const g = p.getParameter('group');
    return g
      ? str(
          all('x-ablabel')
            .find((l) => l.getParameter('group') === g)
            ?.getFirstValue(),
        )
      : '';
  };
  const urls = all('url').map((p) => ({ url: str(p.getFirstValue()), label: labelOf(p) }));
  const social = all('x-socialprofile').map((p) => ({ url: str(p.getFirstValue()), label: types(p).join(' ') }));
  const isLinkedin = (u: { url: string; label: string }) => /linkedin\.com/iu.test(u.url) || /linkedin/iu.test(u.label);
  const linkedin = [...social, ...urls].find(isLinkedin)?.url ?? '';

  let photo: CardPhoto | null = null;
  for (const p of card.properties.filter((x) => PHOTOS.has(x.name))) {
    const outcome = photoFrom(p);
    if (outcome && 'photo' in outcome) {
      photo ??= outcome.photo;
    } else if (outcome) {
      warnings.push(`${where}: ${outcome.leftOut}.`);
    }
  }

  // Apple marks a card for a company rather than a person; its FN is the company's name.
  const companyCard = card.properties.some((p) => p.name === 'X-ABSHOWAS' && /^COMPANY$/iu.test(p.value.trim()));
  if (companyCard && !given && !family) {
    warnings.push(
      `${where}: the card is for a company, not a person (Apple's "show as company"); it is imported under that name. Add the person's name on their card after importing.`,
    );
  }
  if (!fullName && email) {
    fullName = email;
    warnings.push(`${where}: the card has no name, so it is imported under its email address. Type the name on the person's card after importing.`);
  }
  warnings.unshift(...problems.map((p) => `${where}: ${p}.`));
  const said = [...new Set(warnings)];
  const contact: RawContact = {
    source,
    fullName,
    givenName: given || (fullName === email ? '' : splitPersonName(fullName).givenName),
    familyName: family || (fullName === email ? '' : splitPersonName(fullName).familyName),
    title: first('title'),
    company: all('org')[0] ? (parts(all('org')[0]!.getFirstValue())[0] ?? '') : '',
    email,
    phone,
    address,
    website: urls.find((u) => !isLinkedin(u))?.url ?? '',
    linkedin,
    note: first('note'),
    warnings: said,
  };
  return { contact, photo, card: describeCard(card) };
}

/**
 * Every card in a .vcf file (vCard 2.1, 3.0 or 4.0, as phones and mail apps write them).
 * A card with neither a name nor an email address is left out with that reason; a field
 * that cannot be used is left out of its card with the reason; the rest is read.
 */
export function readVcards(file: FileText | string): FileRead {
  const { cards, notes } = splitCards(typeof file === 'string' ? { text: file, binary: false } : file);
  const read: ContactRead[] = [];
  const leftOut: FileRead['leftOut'] = [];
  for (const card of cards) {
    const r = toContact(card);
    if (r.contact.fullName === '') {
      leftOut.push({ source: r.contact.source, where: r.card, reason: 'It has no name (FN or N) and no email address, so there is nobody to import.' });
    } else {
      read.push(r);
    }
  }
  return { read, leftOut, notes };
}
