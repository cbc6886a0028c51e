import { csvTargets, type CsvColumnHint, type CsvMapping, type CsvTarget } from '../../../../shared/api/people/contact-import-schemas';
import { emailField, PHONE } from '../../../../shared/api/people/input-schemas';
import { searchFold } from '../../../../shared/domain/search-fold';

/**
 * The column names real contact exports use, so their columns map themselves: Thunderbird
 * (US and UK builds), Outlook in English, German, French and Spanish, Google Contacts (the
 * current export and the older one), LinkedIn's Connections.csv, Apple-style labels, and
 * the plain names people type. For each field the more specific names come first: Outlook's
 * "Title" is Mr./Ms., so "Job Title" wins where both are there.
 */
const KNOWN: Record<CsvTarget, readonly string[]> = {
  fullName: ['display name', 'name', 'full name', 'anzeigename', 'nom complet', 'nombre completo', 'contact', 'vollständiger name'],
  givenName: ['first name', 'given name', 'vorname', 'prénom', 'nombre', 'forename'],
  familyName: ['last name', 'family name', 'surname', 'nachname', 'nom', 'apellidos', 'apellido'],
  title: ['job title', 'organization title', 'organization 1 - title', 'position', 'puesto', 'fonction', 'cargo', 'job', 'role', 'titre', 'title'],
  company: ['company', 'organization', 'organisation', 'organization name', 'organization 1 - name', 'firma', 'société', 'organización', 'empresa', 'employer'],
  email: [
    'primary email',
    'e-mail address',
    'email address',
    'e-mail 1 - value',
    'e-mail',
    'email',
    'work email',
    'business email',
    'email (work)',
    'e-mail-adresse',
    'primäre e-mail-adresse',
    'adresse de messagerie',
    'dirección de correo electrónico',
    'correo electrónico',
  ],
  phone: [
    'work phone',
    'business phone',
    'phone 1 - value',
    'phone',
    'telephone',
    'phone (work)',
    'mobile number',
    'mobile phone',
    'mobile',
    'phone (mobile)',
    'telefon geschäftlich',
    'mobiltelefon',
    'téléphone (bureau)',
    'téléphone professionnel',
    'tél. mobile',
    'téléphone mobile',
    'teléfono del trabajo',
    'teléfono móvil',
    'móvil',
  ],
  street: [
    'work address',
    'business street',
    'street (work)',
    'address 1 - street',
    'street',
    'street address',
    'address line 1',
    'address',
    'home address',
    'home street',
    'straße geschäftlich',
    'rue (bureau)',
    'calle del trabajo',
  ],
  street2: [
    'work address 2',
    'business street 2',
    'address line 2',
    'street 2',
    'home address 2',
    'straße geschäftlich 2',
    'rue (bureau) 2',
    'calle del trabajo 2',
  ],
  city: [
    'work city',
    'business city',
    'city (work)',
    'address 1 - city',
    'city',
    'town',
    'home city',
    'ort geschäftlich',
    'ort',
    'ville (bureau)',
    'ville',
    'ciudad de trabajo',
    'ciudad',
  ],
  region: [
    'work state',
    'work county',
    'business state',
    'state (work)',
    'address 1 - region',
    'state',
    'region',
    'province',
    'county',
    'home state',
    'home county',
    'region geschäftlich',
    'bundesland',
    'dép/région (bureau)',
    'département (bureau)',
    'provincia o estado de trabajo',
    'provincia',
  ],
  postalCode: [
    'work zipcode',
    'work post code',
    'business postal code',
    'zip (work)',
    'address 1 - postal code',
    'zip',
    'zip code',
    'zipcode',
    'postal code',
    'postcode',
    'post code',
    'home zipcode',
    'home post code',
    'postleitzahl geschäftlich',
    'plz',
    'code postal (bureau)',
    'code postal',
    'código postal del trabajo',
    'código postal',
  ],
  country: [
    'work country',
    'business country/region',
    'country (work)',
    'address 1 - country',
    'country',
    'country/region',
    'home country',
    'land/region geschäftlich',
    'land',
    'pays/région (bureau)',
    'pays (bureau)',
    'pays',
    'país o región del trabajo',
    'país',
  ],
  website: ['web page 1', 'web page', 'url (homepage)', 'website 1 - value', 'website', 'web site', 'url', 'homepage', 'webseite', 'page web', 'página web'],
  linkedin: ['linkedin', 'linkedin url', 'linkedin profile'],
  note: ['notes', 'note', 'comments', 'notizen', 'notas', 'remarques'],
};

const fold = (header: string) => searchFold(header.trim()).replace(/\s+/gu, ' ');

const FOLDED = Object.fromEntries(csvTargets.map((t) => [t, KNOWN[t].map(fold)])) as Record<CsvTarget, string[]>;

/** LinkedIn's Connections.csv names the profile link just "URL". */
function isLinkedinExport(folded: string[]): boolean {
  return folded.includes('connected on') && folded.includes('url');
}

export function suggestMapping(headers: readonly string[]): CsvMapping {
  const folded = headers.map(fold);
  const mapping: CsvMapping = {};
  const used = new Set<number>();
  const take = (target: CsvTarget, index: number) => {
    mapping[target] = index;
    used.add(index);
  };
  if (isLinkedinExport(folded)) take('linkedin', folded.indexOf('url'));
  for (const target of csvTargets) {
    if (mapping[target] !== undefined) continue;
    for (const name of FOLDED[target]) {
      const hits = folded.flatMap((h, i) => (h === name && !used.has(i) ? [i] : []));
      if (hits.length === 0) continue;
      // French Outlook writes "Titre" twice: the courtesy title first, the job title later.
      take(target, target === 'title' && hits.length > 1 ? hits[hits.length - 1]! : hits[0]!);
      break;
    }
  }
  // A single "Name" beside first and last names is the display name; without them it still is.
  return mapping;
}

/** How many known column names a row has: the header row of an export has several. */
export function knownColumnCount(cells: readonly string[]): number {
  return Object.keys(suggestMapping(cells)).length;
}

const looksLikePhone = (v: string) => PHONE.test(v) && (v.match(/\d/gu)?.length ?? 0) >= 6;
const looksLikeEmail = (v: string) => v.includes('@') && emailField.safeParse(v).success;

/**
 * Columns the mapping leaves out whose values look like email addresses or phone numbers,
 * so the user is told before importing (Thunderbird's "Secondary Email", Outlook's
 * "E-mail 2 Address", a column named in a language the table does not know).
 */
export function unmappedHints(headers: readonly string[], rows: readonly (readonly string[])[], mapping: CsvMapping): CsvColumnHint[] {
  const mapped = new Set(Object.values(mapping));
  const hints: CsvColumnHint[] = [];
  headers.forEach((header, column) => {
    if (mapped.has(column)) return;
    const values = rows
      .map((r) => (r[column] ?? '').trim())
      .filter(Boolean)
      .slice(0, 50);
    if (values.length === 0) return;
    const share = (test: (v: string) => boolean) => values.filter(test).length / values.length;
    const looksLike = share(looksLikeEmail) >= 0.6 ? 'email' : share(looksLikePhone) >= 0.6 ? 'phone' : null;
    if (looksLike)
      hints.push({
        column,
        header: header || `Column ${column + 1}`,
        looksLike,
        example: values.find(looksLike === 'email' ? looksLikeEmail : looksLikePhone) ?? '',
      });
  });
  return hints;
}
