import type { BackupHolds, BackupInfo, BackupKind } from '../../../../shared/api/backups/schemas';

const KIND: Record<BackupKind, string> = {
  automatic: 'Automatic',
  manual: 'Backed up by you',
  'before-migration': 'Before an update',
  'before-restore': 'Before a restore',
  'before-import': 'Before an import',
  'before-delete': 'Before deleting all data',
  'from-file': 'Restored from a file',
};

export const kindLabel = (kind: BackupKind): string => KIND[kind];

const minute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const second = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * When, in the person's own words for dates and times: to the minute, or to the second when
 * another backup in `among` was taken in the same minute (a restore's "before" copy and the
 * backup restored are often a minute apart or less), so no two read the same.
 */
export function takenAtText(backup: Pick<BackupInfo, 'takenAt'>, among: ReadonlyArray<Pick<BackupInfo, 'takenAt'>> = []): string {
  const at = new Date(backup.takenAt);
  const text = minute.format(at);
  const twin = among.some((b) => b.takenAt !== backup.takenAt && minute.format(new Date(b.takenAt)) === text);
  return twin ? second.format(at) : text;
}

export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function holdsText(holds: BackupHolds | null): string {
  if (!holds) return '';
  return `${plural(holds.opportunities, 'opportunity', 'opportunities')}, ${plural(holds.people, 'person', 'people')}, ${plural(holds.notes, 'note', 'notes')}`;
}

/** The backup in one phrase: "the backup of 14 Mar 2026, 10:22 (3 opportunities, 12 people, 20 notes)". */
export function backupPhrase(backup: BackupInfo, among: readonly BackupInfo[] = []): string {
  const holds = holdsText(backup.holds);
  return `the backup of ${takenAtText(backup, among)}${holds ? ` (${holds})` : ''}`;
}
