import fs from 'node:fs';
import path from 'node:path';
import type { Person } from '../../../shared/api/people/schemas';
import type { ExportFile } from '../../../shared/api/user-data/export-file';
import { peopleToVcards } from '../people/import-export/vcard-write';
import { peopleToCsv } from './people-csv';

/** Written beside the file, then renamed over it: a crash leaves the old file or the new, never half of one. */
function writeWhole(file: string, text: string): void {
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, text, 'utf8');
  const fd = fs.openSync(partial, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(partial, file);
}

/**
 * The export where the person chose to save it, and beside it everyone as a .vcf (address
 * books) and a .csv (spreadsheets), named after it: "Afterword 2026-03-14.json",
 * "Afterword 2026-03-14 people.vcf", "Afterword 2026-03-14 people.csv".
 */
export function writeExportFiles(chosen: string, file: ExportFile, people: readonly Person[]): string[] {
  const json = /\.json$/iu.test(chosen) ? chosen : `${chosen}.json`;
  const stem = json.replace(/\.json$/iu, '');
  const vcf = `${stem} people.vcf`;
  const csv = `${stem} people.csv`;
  fs.mkdirSync(path.dirname(json), { recursive: true });
  writeWhole(json, `${JSON.stringify(file, null, 2)}\n`);
  writeWhole(vcf, peopleToVcards([...people]));
  writeWhole(csv, peopleToCsv(people));
  return [json, vcf, csv];
}
