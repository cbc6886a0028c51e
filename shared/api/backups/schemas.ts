import { z } from 'zod';

/**
 * Why a backup was taken: automatically (once a day and at every quit), by the person ("Back
 * up now"), or just before something that changes everything (an update of the data's
 * format, a restore, an import, deleting all data), so that step can be undone; or copied in
 * from a file the person chose to restore (a backup kept on another drive).
 */
export const backupKinds = ['automatic', 'manual', 'before-migration', 'before-restore', 'before-import', 'before-delete', 'from-file'] as const;
export const backupKind = z.enum(backupKinds);
export type BackupKind = z.infer<typeof backupKind>;

/** A backup's file name as Afterword writes it; nothing else (no folder, no other file) is accepted. */
export const backupName = z
  .string({ error: 'Backup must be the name of a backup' })
  .max(120)
  .regex(/^afterword-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z-[a-z-]+\.sqlite$/u, { message: 'Backup must be the name of a backup' });

/** What a backup holds, counted when the folder is listed. */
export const backupHolds = z.object({
  opportunities: z.number().int(),
  people: z.number().int(),
  notes: z.number().int(),
});
export type BackupHolds = z.infer<typeof backupHolds>;

export const backupInfo = z.object({
  name: z.string(),
  kind: backupKind,
  /** ISO 8601, UTC. */
  takenAt: z.string(),
  bytes: z.number().int(),
  /** Null when the file cannot be read; `problem` then says why. */
  holds: backupHolds.nullable(),
  /** The data version inside (PRAGMA user_version); null when unreadable. */
  schemaVersion: z.number().int().nullable(),
  /** Why this backup cannot be restored (damaged, not SQLite, from a newer Afterword); null when it can. */
  problem: z.string().nullable(),
});
export type BackupInfo = z.infer<typeof backupInfo>;

export const restoreResult = z.object({
  restored: backupInfo,
  /** The data as it was just before, kept as a backup so the restore can be undone. */
  savedFirst: backupInfo,
});
export type RestoreResult = z.infer<typeof restoreResult>;

/** What stopped Afterword from opening its data at start. */
export const dataProblemKinds = ['not-sqlite', 'damaged', 'not-afterword', 'newer', 'migration-failed', 'cannot-open'] as const;
export const dataProblem = z.object({
  kind: z.enum(dataProblemKinds),
  /** What happened, for a person: what was found, and that the file is kept. */
  message: z.string(),
});
export type DataProblem = z.infer<typeof dataProblem>;

export const recoveryStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('open') }),
  z.object({
    state: z.literal('needs-recovery'),
    problem: dataProblem,
    /** Every backup, newest first, each saying whether it can be restored. */
    backups: z.array(backupInfo),
    /** The newest backup that can be restored, or null when there is none. */
    offered: z.string().nullable(),
  }),
]);
export type RecoveryStatus = z.infer<typeof recoveryStatus>;

export const recoveryResult = z.object({
  /** The backup now open, or null when Afterword started with empty data. */
  restored: backupInfo.nullable(),
  /** Where the files that could not be opened were put (never deleted). */
  setAside: z.array(z.string()),
});
export type RecoveryResult = z.infer<typeof recoveryResult>;
