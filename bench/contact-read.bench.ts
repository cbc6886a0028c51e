import type { Benchmark } from './harness';
import { readVcards } from '../electron/core/people/import-export/vcard-read';

/**
 * Reading contact files of about 1 MB: hostile shapes (a line of a million
 * semicolons, a quoted-printable value with a hundred thousand soft line breaks, a value of
 * backslashes) against a plain file of cards of the same size. A ratio near 1 means the
 * reader stays linear whatever the file; one that grows with the size would mean a file can
 * hang the import.
 */
const SIZE = 1_000_000;
const card = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\nEMAIL:jane.doe@example.com\r\nTEL:+1 555 0100\r\nEND:VCARD\r\n';
const plain = card.repeat(Math.ceil(SIZE / card.length));
const wrap = (body: string) => `BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\n${body}\r\nEND:VCARD\r\n`;
const hostile: Record<string, string> = {
  'a line of semicolons': wrap(`TEL${';'.repeat(SIZE)}:1`),
  'quoted-printable soft line breaks': wrap(`NOTE;ENCODING=QUOTED-PRINTABLE:${'=41=\r\n'.repeat(SIZE / 6)}B`),
  'a value of backslashes': wrap(`ADR:${'\\'.repeat(SIZE)}`),
};

const baseline = { name: `plain cards, ${(plain.length / 1e6).toFixed(2)} MB`, setup: () => () => void readVcards(plain) };

export const benchmarks: Benchmark[] = Object.entries(hostile).map(([name, text]) => ({
  name: `${name} (${(text.length / 1e6).toFixed(2)} MB)`,
  unit: 'file read',
  setup: () => () => void readVcards(text),
  baseline,
}));
