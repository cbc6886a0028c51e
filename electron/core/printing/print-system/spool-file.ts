import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The name of the file handed to the print system for one job. The user never sees it (the
 * readable title travels as the job's title), so it is kept to ASCII letters, digits and
 * '-': CUPS 2.4.2's scheduler crashes on a submitted file whose name holds a space, and
 * SumatraPDF on Windows shows the path as the document's name. The ASCII part of the title
 * stays in it so a job is still recognisable in a print spooler's list.
 */
export function spoolFileName(title: string, id: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const tag = id.replace(/[^A-Za-z0-9-]/g, '').slice(0, 64) || 'job';
  return `afterword-${slug ? `${slug}-` : ''}${tag}.pdf`;
}

/** Writes the PDF to a private temporary folder under its spool name, runs `use`, then removes it. */
export async function withSpoolFile<T>(bytes: Uint8Array, title: string, id: string, use: (file: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterword-print-'));
  const file = path.join(dir, spoolFileName(title, id));
  try {
    fs.writeFileSync(file, bytes);
    return await use(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A job title the print system keeps whole: one line, at most 120 characters. */
export function jobTitle(title: string): string {
  const line = title.replace(/\p{Cc}+/gu, ' ').trim();
  const chars = Array.from(line);
  return chars.length <= 120 ? line : `${chars.slice(0, 119).join('').trimEnd()}…`;
}
