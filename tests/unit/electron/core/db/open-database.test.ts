import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, DATABASE_FILE, DatabaseRefusedError, openDatabase } from '../../../../../electron/core/db/open-database';
import { latestSchemaVersion, migrations } from '../../../../../electron/core/db/migrations';
import { tempDir } from '../../../helpers/temp-dir';

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('openDatabase', () => {
  it('creates the file with WAL, synchronous FULL, foreign keys and our application_id', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    db.close();
    expect(fs.existsSync(path.join(dir, DATABASE_FILE))).toBe(true);
  });

  it('numbers migrations 1, 2, 3… without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('reopens an existing database without re-running migrations', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    db.prepare("INSERT INTO opportunities (id, company, role, created_at, updated_at) VALUES ('x', 'A', 'B', 'now', 'now')").run();
    db.close();
    const again = openDatabase(dir);
    expect(again.prepare('SELECT count(*) AS n FROM opportunities').get()).toEqual({ n: 1 });
    again.close();
  });

  it('refuses a database written by a newer Afterword and leaves it byte for byte unchanged', () => {
    const dir = tempDir();
    openDatabase(dir).close();
    const file = path.join(dir, DATABASE_FILE);
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestSchemaVersion + 5}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = sha(file);
    expect(() => openDatabase(dir)).toThrow(DatabaseRefusedError);
    expect(() => openDatabase(dir)).toThrow(/newer version of Afterword/);
    expect(sha(file)).toBe(before);
  });

  it('refuses a SQLite file that belongs to another program', () => {
    const dir = tempDir();
    const raw = new Database(path.join(dir, DATABASE_FILE));
    raw.exec('CREATE TABLE other (x)');
    raw.close();
    expect(() => openDatabase(dir)).toThrow(/not an Afterword database/);
  });

  it('rolls a failing migration back completely: no half-made tables, version unchanged', () => {
    const dir = tempDir();
    const broken = [...migrations, { version: migrations.length + 1, name: 'broken', up: 'CREATE TABLE half_made (x); INSERT INTO no_such_table VALUES (1);' }];
    expect(() => openDatabase(dir, broken)).toThrow(/no such table/);
    const db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_made'").get()).toEqual({ n: 0 });
    db.close();
  });
});
