import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupName, type BackupName } from '../../../../../electron/core/backups/backup-names';
import { backupsToRemove, KEEP } from '../../../../../electron/core/backups/rotation';
import type { BackupKind } from '../../../../../shared/api/backups/schemas';

function backup(kind: BackupKind, iso: string): BackupName {
  return parseBackupName(backupFileName(kind, new Date(iso)))!;
}

const names = (list: BackupName[]) => list.map((b) => b.name).sort();

describe('backup names', () => {
  it('say when and why, and read back; other files are not backups', () => {
    const at = new Date('2026-03-14T09:26:53.589Z');
    const name = backupFileName('before-migration', at);
    expect(name).toBe('afterword-2026-03-14T09-26-53.589Z-before-migration.sqlite');
    expect(parseBackupName(name)).toEqual({ name, kind: 'before-migration', takenAt: at });
    expect(parseBackupName(`.${name}.partial`)).toBeNull();
    expect(parseBackupName('afterword-2026-03-14T09-26-53.589Z-weekly.sqlite')).toBeNull();
    expect(parseBackupName('afterword-2026-02-30T09-26-53.589Z-manual.sqlite')).toBeNull();
    expect(parseBackupName('notes.txt')).toBeNull();
  });
});

describe('rotation', () => {
  it('keeps the newest automatic backup of each of the last 7 days and of each of the last 4 weeks', () => {
    // Two a day (start and quit) for 60 days, ending Saturday 2026-03-14.
    const all: BackupName[] = [];
    for (let d = 0; d < 60; d++) {
      const day = new Date(Date.UTC(2026, 2, 14 - d));
      const iso = day.toISOString().slice(0, 10);
      all.push(backup('automatic', `${iso}T08:00:00.000Z`), backup('automatic', `${iso}T18:00:00.000Z`));
    }
    const removed = new Set(backupsToRemove(all, all[1]!.name).map((b) => b.name));
    const kept = all.filter((b) => !removed.has(b.name));
    const days = ['2026-03-14', '2026-03-13', '2026-03-12', '2026-03-11', '2026-03-10', '2026-03-09', '2026-03-08'];
    // The 7 latest days' evening copies; then the newest of the weeks before (ISO weeks start on Monday):
    // week of 9 March is covered by the days, then Sundays 8 March (a day too), 1 March and 22 February.
    expect(names(kept)).toEqual(
      names([
        ...days.map((d) => backup('automatic', `${d}T18:00:00.000Z`)),
        backup('automatic', '2026-03-01T18:00:00.000Z'),
        backup('automatic', '2026-02-22T18:00:00.000Z'),
      ]),
    );
    expect(kept).toHaveLength(KEEP.automaticDays + 2);
  });

  it('keeps the last 3 before migrations, the last 10 taken by hand, and never the one just made', () => {
    const migrations = Array.from({ length: 5 }, (_, i) => backup('before-migration', `2026-01-0${i + 1}T10:00:00.000Z`));
    const manual = Array.from({ length: 12 }, (_, i) => backup('manual', `2026-02-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`));
    const removed = backupsToRemove([...migrations, ...manual], migrations[0]!.name);
    expect(names(removed)).toEqual(names([migrations[1]!, manual[0]!, manual[1]!]));
  });

  it('leaves every kind alone when there are few', () => {
    const few = [
      backup('automatic', '2026-03-14T08:00:00.000Z'),
      backup('before-restore', '2026-03-14T09:00:00.000Z'),
      backup('before-import', '2026-03-14T10:00:00.000Z'),
    ];
    expect(backupsToRemove(few, few[0]!.name)).toEqual([]);
  });
});
