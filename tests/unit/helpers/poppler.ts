import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp-dir';

/** A PDF written to a temp file so poppler's tools can read it, as a printer or viewer would. */
export function pdfFile(bytes: Buffer | Uint8Array, name = 'out.pdf'): string {
  const file = path.join(tempDir('afterword-pdf-'), name);
  fs.writeFileSync(file, bytes);
  return file;
}

export function pdfText(file: string, ...args: string[]): string {
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
}

export interface PdfInfo {
  pages: number;
  /** Size of each page in points. */
  sizes: Array<{ width: number; height: number }>;
}

export function pdfInfo(file: string): PdfInfo {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
  const sizes = [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  return { pages, sizes };
}

export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its box in points (origin top left), from `pdftotext -bbox`. */
export function pdfWords(file: string): Word[] {
  const html = pdfText(file, '-bbox');
  const words: Word[] = [];
  let page = -1;
  for (const m of html.matchAll(/<page [^>]*>|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[0].startsWith('<page')) {
      page++;
      continue;
    }
    const decoded = m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
    words.push({ page, text: decoded, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
  }
  return words;
}
