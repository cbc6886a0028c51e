/**
 * A tiny benchmark harness: each *.bench.ts file in bench/ exports `benchmarks`, and
 * run.ts runs them all. Every benchmark is timed against a baseline measured in the same
 * run on the same machine, so the ratio means something where the absolute time does not.
 */
export interface Benchmark {
  name: string;
  /** What one iteration does, in words, for the report. */
  unit: string;
  /** Called once before timing; returns the function to time. */
  setup(): (iteration: number) => void;
  /** The reference workload the ratio is taken against. */
  baseline?: { name: string; setup(): (iteration: number) => void };
  /** The budget per iteration in milliseconds, when there is one. */
  targetMs?: number;
}

/**
 * A measurement that is not a loop of one function (work that runs alongside other work,
 * say): it runs once, takes its own baseline in the same run, and answers with its lines.
 */
export interface Report {
  name: string;
  run(): Promise<string>;
}

export interface Measurement {
  /** Wall-clock time: what a person waits. */
  msPerIteration: number;
  /** This process's CPU time: the work itself, steadier when other programs load the machine. */
  cpuMsPerIteration: number;
  iterations: number;
}

/** Warms up, then times rounds of iterations and keeps the median round. */
export function measure(fn: (iteration: number) => void, { minRoundMs = 100, rounds = 7 } = {}): Measurement {
  let i = 0;
  const warmUntil = performance.now() + 200;
  while (performance.now() < warmUntil) fn(i++);
  const perRound: number[] = [];
  const cpuPerRound: number[] = [];
  let total = 0;
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    let elapsed: number;
    do {
      fn(i++);
      n++;
      elapsed = performance.now() - start;
    } while (elapsed < minRoundMs);
    const cpu = process.cpuUsage(cpuStart);
    perRound.push(elapsed / n);
    cpuPerRound.push((cpu.user + cpu.system) / 1000 / n);
    total += n;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { msPerIteration: median(perRound), cpuMsPerIteration: median(cpuPerRound), iterations: total };
}
