/**
 * The people on the generated business cards: what each card says, as the truth the card
 * reader is measured against. Deterministic for a seed, so a failing card can be looked at
 * again. Names use Latin scripts with accents; phones and addresses follow the formats of
 * twelve countries.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CardPhoneType } from '../../../../shared/card-scan/card-reading';
import type { Person, PostalAddress } from '../../../../shared/domain/person';

export interface TruthPhone {
  type: Exclude<CardPhoneType, 'other'>;
  e164: string;
  /** As printed on the card. */
  printed: string;
}

export type TruthAddress = PostalAddress;

export interface CardTruth extends Pick<Person, 'fullName' | 'givenName' | 'familyName' | 'title' | 'company' | 'email'> {
  seed: number;
  phones: TruthPhone[];
  website: string;
  linkedin: string;
  address: TruthAddress;
  /** Whether the card prints the country's name under the address. */
  printsCountry: boolean;
}

/** mulberry32: small, fast and the same on every machine. */
export function randomFor(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

const GIVEN = [
  'José',
  'Zoë',
  'François',
  'Hélène',
  'Jürgen',
  'Søren',
  'Inès',
  'Björn',
  'Chloé',
  'Renée',
  'Andrés',
  'Mónica',
  'Noémie',
  'Jörg',
  'Anaïs',
  'Thérèse',
  'Raphaël',
  'Günther',
  'Élodie',
  'Maëlle',
  'Ramón',
  'Sofía',
  'Ulrike',
  'Laura',
  'Daniel',
  'Sarah',
  'Michael',
  'Olivia',
  'Lucas',
  'Emma',
  'Benoît',
  'Agnès',
  'Kristóf',
  'Mathéo',
  'Léa',
  'Zoé',
  'Henrik',
  'Marta',
  'Niklas',
  'Amélie',
];
const FAMILY = [
  'García',
  'Müller',
  'Lefèvre',
  'Dubois',
  'Groß',
  'Kjær',
  'Núñez',
  'Åström',
  'Martín',
  'Gonçalves',
  'Schäfer',
  'Fernández',
  'Bézier',
  'Köhler',
  'Moreau',
  'Jiménez',
  'Hübner',
  'Château',
  'Weiß',
  'Peña',
  'Brontë',
  'Lambert',
  'Becker',
  'Rossi',
  'Janssen',
  'Karlsson',
  'Fischer',
  'Durand',
  'Thompson',
  'Walsh',
  'Ibáñez',
  'Girard',
  'Vogel',
  'Löwe',
  'Duchêne',
  'Sánchez',
];
const TITLES = [
  'Head of Engineering',
  'Senior Software Engineer',
  'Engineering Manager',
  'Director of Product',
  'Talent Acquisition Lead',
  'Chief Technology Officer',
  'Vice President, Sales',
  'HR Business Partner',
  'Product Designer',
  'Recruiter',
  'Data Science Manager',
  'Lead Data Engineer',
  'Marketing Director',
  'Operations Manager',
  'Principal Architect',
  'Senior Recruiter',
  'Chief Financial Officer',
  'Head of People',
  'Product Manager',
  'Staff Engineer',
];
const COMPANY_STEMS = [
  'Nordlicht',
  'Bluewater',
  'Kestrel',
  'Aurora',
  'Lumen',
  'Halcyon',
  'Brightfield',
  'Vireo',
  'Tannery',
  'Oakridge',
  'Solvay',
  'Meridian',
  'Fennel',
  'Altamira',
  'Quillon',
  'Sternwarte',
  'Belmont',
  'Cobalt',
  'Marigold',
  'Westbrook',
  'Ardent',
  'Veritas',
];
const COMPANY_WORDS = ['Systems', 'Labs', 'Analytics', 'Software', 'Robotics', 'Health', 'Energy', 'Logistics', 'Partners', 'Studio', 'Media', 'Bank'];

interface CountryStyle {
  code: string;
  name: string;
  legalForms: string[];
  tld: string;
  streets: string[];
  cities: Array<{ city: string; region?: string; postal: () => string }>;
  /** Street line from a street name and a number. */
  street(name: string, no: number, random: () => number): string;
  /** A fixed-line national significant number (digits only) to try. */
  fixed(random: () => number): string;
  mobile(random: () => number): string;
  labels: { office: string[]; mobile: string[]; fax: string[] };
}

const digits = (random: () => number, n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

const COUNTRIES: CountryStyle[] = [
  {
    code: 'US',
    name: 'USA',
    legalForms: ['Inc.', 'LLC', 'Corp.'],
    tld: 'com',
    streets: ['Market Street', 'Mission Street', 'Broadway', 'Pine Avenue', 'Congress Avenue', 'Elm Street'],
    cities: [
      { city: 'San Francisco', region: 'CA', postal: () => '94105' },
      { city: 'Austin', region: 'TX', postal: () => '78701' },
      { city: 'New York', region: 'NY', postal: () => '10013' },
      { city: 'Seattle', region: 'WA', postal: () => '98101' },
      { city: 'Boston', region: 'MA', postal: () => '02110' },
    ],
    street: (s, n, r) => `${n} ${s}${r() < 0.4 ? `, Suite ${100 + Math.floor(r() * 800)}` : ''}`,
    fixed: (r) => pick(r, ['415', '512', '212', '206', '617']) + pick(r, ['392', '555', '764', '441']) + digits(r, 4),
    mobile: (r) => pick(r, ['415', '512', '646', '206', '617']) + pick(r, ['308', '619', '872']) + digits(r, 4),
    labels: { office: ['Office', 'Tel', 'T', 'Phone', 'Direct'], mobile: ['Mobile', 'Cell', 'M'], fax: ['Fax', 'F'] },
  },
  {
    code: 'CA',
    name: 'Canada',
    legalForms: ['Inc.', 'Ltd.'],
    tld: 'ca',
    streets: ['King Street West', 'Bay Street', 'Rue Sainte-Catherine', 'Granville Street'],
    cities: [
      { city: 'Toronto', region: 'ON', postal: () => 'M5V 2T6' },
      { city: 'Vancouver', region: 'BC', postal: () => 'V6C 1T2' },
      { city: 'Montréal', region: 'QC', postal: () => 'H3B 4W8' },
    ],
    street: (s, n) => `${n} ${s}`,
    fixed: (r) => pick(r, ['416', '604', '514']) + pick(r, ['363', '555', '861']) + digits(r, 4),
    mobile: (r) => pick(r, ['647', '778', '438']) + pick(r, ['218', '991']) + digits(r, 4),
    labels: { office: ['Tel', 'Office', 'T'], mobile: ['Cell', 'Mobile', 'M'], fax: ['Fax'] },
  },
  {
    code: 'GB',
    name: 'United Kingdom',
    legalForms: ['Ltd', 'plc', 'LLP'],
    tld: 'co.uk',
    streets: ['Bishopsgate', 'Old Street', 'High Holborn', 'Deansgate', 'Victoria Street'],
    cities: [
      { city: 'London', postal: () => 'EC2N 4AY' },
      { city: 'Manchester', postal: () => 'M3 4LZ' },
      { city: 'Edinburgh', postal: () => 'EH2 4AD' },
      { city: 'London', postal: () => 'SE1 9SG' },
    ],
    street: (s, n) => `${n} ${s}`,
    fixed: (r) => pick(r, ['20 7946 ', '20 3318 ', '161 496 ', '131 496 ']).replace(/\s/g, '') + digits(r, 4),
    mobile: (r) => '7' + pick(r, ['700', '911', '823']) + digits(r, 6),
    labels: { office: ['Tel', 'T', 'Direct', 'Office'], mobile: ['Mobile', 'Mob', 'M'], fax: ['Fax', 'F'] },
  },
  {
    code: 'DE',
    name: 'Deutschland',
    legalForms: ['GmbH', 'AG', 'SE', 'GmbH & Co. KG'],
    tld: 'de',
    streets: ['Friedrichstraße', 'Maximilianstraße', 'Königsallee', 'Schillerstraße', 'Torstraße', 'Lindenallee'],
    cities: [
      { city: 'Berlin', postal: () => '10117' },
      { city: 'München', postal: () => '80539' },
      { city: 'Düsseldorf', postal: () => '40212' },
      { city: 'Köln', postal: () => '50667' },
      { city: 'Hamburg', postal: () => '20095' },
    ],
    street: (s, n) => `${s} ${n}`,
    fixed: (r) => pick(r, ['30', '89', '211', '221', '40']) + digits(r, 7),
    mobile: (r) => pick(r, ['151', '160', '171', '176']) + digits(r, 8),
    labels: { office: ['Tel.', 'Telefon', 'T'], mobile: ['Mobil', 'Handy', 'M'], fax: ['Fax', 'F'] },
  },
  {
    code: 'AT',
    name: 'Österreich',
    legalForms: ['GmbH', 'AG'],
    tld: 'at',
    streets: ['Kärntner Straße', 'Mariahilfer Straße', 'Landstraße'],
    cities: [
      { city: 'Wien', postal: () => '1010' },
      { city: 'Graz', postal: () => '8010' },
      { city: 'Linz', postal: () => '4020' },
    ],
    street: (s, n) => `${s} ${n}`,
    fixed: (r) => pick(r, ['1', '316', '732']) + digits(r, 7),
    mobile: (r) => pick(r, ['664', '660', '676']) + digits(r, 7),
    labels: { office: ['Tel.', 'T'], mobile: ['Mobil', 'M'], fax: ['Fax'] },
  },
  {
    code: 'CH',
    name: 'Schweiz',
    legalForms: ['AG', 'GmbH', 'SA'],
    tld: 'ch',
    streets: ['Bahnhofstrasse', 'Rue du Rhône', 'Seestrasse'],
    cities: [
      { city: 'Zürich', postal: () => '8001' },
      { city: 'Genève', postal: () => '1204' },
      { city: 'Basel', postal: () => '4051' },
    ],
    street: (s, n) => (s.startsWith('Rue') ? `${n} ${s}` : `${s} ${n}`),
    fixed: (r) => pick(r, ['44', '22', '61']) + digits(r, 7),
    mobile: (r) => pick(r, ['79', '78', '76']) + digits(r, 7),
    labels: { office: ['Tel.', 'T', 'Tél.'], mobile: ['Mobile', 'Mobil', 'M'], fax: ['Fax'] },
  },
  {
    code: 'FR',
    name: 'France',
    legalForms: ['SAS', 'SA', 'SARL'],
    tld: 'fr',
    streets: ['rue du Faubourg Saint-Honoré', 'avenue des Champs-Élysées', 'rue de la République', 'boulevard Haussmann', 'quai Saint-Michel'],
    cities: [
      { city: 'Paris', postal: () => '75008' },
      { city: 'Lyon', postal: () => '69002' },
      { city: 'Bordeaux', postal: () => '33000' },
      { city: 'Nantes', postal: () => '44000' },
    ],
    street: (s, n) => `${n} ${s}`,
    fixed: (r) => pick(r, ['1', '4', '5']) + digits(r, 8),
    mobile: (r) => pick(r, ['6', '7']) + digits(r, 8),
    labels: { office: ['Tél.', 'Tél', 'T'], mobile: ['Mobile', 'Mob.', 'Portable', 'M'], fax: ['Fax', 'Télécopie'] },
  },
  {
    code: 'BE',
    name: 'Belgique',
    legalForms: ['SA', 'NV', 'SRL'],
    tld: 'be',
    streets: ['Avenue Louise', 'Rue Neuve', 'Meir'],
    cities: [
      { city: 'Bruxelles', postal: () => '1050' },
      { city: 'Antwerpen', postal: () => '2000' },
      { city: 'Liège', postal: () => '4000' },
    ],
    street: (s, n) => `${s} ${n}`,
    fixed: (r) => pick(r, ['2', '3', '4']) + digits(r, 7),
    mobile: (r) => pick(r, ['470', '475', '486']) + digits(r, 6),
    labels: { office: ['Tél.', 'Tel.', 'T'], mobile: ['GSM', 'Mobile', 'M'], fax: ['Fax'] },
  },
  {
    code: 'NL',
    name: 'Nederland',
    legalForms: ['B.V.', 'N.V.'],
    tld: 'nl',
    streets: ['Herengracht', 'Keizersgracht', 'Coolsingel', 'Stationsplein'],
    cities: [
      { city: 'Amsterdam', postal: () => '1016 BR' },
      { city: 'Rotterdam', postal: () => '3011 AD' },
      { city: 'Utrecht', postal: () => '3511 CE' },
    ],
    street: (s, n) => `${s} ${n}`,
    fixed: (r) => pick(r, ['20', '10', '30']) + digits(r, 7),
    mobile: (r) => '6' + pick(r, ['12', '24', '55']) + digits(r, 6),
    labels: { office: ['Tel', 'T'], mobile: ['Mobiel', 'M'], fax: ['Fax'] },
  },
  {
    code: 'ES',
    name: 'España',
    legalForms: ['S.L.', 'S.A.'],
    tld: 'es',
    streets: ['Calle de Alcalá', 'Paseo de Gracia', 'Gran Vía', 'Calle Mayor'],
    cities: [
      { city: 'Madrid', postal: () => '28014' },
      { city: 'Barcelona', postal: () => '08007' },
      { city: 'Valencia', postal: () => '46002' },
    ],
    street: (s, n) => `${s}, ${n}`,
    fixed: (r) => pick(r, ['91', '93', '96']) + digits(r, 7),
    mobile: (r) => pick(r, ['6', '7']) + pick(r, ['12', '55', '80']) + digits(r, 6),
    labels: { office: ['Tel.', 'T'], mobile: ['Móvil', 'M'], fax: ['Fax'] },
  },
  {
    code: 'IT',
    name: 'Italia',
    legalForms: ['S.p.A.', 'S.r.l.'],
    tld: 'it',
    streets: ['Via Montenapoleone', 'Via del Corso', 'Corso Vittorio Emanuele II', 'Via Roma'],
    cities: [
      { city: 'Milano', region: 'MI', postal: () => '20121' },
      { city: 'Roma', region: 'RM', postal: () => '00186' },
      { city: 'Torino', region: 'TO', postal: () => '10123' },
    ],
    street: (s, n) => `${s}, ${n}`,
    fixed: (r) => pick(r, ['02', '06', '011']) + digits(r, 7),
    mobile: (r) => '3' + pick(r, ['33', '47', '88']) + digits(r, 7),
    labels: { office: ['Tel.', 'T'], mobile: ['Cell.', 'Mobile', 'M'], fax: ['Fax'] },
  },
  {
    code: 'SE',
    name: 'Sverige',
    legalForms: ['AB'],
    tld: 'se',
    streets: ['Drottninggatan', 'Kungsgatan', 'Vasagatan'],
    cities: [
      { city: 'Stockholm', postal: () => '111 51' },
      { city: 'Göteborg', postal: () => '411 04' },
    ],
    street: (s, n) => `${s} ${n}`,
    fixed: (r) => pick(r, ['8', '31']) + digits(r, 7),
    mobile: (r) => '7' + pick(r, ['0', '2', '3']) + digits(r, 7),
    labels: { office: ['Tel', 'T'], mobile: ['Mobil', 'M'], fax: ['Fax'] },
  },
];

/** A phone number of this country that libphonenumber accepts as valid, printed one of several ways. */
function phoneFor(country: CountryStyle, type: TruthPhone['type'], random: () => number): TruthPhone {
  for (let attempt = 0; attempt < 200; attempt++) {
    const national = type === 'mobile' ? country.mobile(random) : country.fixed(random);
    const parsed = parsePhoneNumberFromString(national, country.code as never);
    if (!parsed?.isValid()) continue;
    const kind = parsed.getType();
    if (type === 'mobile' && kind !== 'MOBILE' && kind !== 'FIXED_LINE_OR_MOBILE') continue;
    if (type !== 'mobile' && kind === 'MOBILE') continue;
    const style = random();
    let printed: string;
    if (style < 0.4) printed = parsed.formatInternational();
    else if (style < 0.75) printed = parsed.formatNational();
    else if (style < 0.9) printed = parsed.formatInternational().replace(/ /g, (m, i: number) => (i > 3 ? '.' : m));
    else
      printed = parsed
        .formatInternational()
        .replace(/^(\+\d+) /, '$1 (0) ')
        .replace(/\(0\) 0/, '(0) ');
    if (country.code === 'IT' && printed.includes('(0)')) printed = parsed.formatInternational();
    return { type, e164: parsed.number, printed };
  }
  throw new Error(`no valid ${type} number for ${country.code}`);
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/[^A-Za-z0-9-]/g, '')
    .toLowerCase();

/** The truth for card number `seed`: its person, company and country. */
export function cardTruth(seed: number): CardTruth {
  const random = randomFor(seed * 7919 + 17);
  const country = COUNTRIES[seed % COUNTRIES.length]!;
  const givenName = pick(random, GIVEN);
  const familyName = pick(random, FAMILY);
  const stem = pick(random, COMPANY_STEMS);
  const word = pick(random, COMPANY_WORDS);
  const legal = pick(random, country.legalForms);
  const company = `${stem} ${word} ${legal}`;
  const domain = `${ascii(stem)}${random() < 0.5 ? `-${ascii(word)}` : ''}.${country.tld}`;
  const local = random() < 0.6 ? `${ascii(givenName)}.${ascii(familyName)}` : `${ascii(givenName)[0]}${ascii(familyName)}`;
  const place = pick(random, country.cities);
  const streetNo = 1 + Math.floor(random() * 180);
  const phones: TruthPhone[] = [phoneFor(country, 'office', random)];
  if (random() < 0.75) phones.push(phoneFor(country, 'mobile', random));
  if (random() < 0.25) phones.push(phoneFor(country, 'fax', random));
  const slug = `${ascii(givenName)}-${ascii(familyName)}${random() < 0.4 ? `-${Math.floor(random() * 900 + 100)}` : ''}`;
  return {
    seed,
    fullName: `${givenName} ${familyName}`,
    givenName,
    familyName,
    title: pick(random, TITLES),
    company,
    email: `${local}@${domain}`,
    phones,
    website: random() < 0.8 ? `www.${domain}` : '',
    linkedin: random() < 0.5 ? `linkedin.com/in/${slug}` : '',
    address: {
      lines: [country.street(pick(random, country.streets), streetNo, random)],
      city: place.city,
      region: place.region ?? '',
      postalCode: place.postal(),
      country: country.code,
    },
    printsCountry: random() < 0.5,
  };
}

/** How the card writes the phone's label, in the country's words. */
export function phoneLabel(truth: CardTruth, phone: TruthPhone, random: () => number): string {
  const country = COUNTRIES.find((c) => c.code === truth.address.country)!;
  return pick(random, country.labels[phone.type]);
}

/** The city line as the country writes it. */
export function cityLine(a: TruthAddress): string {
  switch (a.country) {
    case 'US':
      return `${a.city}, ${a.region} ${a.postalCode}`;
    case 'CA':
      return `${a.city} ${a.region} ${a.postalCode}`;
    case 'GB':
      return `${a.city} ${a.postalCode}`;
    case 'IT':
      return `${a.postalCode} ${a.city} ${a.region}`;
    default:
      return `${a.postalCode} ${a.city}`;
  }
}

export function countryName(code: string): string {
  return COUNTRIES.find((c) => c.code === code)!.name;
}
