/**
 * Business-card reading accuracy and speed, on a corpus generated here: 60 cards (six
 * layouts, nine typefaces, six colour schemes, accented names, twelve countries' phones
 * and addresses), each as a clean 300 dpi render and as a phone photo (on a desk, turned up
 * to 8°, slanted, blurred, unevenly lit, noisy, JPEG quality 50). Afterword's pipeline
 * (sharp preparation + tesseract.js in a worker + the field parser) is compared with
 * Debian's `tesseract` command on the same files, its words fed to the same parser.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createCardScanner } from '../electron/core/people/card-scan/card-scanner';
import { createOcrEngine } from '../electron/core/people/card-scan/ocr-engine';
import type { CardReading, OcrLine, OcrPage } from '../shared/card-scan/card-reading';
import { readCardFields } from '../shared/card-scan/read-card-fields';
import { cardTruth, type CardTruth } from '../tests/unit/helpers/business-cards/card-people';
import { renderCard } from '../tests/unit/helpers/business-cards/card-render';
import { SCORED_FIELDS, scoreReading, type ScoredField } from '../tests/unit/helpers/business-cards/card-score';
import { phonePhoto } from '../tests/unit/helpers/business-cards/phone-photo';

const run = promisify(execFile);
const CARDS = Number(process.env.CARD_BENCH_CARDS ?? 60);
const HOME = 'US';

const TARGETS: Partial<Record<ScoredField, number>> = { email: 0.95, phones: 0.95, name: 0.9, title: 0.85, company: 0.85, address: 0.8 };

/** Debian's tesseract on a file: its TSV words grouped into lines, as the parser reads them. */
async function cliPage(file: string): Promise<OcrPage> {
  const { stdout } = await run('tesseract', [file, '-', '--psm', '11', '-l', 'eng+deu+fra', 'tsv'], { maxBuffer: 1 << 24 });
  const lines = new Map<string, OcrLine>();
  let width = 0;
  let height = 0;
  for (const row of stdout.split('\n').slice(1)) {
    const c = row.split('\t');
    if (c.length < 12) continue;
    const [level, , block, par, line, , left, top, w, h, conf, ...rest] = c;
    const text = rest.join('\t').trim();
    if (level === '1') {
      width = Number(w);
      height = Number(h);
    }
    if (level !== '5' || text === '') continue;
    const box = { x0: Number(left), y0: Number(top), x1: Number(left) + Number(w), y1: Number(top) + Number(h) };
    const key = `${block}.${par}.${line}`;
    const l = lines.get(key) ?? { text: '', confidence: 0, box: { ...box }, words: [] };
    l.words.push({ text, confidence: Number(conf), box });
    l.text = l.words.map((x) => x.text).join(' ');
    l.box = { x0: Math.min(l.box.x0, box.x0), y0: Math.min(l.box.y0, box.y0), x1: Math.max(l.box.x1, box.x1), y1: Math.max(l.box.y1, box.y1) };
    l.confidence = l.words.reduce((s, x) => s + x.confidence, 0) / l.words.length;
    lines.set(key, l);
  }
  return { width, height, lines: [...lines.values()] };
}

interface Tally {
  right: Record<ScoredField, number>;
  ms: number[];
  cpuMs: number[];
  failed: number;
}
const tally = (): Tally => ({ right: Object.fromEntries(SCORED_FIELDS.map((f) => [f, 0])) as Record<ScoredField, number>, ms: [], cpuMs: [], failed: 0 });

/**
 * CPU time used so far by this process (all its threads, the OCR worker's included) and by
 * the child processes it has waited for (the tesseract command), in ms: on a shared machine
 * wall time says as much about the neighbours as about the reader.
 */
function cpuMs(): number {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // utime, stime, cutime, cstime: fields 14–17 of stat(5), counted from after the name.
    return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) * 10;
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
}

function count(t: Tally, reading: CardReading | null, truth: CardTruth, ms: number, cpu: number) {
  t.ms.push(ms);
  t.cpuMs.push(cpu);
  if (!reading) return void (t.failed += 1);
  const s = scoreReading(reading, truth);
  for (const f of SCORED_FIELDS) if (s[f]) t.right[f] += 1;
}

const pct = (n: number) => `${((100 * n) / CARDS).toFixed(0)} %`.padStart(6);
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;

