/**
 * A tiny benchmark harness: each *.bench.ts file in bench/ exports `benchmarks`, and
 * run.ts runs them all. Every benchmark is timed against a baseline measured in the same
 * run on the same machine, so the ratio means something where the absolute time does not.
 * A workload may be asynchronous (a call through the core's dispatch, a page in a browser).
 */
/** One iteration. A workload that times itself (a click until the page answers) returns the milliseconds it measured. */
export type Workload = (iteration: number) => void | number | Promise<void | number>;

export interface Timing {
  /** How long one round runs at least (100 ms unless said). */
  minRoundMs?: number;
  /** Rounds timed; the median is kept (7 unless said). */
  rounds?: number;
  /** Warm-up before timing (200 ms unless said). */
  warmMs?: number;
}

export interface Benchmark {
  name: string;
  /** What one iteration does, in words, for the report. */
  unit: string;
  /** Called once before timing; returns the function to time. */
  setup(): Workload | Promise<Workload>;
  /** The reference workload the ratio is taken against. */
  baseline?: { name: string; setup(): Workload | Promise<Workload> };
  /** The budget per iteration in milliseconds, when there is one. */
  targetMs?: number;
  /** The most the ratio to the baseline may be, when there is such a target. */
  targetRatio?: number;
  timing?: Timing;
  /** Called once after both are timed: closes what setup opened. */
  teardown?(): void | Promise<void>;
}

export interface Measurement {
  /** Wall-clock time: what a person waits. */
  msPerIteration: number;
  /** This process's CPU time: the work itself, steadier when other programs load the machine. */
  cpuMsPerIteration: number;
  iterations: number;
}

/** Warms up, then times rounds of iterations and keeps the median round. */
export async function measure(fn: Workload, { minRoundMs = 100, rounds = 7, warmMs = 200 }: Timing = {}): Promise<Measurement> {
  let i = 0;
  const warmUntil = performance.now() + warmMs;
  do await fn(i++);
  while (performance.now() < warmUntil);
  const timed = async (): Promise<number> => {
    const start = performance.now();
    const own = await fn(i++);
    return typeof own === 'number' ? own : performance.now() - start;
  };
  const perRound: number[] = [];
  const cpuPerRound: number[] = [];
  let total = 0;
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const cpuStart = process.cpuUsage();
    let elapsed = 0;
    do {
      elapsed += await timed();
      n++;
    } while (elapsed < minRoundMs);
    const cpu = process.cpuUsage(cpuStart);
    perRound.push(elapsed / n);
    cpuPerRound.push((cpu.user + cpu.system) / 1000 / n);
    total += n;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { msPerIteration: median(perRound), cpuMsPerIteration: median(cpuPerRound), iterations: total };
}
