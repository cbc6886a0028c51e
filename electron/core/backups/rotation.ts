import type { BackupKind } from '../../../shared/api/backups/schemas';
import type { BackupName } from './backup-names';

/**
 * How many of each kind are kept. Automatic backups (once a day and at every quit) are thinned
 * the way restic's `forget --keep-daily 7 --keep-weekly 4` thins snapshots: the newest of each
 * of the 7 latest days that have one, and the newest of each of the 4 latest weeks; a backup
 * either rule keeps stays. Every other kind keeps its latest few.
 */
export const KEEP = {
  automaticDays: 7,
  automaticWeeks: 4,
  latest: {
    manual: 10,
    'before-migration': 3,
    'before-restore': 3,
    'before-import': 3,
    'before-delete': 3,
    'from-file': 3,
  } satisfies Record<Exclude<BackupKind, 'automatic'>, number>,
};

const DAY_MS = 24 * 60 * 60 * 1000;

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** ISO 8601 week (Monday first), in UTC as the file names are. */
function weekOf(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The newest backup in each of the first `buckets` buckets, newest first. */
function newestPerBucket(newestFirst: readonly BackupName[], bucketOf: (d: Date) => string, buckets: number): BackupName[] {
  const kept: BackupName[] = [];
  const seen = new Set<string>();
  for (const b of newestFirst) {
    const bucket = bucketOf(b.takenAt);
    if (seen.has(bucket)) continue;
    if (seen.size === buckets) break;
    seen.add(bucket);
    kept.push(b);
  }
  return kept;
}

/** The backups rotation takes away; `keep` (the one just made and checked) always stays. */
export function backupsToRemove(backups: readonly BackupName[], keep: string): BackupName[] {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const kept = new Set<string>([keep]);
  const automatic = newestFirst.filter((b) => b.kind === 'automatic');
  for (const b of newestPerBucket(automatic, dayOf, KEEP.automaticDays)) kept.add(b.name);
  for (const b of newestPerBucket(automatic, weekOf, KEEP.automaticWeeks)) kept.add(b.name);
  for (const [kind, count] of Object.entries(KEEP.latest)) {
    for (const b of newestFirst.filter((x) => x.kind === kind).slice(0, count)) kept.add(b.name);
  }
  return newestFirst.filter((b) => !kept.has(b.name));
}