export async function report(): Promise<{ lines: string[]; failed: boolean }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterword-card-bench-'));
  const corpus: Array<{ truth: CardTruth; clean: string; photo: string }> = [];
  for (let seed = 0; seed < CARDS; seed++) {
    const truth = cardTruth(seed);
    const png = (await renderCard(truth)).png;
    const clean = path.join(dir, `card-${seed}.png`);
    const photo = path.join(dir, `card-${seed}-photo.jpg`);
    fs.writeFileSync(clean, png);
    fs.writeFileSync(photo, (await phonePhoto(png, seed)).jpeg);
    corpus.push({ truth, clean, photo });
  }
  const engine = createOcrEngine();
  const scanner = createCardScanner(engine, () => HOME);
  // Warm: the engine starts on the first card, as in the app.
  await scanner.scan(fs.readFileSync(corpus[0]!.clean), 'warm-up');

  const results: Record<string, Tally> = { 'afterword clean': tally(), 'afterword photo': tally(), 'tesseract clean': tally(), 'tesseract photo': tally() };
  for (const kind of ['photo', 'clean'] as const) {
    for (const c of corpus) {
      const t0 = performance.now();
      const c0 = cpuMs();
      // A refused photo counts as every field wrong.
      const reading: CardReading | null = await scanner.scan(fs.readFileSync(c[kind]), path.basename(c[kind])).then(
        (r) => r.reading,
        () => null,
      );
      count(results[`afterword ${kind}`]!, reading, c.truth, performance.now() - t0, cpuMs() - c0);
    }
  }
  await engine.close();
  let haveCli = true;
  try {
    await run('tesseract', ['--version']);
  } catch {
    haveCli = false;
  }
  if (haveCli) {
    for (const kind of ['photo', 'clean'] as const) {
      for (const c of corpus) {
        const t0 = performance.now();
        const c0 = cpuMs();
        const reading = readCardFields(await cliPage(c[kind]), { homeCountry: HOME });
        count(results[`tesseract ${kind}`]!, reading, c.truth, performance.now() - t0, cpuMs() - c0);
      }
    }
  }
  // Memory in a process of its own, reading the first ten photos: the corpus generator's buffers are no part of what the app uses.
  const child = await run(
    process.execPath,
    [...process.execArgv, path.join(__dirname, 'card-scan-memory.child.ts'), ...corpus.slice(0, 10).map((c) => c.photo)],
    {
      maxBuffer: 1 << 20,
    },
  );
  const { peakRssBytes: peakTen } = JSON.parse(child.stdout) as { peakRssBytes: number };
  const base = await run(process.execPath, [...process.execArgv, path.join(__dirname, 'card-scan-memory.child.ts')]);
  const { peakRssBytes: peakNone } = JSON.parse(base.stdout) as { peakRssBytes: number };
  fs.rmSync(dir, { recursive: true, force: true });

  const lines: string[] = [];
  const columns = Object.keys(results).filter((k) => haveCli || k.startsWith('afterword'));
  lines.push(`card-scan › ${CARDS} generated cards, exact per field (phones as E.164 sets, emails lower-cased):`);
  lines.push(`  ${'field'.padEnd(12)}${columns.map((k) => k.padStart(17)).join('')}   target (photo)`);
  let failed = false;
  for (const f of SCORED_FIELDS) {
    const target = TARGETS[f];
    const photo = results['afterword photo']!.right[f] / CARDS;
    const met = target === undefined ? '' : `${(target * 100).toFixed(0)} % ${photo >= target ? 'met' : 'MISSED'}`;
    if (target !== undefined && photo < target) failed = true;
    lines.push(`  ${f.padEnd(12)}${columns.map((k) => pct(results[k]!.right[f]).padStart(17)).join('')}   ${met}`);
  }
  lines.push(`  ${'refused'.padEnd(12)}${columns.map((k) => String(results[k]!.failed).padStart(17)).join('')}`);
  lines.push(
    `  ${'ms/card (median)'.padEnd(12)}${columns
      .map((k) =>
        median(results[k]!.ms)
          .toFixed(0)
          .padStart(17 - (k === columns[0] ? 4 : 0)),
      )
      .join('')}   target ≤ 2000 ms warm`,
  );
  lines.push(
    `  ${'CPU ms/card (median)'.padEnd(12)}${columns
      .map((k, i) =>
        median(results[k]!.cpuMs)
          .toFixed(0)
          .padStart(i === 0 ? 9 : 17),
      )
      .join('')}`,
  );
  if (haveCli) {
    const ratio = median(results['afterword photo']!.ms) / median(results['tesseract photo']!.ms);
    const cpuRatio = median(results['afterword photo']!.cpuMs) / median(results['tesseract photo']!.cpuMs);
    lines.push(`  time ratio afterword/tesseract (photos, median): ${ratio.toFixed(2)} wall, ${cpuRatio.toFixed(2)} CPU`);
  } else lines.push("  (baseline skipped: Debian's tesseract command is not installed: apt-get install tesseract-ocr tesseract-ocr-deu tesseract-ocr-fra)");
  lines.push(
    `  peak RSS of a process reading ten photos: ${(peakTen / 1e6).toFixed(0)} MB (target < 400 MB); the same process reading none: ${(peakNone / 1e6).toFixed(0)} MB`,
  );
  const slow = median(results['afterword photo']!.ms) > 2000 || peakTen > 400e6;
  return { lines, failed: failed || slow };
}
