import Papa from 'papaparse';
import { csvTargets, type CsvMapping, type CsvTarget, type ImportedContact } from '../../../../shared/api/people/contact-import-schemas';
import { countryCodeFrom } from '../../../../shared/domain/country-lookup';
import { splitPersonName } from '../../../../shared/domain/person-name';
import { unknownCountryWarning } from './import-warnings';

export class CsvFileError extends Error {}

export interface CsvTable {
  headers: string[];
  /** Data rows with their 1-based line number in the file. */
  rows: Array<{ line: number; cells: string[] }>;
}

/** Parses CSV with papaparse; a malformed file is refused with the line where it went wrong. */
export function readCsvTable(text: string): CsvTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/u, ''), { skipEmptyLines: false });
  const serious = parsed.errors.find((e) => e.type !== 'Delimiter');
  if (serious) {
    const row = typeof serious.row === 'number' ? serious.row + 1 : null;
    throw new CsvFileError(`${row ? `Line ${row}` : 'The file'}: ${serious.message}.`);
  }
  const [headers, ...rest] = parsed.data;
  if (!headers || headers.every((h) => h.trim() === '')) throw new CsvFileError('Line 1 should name the columns, and it is empty.');
  const rows = rest.map((cells, i) => ({ line: i + 2, cells: cells.map((c) => c.trim()) })).filter((r) => r.cells.some((c) => c !== ''));
  return { headers: headers.map((h) => h.trim()), rows };
}

// Column names used by Google Contacts, Outlook, Apple Numbers and people typing their own.
const GUESSES: Record<CsvTarget, RegExp> = {
  fullName: /^(name|full ?name|display ?name|contact|nombre|vollständiger name)$/iu,
  givenName: /^(first ?name|given ?name|vorname|forename)$/iu,
  familyName: /^(last ?name|family ?name|surname|nachname|apellidos?)$/iu,
  title: /^((job )?title|organi[sz]ation 1 - title|position|role)$/iu,
  company: /^(company|organi[sz]ation|organi[sz]ation 1 - name|firma|empresa|employer)$/iu,
  email: /^(e-?mail( address)?|e-?mail 1 - value|work e-?mail|business e-?mail)$/iu,
  phone: /^(phone|telephone|business phone|work phone|mobile( phone)?|phone 1 - value)$/iu,
  street: /^(street|address|business street|address 1 - street|street address|address line 1)$/iu,
  street2: /^(business street 2|address line 2|street 2)$/iu,
  city: /^(city|town|business city|address 1 - city|ort|ciudad)$/iu,
  region: /^(state|region|province|county|business state|address 1 - region)$/iu,
  postalCode: /^(zip|zip ?code|postal ?code|postcode|business postal code|address 1 - postal code|plz)$/iu,
  country: /^(country|country\/region|business country\/region|address 1 - country|land|país)$/iu,
  website: /^(web ?site|web page|url|homepage|website 1 - value)$/iu,
  linkedin: /^(linked ?in|linkedin url)$/iu,
  note: /^(notes?|comments?)$/iu,
};

export function suggestMapping(headers: readonly string[]): CsvMapping {
  const mapping: CsvMapping = {};
  const used = new Set<number>();
  for (const target of csvTargets) {
    const index = headers.findIndex((h, i) => !used.has(i) && GUESSES[target].test(h.trim()));
    if (index >= 0) {
      mapping[target] = index;
      used.add(index);
    }
  }
  return mapping;
}

export function csvToContacts(table: CsvTable, mapping: CsvMapping): ImportedContact[] {
  if (mapping.fullName === undefined && mapping.givenName === undefined && mapping.familyName === undefined) {
    throw new CsvFileError('Choose the column that holds the name (Name, or First name and Last name).');
  }
  return table.rows.map(({ line, cells }) => {
    const get = (t: CsvTarget) => {
      const i = mapping[t];
      return i === undefined ? '' : (cells[i] ?? '');
    };
    const given = get('givenName');
    const family = get('familyName');
    const fullName = get('fullName') || [given, family].filter(Boolean).join(' ');
    if (!fullName) throw new CsvFileError(`Line ${line} has no name.`);
    const split = splitPersonName(fullName);
    const lines = [get('street'), get('street2')]
      .flatMap((l) => l.split(/\r?\n/u))
      .map((l) => l.trim())
      .filter(Boolean);
    const country = countryCodeFrom(get('country'));
    const address = [...lines, get('city'), get('region'), get('postalCode'), get('country')].some(Boolean)
      ? { lines, city: get('city'), region: get('region'), postalCode: get('postalCode'), country }
      : null;
    const warnings = address && get('country') && !country ? [unknownCountryWarning(`Line ${line} (“${fullName}”)`, get('country'))] : [];
    return {
      source: `Line ${line}`,
      fullName,
      givenName: given || split.givenName,
      familyName: family || split.familyName,
      title: get('title'),
      company: get('company'),
      email: get('email'),
      phone: get('phone'),
      address,
      website: get('website'),
      linkedin: get('linkedin'),
      note: get('note'),
      warnings,
    };
  });
}
