import { z } from 'zod';
import { queueItemData } from '../printing/schemas';
import { exportTableNames, exportTables, type Column, type ExportTable, type ExportTableName } from './export-tables';

/**
 * The "Export everything" file: one JSON document, described in docs/export-format.md.
 * `formatVersion` changes only when a reader of the old format could not read the new one;
 * `schemaVersion` is the data version (the database's migrations) the rows are written in.
 */
export const EXPORT_FORMAT = 'afterword-export';
export const EXPORT_FORMAT_VERSION = 1;

/** Longer than anything Afterword writes in one field (a note is at most 20,000 characters). */
export const MAX_TEXT = 1_000_000;
/** A blob (a photo of a business card) as base64. */
export const MAX_BLOB_BASE64 = 30_000_000;

export type ExportRow = Record<string, string | number | null>;

function isJson(value: string): boolean {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}

function columnSchema(name: string, column: Column): z.ZodType<string | number | null> {
  let schema: z.ZodType<string | number>;
  if (column.type === 'TEXT') {
    let t = z
      .string({ error: `${name} must be text` })
      .max(MAX_TEXT, { message: `${name} is longer than Afterword ever writes (at most ${MAX_TEXT.toLocaleString('en-US')} characters)` });
    if (column.values) {
      const allowed = column.values;
      t = t.refine((v) => allowed.includes(v), { message: `${name} must be one of ${allowed.map((v) => `"${v}"`).join(', ')}` });
    }
    if (column.json) t = t.refine(isJson, { message: `${name} must hold JSON` });
    schema = t;
  } else if (column.type === 'BLOB') {
    schema = z
      .string({ error: `${name} must be base64 text` })
      .max(MAX_BLOB_BASE64, { message: `${name} is larger than Afterword ever stores` })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/u, { message: `${name} must be base64 text` })
      .refine((v) => v.length > 0 && v.length % 4 === 0, { message: `${name} must be base64 text of a whole number of bytes` });
  } else if (column.type === 'INTEGER') {
    let n = z
      .number({ error: `${name} must be a whole number` })
      .int({ message: `${name} must be a whole number` })
      .safe({ message: `${name} is too large` });
    if (column.flag) n = n.refine((v) => v === 0 || v === 1, { message: `${name} must be 0 or 1` });
    schema = n;
  } else {
    schema = z.number({ error: `${name} must be a number` }).finite({ message: `${name} must be a number` });
  }
  return column.nullable ? schema.nullable() : schema;
}

/** One table's rows: every column present (no other), each of its kind, and no key twice. */
function tableSchema(name: ExportTableName) {
  const table = exportTables[name] as ExportTable;
  const shape = Object.fromEntries(Object.entries(table.columns).map(([column, c]) => [column, columnSchema(column, c)]));
  let row: z.ZodType<ExportRow> = z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `has a column Afterword does not know: ${issue.keys.join(', ')}` : 'must be an object'),
  }) as unknown as z.ZodType<ExportRow>;
  if (name === 'print_queue') {
    row = row.superRefine((r, ctx) => {
      const data = queueItemData.safeParse(JSON.parse(String(r.json)));
      if (!data.success)
        ctx.addIssue({
          code: 'custom',
          path: ['json'],
          message: `json is not a print queue item Afterword can print (${data.error.issues[0]?.message ?? ''})`,
        });
    });
  }
  return z.array(row, { error: `${name} must be a list of rows` }).superRefine((rows, ctx) => {
    const seen = new Map<string, number>();
    rows.forEach((r, i) => {
      const key = JSON.stringify(table.key.map((k) => r[k]));
      const first = seen.get(key);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: [i], message: `has the same ${table.key.join(' and ')} as record ${first + 1}` });
      else seen.set(key, i);
    });
  });
}

export const exportTablesSchema = z.strictObject(
  Object.fromEntries(exportTableNames.map((name) => [name, tableSchema(name)])) as Record<ExportTableName, ReturnType<typeof tableSchema>>,
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `The file has tables Afterword does not know: ${issue.keys.join(', ')}` : 'tables must be an object',
  },
);

