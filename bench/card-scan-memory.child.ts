/**
 * The memory part of the card benchmark, in a process of its own: what reading cards costs
 * the app, without the corpus generator's buffers in the same heap. Reads the photos named
 * on the command line one after another, as the app does, and prints the kernel's peak
 * resident size for the whole process (main thread, OCR worker thread, sharp) as JSON.
 */
import fs from 'node:fs';
import { createCardScanner } from '../electron/core/people/card-scan/card-scanner';
import { createOcrEngine } from '../electron/core/people/card-scan/ocr-engine';

async function main() {
  const engine = createOcrEngine();
  const scanner = createCardScanner(engine, () => 'US');
  let read = 0;
  for (const file of process.argv.slice(2)) {
    await scanner.scan(fs.readFileSync(file), file).then(
      () => (read += 1),
      () => undefined,
    );
  }
  await engine.close();
  // maxRSS is in kilobytes.
  process.stdout.write(JSON.stringify({ read, peakRssBytes: process.resourceUsage().maxRSS * 1024 }));
}
void main();
