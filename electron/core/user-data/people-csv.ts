import Papa from 'papaparse';
import type { Person } from '../../../shared/api/people/schemas';

/**
 * Everyone as a CSV a spreadsheet opens, with the column names contact importers
 * (Afterword's own among them) recognise. Street lines past the second are joined into it.
 */
const COLUMNS: Array<[string, (p: Person) => string]> = [
  ['Name', (p) => p.fullName],
  ['Given name', (p) => p.givenName],
  ['Family name', (p) => p.familyName],
  ['Title', (p) => p.title],
  ['Company', (p) => p.company],
  ['Email', (p) => p.email],
  ['Phone', (p) => p.phone],
  ['Street', (p) => p.address?.lines[0] ?? ''],
  ['Address line 2', (p) => p.address?.lines.slice(1).join(', ') ?? ''],
  ['City', (p) => p.address?.city ?? ''],
  ['Region', (p) => p.address?.region ?? ''],
  ['Postal code', (p) => p.address?.postalCode ?? ''],
  ['Country', (p) => p.address?.country ?? ''],
  ['Website', (p) => p.website],
  ['LinkedIn', (p) => p.linkedin],
];

/**
 * A cell a spreadsheet would run as a formula (=, @, or + and - not followed by a phone
 * number) gets a leading apostrophe, as OWASP advises for CSV files; "+44 20 7946 0000" stays.
 */
const FORMULA = /^(?:[=@\t\r]|[+-](?![\d\s().\-/]*$))/u;

export function peopleToCsv(people: readonly Person[]): string {
  const csv = Papa.unparse(
    { fields: COLUMNS.map(([name]) => name), data: people.map((p) => COLUMNS.map(([, get]) => get(p))) },
    { newline: '\r\n', escapeFormulae: FORMULA },
  );
  // A byte-order mark so Excel reads the file as UTF-8 (José, Łukasz, 王伟), CRLF as RFC 4180 says.
  return `\uFEFF${csv}\r\n`;
}
