import path from 'node:path';
import type { Handlers } from '../../../shared/api/contract';
import type { BackupMethod } from '../../../shared/api/backups/methods';
import type { BackupInfo, RestoreResult } from '../../../shared/api/backups/schemas';
import { chooseOneFile } from '../choose-file';
import { InvalidInputError, NotFoundError, UnavailableError } from '../core-errors';
import type { DialogPort, FolderOpener } from '../os-ports';
import { BackupFailedError, type Backups } from './backups';

/**
 * What only the host around the core can do: close it, put other data in its place, and open
 * it again. `prepare` finds and checks the backup to restore; it runs once nothing else can
 * reach the data, so no call slips in between the check and the swap.
 */
export interface DataHost {
  restore(prepare: () => Promise<BackupInfo>): Promise<RestoreResult>;
}

export interface BackupPorts {
  backups: Backups;
  dialogs: DialogPort;
  openFolder?: FolderOpener;
  /** Absent when the core runs on its own (unit tests): restoring then says it cannot. */
  host?: DataHost;
}

/** The backups' methods while the data is open: list, back up now, restore, show the folder. */
export function backupHandlers({ backups, dialogs, openFolder, host }: BackupPorts): Pick<Handlers, BackupMethod> {
  function restoring(): DataHost {
    if (!host) throw new UnavailableError('Restoring needs the whole app around the core; nothing was changed.');
    return host;
  }
  return {
    'backups.list': () => backups.list(),
    'backups.create': () => backups.take('manual'),
    'backups.restore': ({ name }) =>
      restoring().restore(async () => {
        const info = await backups.check(name);
        if (!info) throw new NotFoundError('That backup');
        if (info.problem) throw new InvalidInputError('name', `${info.problem} Your data was not changed.`);
        return info;
      }),
    'backups.restoreFromFile': async () => {
      const file = await chooseOneFile(dialogs, 'Restore a backup', { name: 'Afterword backup', extensions: ['sqlite'] });
      if (!file) return null;
      return restoring().restore(async () => {
        try {
          // Copied in and checked like any backup, so the restore reads our own verified copy.
          return await backups.take('from-file', file);
        } catch (error) {
          if (error instanceof BackupFailedError) throw new InvalidInputError('file', `${path.basename(file)}: ${error.problem} Your data was not changed.`);
          throw error;
        }
      });
    },
    'backups.showFolder': async () => {
      if (!openFolder) throw new UnavailableError('This system cannot show folders from Afterword.');
      await openFolder(backups.ensureFolder());
      return { path: backups.folder };
    },
    'recovery.status': () => ({ state: 'open' as const }),
    'recovery.restore': () => {
      throw new InvalidInputError(
        'name',
        'Afterword’s data is open, so there is nothing to recover. To go back to a backup, use Restore in Settings → Backups.',
      );
    },
    'recovery.startEmpty': () => {
      throw new InvalidInputError('', 'Afterword’s data is open, so there is nothing to recover. To remove everything, use “Delete all my data” in Settings.');
    },
  };
}
