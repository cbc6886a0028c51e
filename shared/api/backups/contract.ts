import { z } from 'zod';
import { backupInfo, backupName, recoveryResult, recoveryStatus, restoreResult } from './schemas';

const none = z.object({}).strict();

/** Backups' part of the contract, merged in contract.ts. */
export const backupContract = {
  /** Every backup in the data folder's backups/, newest first, with what each holds. */
  'backups.list': { input: none, output: z.array(backupInfo) },
  /** "Back up now": a copy taken, opened and checked before older ones are rotated away. */
  'backups.create': { input: none, output: backupInfo },
  /** Saves the current data as a backup first, then reopens Afterword on the chosen one. */
  'backups.restore': { input: z.object({ name: backupName }).strict(), output: restoreResult },
  /** The same, from a backup file chosen anywhere (a copy kept on another drive); null when cancelled. */
  'backups.restoreFromFile': { input: none, output: restoreResult.nullable() },
  /** Opens the backups folder in the system's file manager. */
  'backups.showFolder': { input: none, output: z.object({ path: z.string() }) },
  /** Whether the data is open, or what stopped it from opening and which backups could replace it. */
  'recovery.status': { input: none, output: recoveryStatus },
  /** Puts the data that could not be opened aside and opens the chosen backup in its place. */
  'recovery.restore': { input: z.object({ name: backupName }).strict(), output: recoveryResult },
  /** Puts the data that could not be opened aside and starts with none (when no backup will do). */
  'recovery.startEmpty': { input: none, output: recoveryResult },
};
