import Papa from 'papaparse';
import type { CsvMapping, CsvTarget } from '../../../../shared/api/people/contact-import-schemas';
import { countryCodeFrom } from '../../../../shared/domain/country-lookup';
import { splitPersonName } from '../../../../shared/domain/person-name';
import { quoted } from '../../../../shared/domain/excerpt';
import type { FileRead } from './contact-read';
import { knownColumnCount } from './csv-columns';
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
  // LinkedIn's Connections.csv starts with a "Notes:" paragraph; the column names come after it.
  const firstRows = parsed.data.slice(0, 10);
  const named = firstRows.findIndex((cells) => knownColumnCount(cells) >= 2);
  const headerIndex = named >= 0 ? named : parsed.data.findIndex((cells) => cells.some((c) => c.trim() !== ''));
  const headers = parsed.data[headerIndex];
  if (!headers || headers.every((h) => h.trim() === '')) throw new CsvFileError('Line 1 should name the columns, and it is empty.');
  const rows = parsed.data
    .slice(headerIndex + 1)
    .map((cells, i) => ({ line: headerIndex + i + 2, cells: cells.map((c) => c.trim()) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  return { headers: headers.map((h) => h.trim()), rows };
}

/**
 * One contact per row. A row with neither a name nor an email address is left out with
 * that reason; the rest are read.
 */
export function csvToContacts(table: CsvTable, mapping: CsvMapping): FileRead {
  if (mapping.fullName === undefined && mapping.givenName === undefined && mapping.familyName === undefined && mapping.email === undefined) {
    throw new CsvFileError('Choose the column that holds the name (Name, or First name and Last name).');
  }
  const result: FileRead = { read: [], leftOut: [], notes: [] };
  for (const { line, cells } of table.rows) {
    const get = (t: CsvTarget) => {
      const i = mapping[t];
      return i === undefined ? '' : (cells[i] ?? '');
    };
    const given = get('givenName');
    const family = get('familyName');
    let fullName = get('fullName') || [given, family].filter(Boolean).join(' ');
    const source = `Line ${line}`;
    const warnings: string[] = [];
    if (!fullName && get('email')) {
      fullName = get('email');
      warnings.push(
        `${source} (${quoted(fullName)}): the row has no name, so it is imported under its email address. Type the name on the person's card after importing.`,
      );
    }
    if (!fullName) {
      result.leftOut.push({ source, where: source, reason: 'It has no name and no email address, so there is nobody to import.' });
      continue;
    }
    const split = splitPersonName(fullName);
    const lines = [get('street'), get('street2')]
      .flatMap((l) => l.split(/\r?\n/u))
      .map((l) => l.trim())
      .filter(Boolean);
    const country = countryCodeFrom(get('country'));
    const address = [...lines, get('city'), get('region'), get('postalCode'), get('country')].some(Boolean)
      ? { lines, city: get('city'), region: get('region'), postalCode: get('postalCode'), country }
      : null;
    // Google's export keeps a LinkedIn profile among the websites.
    const website = get('website');
    const websiteIsLinkedin = get('linkedin') === '' && /linkedin\.com/iu.test(website);
    if (address && get('country') && !country) warnings.push(unknownCountryWarning(`${source} (${quoted(fullName)})`, get('country')));
    result.read.push({
      card: `${source} (${quoted(fullName)})`,
      photo: null,
      contact: {
        source,
        fullName,
        givenName: given || (fullName === get('email') ? '' : split.givenName),
        familyName: family || (fullName === get('email') ? '' : split.familyName),
        title: get('title'),
        company: get('company'),
        email: get('email'),
        phone: get('phone'),
        address,
        website: websiteIsLinkedin ? '' : website,
        linkedin: websiteIsLinkedin ? website : get('linkedin'),
        note: get('note'),
        warnings,
      },
    });
  }
  return result;
}
