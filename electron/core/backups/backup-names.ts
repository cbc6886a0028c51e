import { backupKinds, type BackupKind } from '../../../shared/api/backups/schemas';

/**
 * A backup's file name says when it was taken and why, so the folder can be read by a person
 * (and sorted by name) and nothing else needs to be kept beside it:
 * afterword-2026-03-14T09-26-53.589Z-automatic.sqlite (UTC; ':' is not allowed on Windows).
 */
const NAME = /^afterword-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})\.(\d{3})Z-([a-z-]+)\.sqlite$/u;

export interface BackupName {
  name: string;
  kind: BackupKind;
  takenAt: Date;
}

export function backupFileName(kind: BackupKind, takenAt: Date): string {
  const stamp = takenAt.toISOString().replace(/:/gu, '-');
  return `afterword-${stamp}-${kind}.sqlite`;
}

/** The backup a file name stands for, or null for any other file (partial copies included). */
export function parseBackupName(name: string): BackupName | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const kind = backupKinds.find((k) => k === m[6]);
  if (!kind) return null;
  const takenAt = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  if (Number.isNaN(takenAt.getTime()) || backupFileName(kind, takenAt) !== name) return null;
  return { name, kind, takenAt };
}
