/** `npm run bench`: runs every bench/*.bench.ts and prints one line per benchmark. `npm run bench -- scale` runs the files whose name holds "scale". */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { measure, type Benchmark, type Report } from './harness';

const dir = __dirname;
const only = process.argv[2];
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();

async function run(file: string, b: Benchmark): Promise<boolean> {
  const m = await measure(await b.setup(), b.timing);
  let line = `${file.replace('.bench.ts', '')} › ${b.name}: ${m.msPerIteration.toFixed(3)} ms per ${b.unit} (CPU ${m.cpuMsPerIteration.toFixed(3)} ms; ${m.iterations} runs)`;
  let failed = false;
  if (b.baseline) {
    const base = await measure(await b.baseline.setup(), b.timing);
    const ratio = m.msPerIteration / base.msPerIteration;
    line += `; baseline "${b.baseline.name}" ${base.msPerIteration.toFixed(3)} ms (CPU ${base.cpuMsPerIteration.toFixed(3)} ms), ratio ${ratio.toFixed(3)}`;
    if (b.targetRatio !== undefined) {
      const within = ratio <= b.targetRatio;
      failed ||= !within;
      line += `; target ratio ≤ ${b.targetRatio}: ${within ? 'met' : 'MISSED'}`;
    }
  }
  if (b.targetMs !== undefined) {
    const within = m.msPerIteration <= b.targetMs;
    failed ||= !within;
    line += `; target ${b.targetMs} ms: ${within ? 'met' : 'MISSED'}`;
  }
  await b.teardown?.();
  console.log(line);
  return failed;
}

async function main(): Promise<boolean> {
  let failed = false;
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as {
      benchmarks?: Benchmark[];
      reports?: Report[];
      report?: () => Promise<{ lines: string[]; failed: boolean }>;
    };
    for (const r of mod.reports ?? []) console.log(`${file.replace('.bench.ts', '')} › ${r.name}:\n  ${await r.run()}`);
    // A benchmark that measures more than time (accuracy, memory) prints its own report.
    if (mod.report) {
      const { lines, failed: missed } = await mod.report();
      for (const line of lines) console.log(line);
      failed ||= missed;
    }
    for (const b of mod.benchmarks ?? []) failed = (await run(file, b)) || failed;
  }
  return failed;
}

void main().then(
  (failed) => {
    process.exitCode = failed ? 1 : 0;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
