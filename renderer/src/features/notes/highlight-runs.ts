import type { Finding, Severity } from '../../../../shared/notes/finding';

export interface Run {
  text: string;
  severity: Severity | null;
}

const rank: Record<Severity, number> = { info: 1, warning: 2, error: 3 };
const byRank: Array<Severity | null> = [null, 'info', 'warning', 'error'];

/** Cuts the text into runs, each marked with the most serious finding that covers it. */
export function highlightRuns(text: string, findings: Finding[]): Run[] {
  const level = new Uint8Array(text.length);
  for (const f of findings) {
    if (!f.span) continue;
    const r = rank[f.severity];
    for (let i = Math.max(0, f.span.start); i < Math.min(text.length, f.span.end); i++) if (level[i]! < r) level[i] = r;
  }
  const runs: Run[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || level[i] !== level[start]) {
      runs.push({ text: text.slice(start, i), severity: byRank[level[start] ?? 0] ?? null });
      start = i;
    }
  }
  return runs;
}