const envelope = {
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  /** The Afterword that wrote it. */
  appVersion: z.string().max(100),
  /** ISO 8601. */
  exportedAt: z.string().max(100),
};

/** The whole file at the current data version. */
export const exportFile = z.strictObject({ ...envelope, tables: exportTablesSchema });
export type ExportFile = z.infer<typeof exportFile>;

/** Only what says which file this is, read before the rows. */
const header = z.object({ ...envelope, tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))) });
export type ExportHeader = z.infer<typeof header>;

export type ReadOutcome<T> = { ok: true; value: T } | { ok: false; message: string };

function sentence(message: string): string {
  return /[.!?]$/u.test(message) ? message : `${message}.`;
}

/** The first problem, naming the table and the record ("Record 3 of people (id …): full_name must be text."). */
function describeIssue(issue: z.core.$ZodIssue, tables: Record<string, unknown>): string {
  const [top, table, index, column] = issue.path;
  if (top === 'tables' && typeof table === 'string' && typeof index === 'number') {
    const rows = tables[table] as Array<Record<string, unknown>> | undefined;
    const row = rows?.[index];
    const described = exportTables[table as ExportTableName] as ExportTable | undefined;
    const keyText =
      described && row && typeof row === 'object' ? described.key.map((k) => `${k} ${JSON.stringify(row[k])?.slice(0, 60) ?? 'missing'}`).join(', ') : '';
    const what = `Record ${index + 1} of ${table}${keyText ? ` (${keyText})` : ''}`;
    const message = issue.code === 'invalid_type' && typeof column === 'string' && row && !(column in row) ? `${column} is missing` : issue.message;
    return `${what}: ${sentence(message)}`;
  }
  if (top === 'tables' && typeof table === 'string') return sentence(issue.message.startsWith(table) ? issue.message : `${table}: ${issue.message}`);
  return sentence(issue.message);
}

/**
 * Reads an export's text as far as saying which file it is: JSON at all, an Afterword export,
 * a format and data version this Afterword reads. Every refusal is a sentence for a person.
 */
export function readExportHeader(text: string, latestSchemaVersion: number): ReadOutcome<ExportHeader> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return /end of (JSON )?input|Unterminated|Expected .* after/iu.test(detail) || text.trim().length === 0
      ? { ok: false, message: 'The file ends too early: it may have been cut off while it was saved or copied. Nothing was imported.' }
      : { ok: false, message: `This file is not an Afterword export: it is not JSON (${detail}). Nothing was imported.` };
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, message: 'This file is not an Afterword export (an export says "format": "afterword-export" at its top). Nothing was imported.' };
  }
  const { formatVersion, schemaVersion } = parsed as { formatVersion?: unknown; schemaVersion?: unknown };
  if (
    (typeof formatVersion === 'number' && formatVersion > EXPORT_FORMAT_VERSION) ||
    (typeof schemaVersion === 'number' && schemaVersion > latestSchemaVersion)
  ) {
    return {
      ok: false,
      message: `This export was made by a newer version of Afterword (data version ${String(schemaVersion)}, file format ${String(formatVersion)}; this version reads up to data version ${latestSchemaVersion}, format ${EXPORT_FORMAT_VERSION}). Update Afterword, then import it. Nothing was imported.`,
    };
  }
  const read = header.safeParse(parsed);
  if (!read.success) {
    const issue = read.error.issues[0]!;
    return { ok: false, message: `This export is incomplete: ${issue.path.join('.') || 'the file'} ${issue.message.toLowerCase()}. Nothing was imported.` };
  }
  return { ok: true, value: read.data };
}

/** Checks every table and row of an export at the current data version; the message names the first bad record. */
export function readExportTables(tables: Record<string, unknown>): ReadOutcome<ExportFile['tables']> {
  const read = exportTablesSchema.safeParse(tables);
  if (read.success) return { ok: true, value: read.data };
  return {
    ok: false,
    message: `${describeIssue({ ...read.error.issues[0]!, path: ['tables', ...read.error.issues[0]!.path] }, tables)} Nothing was imported.`,
  };
}
