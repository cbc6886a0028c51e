import { z } from 'zod';
import { backupInfo } from '../backups/schemas';
import { id } from '../fields';

export const exportEverythingResult = z.object({
  /** The export (.json), then everyone as .vcf and as .csv, beside it. */
  files: z.array(z.string()),
  /** Rows written per table. */
  rows: z.record(z.string(), z.number().int()),
});

/** How one table of the file fares: its rows in the file, and how many are new here. */
export const tableCount = z.object({ table: z.string(), title: z.string(), inFile: z.number().int(), added: z.number().int() });
export type TableCount = z.infer<typeof tableCount>;

export const personMatchReason = z.enum(['same record', 'same email', 'same name at the same company']);

/** Someone in the file who is already here: merged with them unless the person chooses "create". */
export const importMatch = z.object({
  /** The person's id in the file. */
  fileId: z.string(),
  fullName: z.string(),
  company: z.string(),
  email: z.string(),
  match: z.object({ personId: z.string(), fullName: z.string(), reason: personMatchReason }),
});
export type ImportMatch = z.infer<typeof importMatch>;

export const importChoice = z.enum(['merge', 'create']);
export type ImportChoice = z.infer<typeof importChoice>;

export const importPreview = z.object({
  token: id,
  fileName: z.string(),
  exportedAt: z.string(),
  /** The Afterword that made the export, and its data version. */
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  /** 'empty': everything goes in as it is, settings included; 'data': merged into what is here. */
  into: z.enum(['empty', 'data']),
  tables: z.array(tableCount),
  matches: z.array(importMatch),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const chosenExport = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cancelled') }),
  z.object({ kind: z.literal('ready'), preview: importPreview }),
]);

export const importInput = z
  .object({
    token: id,
    /** By the person's id in the file; a match not named here is merged. */
    people: z.record(z.string().max(200), importChoice).optional(),
  })
  .strict();

export const importResult = z.object({
  tables: z.array(tableCount),
  /** The data as it was before the import, kept as a backup; null when there was none. */
  savedFirst: backupInfo.nullable(),
});

/** What "Delete all my data" would delete, for its confirmation. */
export const dataSummary = z.object({
  opportunities: z.number().int(),
  interviews: z.number().int(),
  people: z.number().int(),
  notes: z.number().int(),
  /** Every row of every table, settings included. */
  rows: z.number().int(),
  backups: z.number().int(),
});
export type DataSummary = z.infer<typeof dataSummary>;

export const deleteAllInput = z
  .object({
    /** True once the person has read what goes and agreed. */
    confirmed: z.boolean().default(false),
    /** Also delete every backup (and any file set aside), so nothing of the data stays on this computer. */
    alsoBackups: z.boolean().default(false),
  })
  .strict();

export const deleteAllResult = z.object({
  deletedRows: z.number().int(),
  /** The data as it was, kept as a backup unless the backups were deleted too. */
  savedFirst: backupInfo.nullable(),
  backupsDeleted: z.number().int(),
});
