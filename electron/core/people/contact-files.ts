import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ChosenFile as ChosenFileAnswer } from '../../../shared/api/people/contact-import-schemas';
import { InvalidInputError } from '../core-errors';
import type { DialogPort } from '../os-ports';
import { CsvFileError, readCsvTable, suggestMapping } from './import-export/csv-read';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A contacts file read whole, kept in memory under a token so the renderer never names a path. */
export interface ChosenFile {
  kind: 'vcard' | 'csv';
  fileName: string;
  text: string;
}

/** A message as a sentence, so "Nothing was imported." never runs on from it. */
export function sentence(message: string): string {
  const m = message.trim();
  return /[.!?…]$/u.test(m) ? m : `${m}.`;
}

/**
 * Reads a contacts file whole, after checking its size: a byte-order mark says UTF-8,
 * UTF-16LE (Outlook's "Unicode" CSV) or UTF-16BE; without one, UTF-8, falling back to
 * Windows-1252 for old exports that are not.
 */
function readText(file: string): string {
  if (fs.statSync(file).size > MAX_FILE_BYTES) {
    throw new InvalidInputError('file', `${path.basename(file)} is larger than 5 MB; that is not a contacts file Afterword can read.`);
  }
  return decodeText(fs.readFileSync(file));
}

export function decodeText(bytes: Uint8Array): string {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
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
      const text = readText(file);
      const fileName = path.basename(file);
      const token = randomUUID();
      const isVcard = /\.(vcf|vcard)$/iu.test(file) || /^\s*BEGIN:VCARD/iu.test(text.replace(/^\uFEFF/u, ''));
      if (isVcard) {
        chosen.set(token, { kind: 'vcard', fileName, text });
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
      return {
        kind: 'csv' as const,
        token,
        fileName,
        headers: table.headers,
        sample: table.rows.slice(0, 3).map((r) => r.cells),
        suggested: suggestMapping(table.headers),
      };
    },
  };
}

export type ContactFiles = ReturnType<typeof contactFiles>;
