import type { DataProblem } from '../../../shared/api/backups/schemas';
import { DatabaseDamagedError, DatabaseRefusedError, MigrationFailedError } from '../db/open-database';

const KEPT = 'Nothing has been deleted: whatever you choose, the file is moved aside into the backups folder and kept.';

function sqliteCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

/** What stopped the data from opening, told so a person knows what happened and that nothing is lost. */
export function describeProblem(error: unknown): DataProblem {
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof DatabaseRefusedError && error.reason === 'newer') {
    return { kind: 'newer', message: `${detail.replace(/ The file was left unchanged\.$/u, '')} Or open a backup this version can read. ${KEPT}` };
  }
  if (error instanceof DatabaseRefusedError) {
    return { kind: 'not-afterword', message: `The data file in Afterword's folder belongs to another program. ${KEPT}` };
  }
  if (error instanceof DatabaseDamagedError || sqliteCode(error).startsWith('SQLITE_CORRUPT')) {
    return { kind: 'damaged', message: `Afterword's data file is damaged (${detail.replace(/^.* is damaged: /u, '')}). ${KEPT}` };
  }
  if (sqliteCode(error) === 'SQLITE_NOTADB') {
    return { kind: 'not-sqlite', message: `Afterword's data file is not a database any more: it may have been overwritten, or only partly copied. ${KEPT}` };
  }
  if (error instanceof MigrationFailedError) {
    return { kind: 'migration-failed', message: `${detail} ${KEPT}` };
  }
  return { kind: 'cannot-open', message: `Afterword could not open its data: ${detail} ${KEPT}` };
}
