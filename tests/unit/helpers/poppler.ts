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
    const decoded = m[5]!
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'");
    words.push({ page, text: decoded, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
  }
  return words;
}

/** Page 1 rendered at 72 dpi in grey (1 pixel = 1 pt): for checking where ink lands. */
export function grayPage(file: string, page = 1): { width: number; height: number; dark(x: number, y: number, below?: number): boolean } {
  const pgm = execFileSync('pdftoppm', ['-r', '72', '-gray', '-f', String(page), '-l', String(page), file], { encoding: 'latin1' });
  const m = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm);
  if (!m) throw new Error('pdftoppm did not give a PGM image');
  const width = Number(m[1]);
  const height = Number(m[2]);
  const pixels = Buffer.from(pgm.slice(m[0].length), 'latin1');
  return { width, height, dark: (x, y, below = 128) => (pixels[Math.floor(y) * width + Math.floor(x)] ?? 255) < below };
}
