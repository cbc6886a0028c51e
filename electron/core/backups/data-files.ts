import fs from 'node:fs';
import path from 'node:path';
import { databaseFile, databaseFiles } from '../db/open-database';
import { backupsFolder, syncFolder } from './backups';

export const SET_ASIDE_FOLDER = 'set-aside';

/**
 * Moves the database and its -wal/-shm files, as they are, into backups/set-aside/<when>-<why>/,
 * keeping their names so the three still belong together (a tool, or support, can open them).
 * Nothing here ever deletes them. Answers with the paths they now have.
 */
export function setAside(dataDir: string, why: string, at: Date): string[] {
  const folder = path.join(backupsFolder(dataDir), SET_ASIDE_FOLDER, `${at.toISOString().replace(/:/gu, '-')}-${why}`);
  fs.mkdirSync(folder, { recursive: true });
  const moved: string[] = [];
  for (const file of databaseFiles(dataDir)) {
    if (!fs.existsSync(file)) continue;
    const to = path.join(folder, path.basename(file));
    fs.renameSync(file, to);
    moved.push(to);
  }
  syncFolder(folder);
  syncFolder(dataDir);
  return moved;
}

/**
 * Puts a copy of `backup` where the database lives: copied beside it and synced first, then
 * renamed over it, so a crash half-way leaves either the old file or the new one, never half
 * of each. The -wal and -shm of the data it replaces go (after a clean close there are none;
 * a WAL left behind would be replayed into the restored file).
 */
export function putInPlace(dataDir: string, backup: string): void {
  const target = databaseFile(dataDir);
  const incoming = `${target}.restoring`;
  fs.copyFileSync(backup, incoming);
  const fd = fs.openSync(incoming, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  for (const file of databaseFiles(dataDir).slice(1)) fs.rmSync(file, { force: true });
  fs.renameSync(incoming, target);
  syncFolder(dataDir);
}
