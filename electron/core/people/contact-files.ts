import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ChosenFile as ChosenFileAnswer } from '../../../shared/api/people/contact-import-schemas';
import { InvalidInputError } from '../core-errors';
import type { DialogPort } from '../os-ports';
import { suggestMapping, unmappedHints } from './import-export/csv-columns';
import { CsvFileError, readCsvTable } from './import-export/csv-read';
import { decodeText, vcardFileText, type FileText } from './import-export/file-text';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * A contacts file read whole, kept in memory under a token so the renderer never names a
 * path. A vCard is kept byte for byte, so each value is decoded in the CHARSET its card names.
 */
export type ChosenFile = { kind: 'vcard'; fileName: string; file: FileText } | { kind: 'csv'; fileName: string; text: string };

/** A message as a sentence, so "Nothing was imported." never runs on from it. */
export function sentence(message: string): string {
  const m = message.trim();
  return /[.!?…]$/u.test(m) ? m : `${m}.`;
}

/** Reads a contacts file whole, after checking its size. */
function readBytes(file: string): Uint8Array {
  if (fs.statSync(file).size > MAX_FILE_BYTES) {
    throw new InvalidInputError('file', `${path.basename(file)} is larger than 5 MB; that is not a contacts file Afterword can read.`);
  }
  return fs.readFileSync(file);
}

/** The files chosen for import, by token; the preview and the import read the same content. */
export function contactFiles(dialogs: DialogPort) {
  const chosen = new Map<string, ChosenFile>();
  return {
    get: (token: string): ChosenFile | undefined => chosen.get(token),
    forget: (token: string): void => void chosen.delete(token),
    /** Asks for a .vcf or .csv file; a CSV answers with its columns to map. */
    async choose(): Promise<ChosenFileAnswer> {
      const files = await dialogs.showOpenDialog({
        title: 'Import contacts',
        filters: [
          { name: 'Contacts (vCard or CSV)', extensions: ['vcf', 'vcard', 'csv'] },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      const file = files?.[0];
      if (!file) return { kind: 'cancelled' as const };
      const bytes = readBytes(file);
      const text = decodeText(bytes);
      const fileName = path.basename(file);
      const token = randomUUID();
      const isVcard = /\.(vcf|vcard)$/iu.test(file) || /^\s*BEGIN:VCARD/iu.test(text.replace(/^\uFEFF/u, ''));
      if (isVcard) {
        chosen.set(token, { kind: 'vcard', fileName, file: vcardFileText(bytes) });
        return { kind: 'vcard' as const, token, fileName };
      }
      let table;
      try {
        table = readCsvTable(text);
      } catch (error) {
        if (error instanceof CsvFileError) throw new InvalidInputError('file', `${fileName}: ${sentence(error.message)} Nothing was imported.`);
        throw error;
      }
      chosen.set(token, { kind: 'csv', fileName, text });
      const suggested = suggestMapping(table.headers);
      return {
        kind: 'csv' as const,
        token,
        fileName,
        headers: table.headers,
        sample: table.rows.slice(0, 3).map((r) => r.cells),
        suggested,
        hints: unmappedHints(
          table.headers,
          table.rows.map((r) => r.cells),
          suggested,
        ),
      };
    },
  };
}

export type ContactFiles = ReturnType<typeof contactFiles>;
