import { methodNames, type MethodName } from '../../shared/api/method-names';
import type { Handlers } from '../../shared/api/contract';
import { recoveryMethodNames } from '../../shared/api/backups/methods';
import type { BackupInfo, DataProblem, RecoveryResult, RestoreResult } from '../../shared/api/backups/schemas';
import { createBackups, type Backups } from './backups/backups';
import { putInPlace, setAside } from './backups/data-files';
import { describeProblem } from './backups/data-problem';
import { systemClock } from './clock';
import { openCore, type Core, type CorePorts } from './core';
import { InvalidInputError, NotFoundError, UnavailableError } from './core-errors';
import { migrations as allMigrations } from './db/migrations';
import type { Migration } from './db/migrations/migration';
import { migrate, openChecked } from './db/open-database';
import { createDispatch, type Dispatch } from './dispatch';
import { createFileLogger, type Logger } from './logger';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export interface HostOptions {
  /** The data's migrations (tests pass a failing one). */
  migrations?: readonly Migration[];
  /** When the daily backup is first looked at and how often after; false for none (tests, the soak). */
  schedule?: { firstAfterMs: number; everyMs: number } | false;
}

export interface CoreHost {
  /** The one way in, for IPC and the e2e harness alike: it reaches whichever core is open now. */
  dispatch: Dispatch;
  logger: Logger;
  backups: Backups;
  /** 'open', or 'needs-recovery' while the data could not be opened. */
  state(): 'open' | 'needs-recovery';
  /** Takes the day's automatic backup when the last one is a day old or there is none. */
  backUpIfDue(): Promise<BackupInfo | null>;
  /** Closes the core, after an automatic backup unless `backup` is false (a simulated crash). */
  close(options?: { backup?: boolean }): Promise<void>;
}

type State = { kind: 'open'; core: Core } | { kind: 'recovery'; problem: DataProblem };

/**
 * Holds the core behind one dispatch, so the data under it can change while the window
 * stays: a restore saves the current data as a backup, closes the core, puts the backup in
 * place and opens a new core on it; calls that arrive meanwhile wait for it. When the data
 * cannot be opened at start (not SQLite, damaged, a failed migration…), the host answers
 * only the recovery methods until the person chooses a backup, and the file that failed is
 * set aside, never deleted. The main process and the e2e harness both use this.
 */
export async function openCoreHost(dataDir: string, ports: CorePorts, options: HostOptions = {}): Promise<CoreHost> {
  const logger = ports.logger ?? createFileLogger(dataDir);
  const clock = ports.clock ?? systemClock;
  const migrations = options.migrations ?? allMigrations;
  const backups = createBackups({ dataDir, clock, logger, latestSchemaVersion: migrations.length });
  backups.removeLeftovers();
  let swapping: Promise<unknown> = Promise.resolve();

  /** Lets nothing else in while `work` changes the data under the core. */
  function exclusively<T>(work: () => Promise<T>): Promise<T> {
    const done = swapping.then(work);
    swapping = done.catch(() => {});
    return done;
  }

  /** Opens, checks, backs up if a migration is due, migrates, and builds the core. */
  async function openData(): Promise<Core> {
    const checked = openChecked(dataDir, migrations);
    try {
      if (checked.pending > 0) await backups.take('before-migration');
      migrate(checked.db, migrations);
    } catch (error) {
      checked.db.close();
      throw error;
    }
    return openCore(dataDir, { ...ports, logger, clock }, { db: checked.db, backups, host: { restore }, migrations });
  }

  async function tryOpen(): Promise<State> {
    try {
      return { kind: 'open', core: await openData() };
    } catch (error) {
      logger.error('the data could not be opened', error);
      return { kind: 'recovery', problem: describeProblem(error) };
    }
  }

  let state: State = await tryOpen();

  function restore(prepare: () => Promise<BackupInfo>): Promise<RestoreResult> {
    return exclusively(async () => {
      if (state.kind !== 'open') throw new UnavailableError('The data is not open, so there is nothing to restore over.');
      const backup = await prepare();
      const savedFirst = await backups.take('before-restore');
      state.core.close();
      try {
        putInPlace(dataDir, backups.fileOf(backup.name));
      } catch (error) {
        state = await tryOpen();
        throw error;
      }
      state = await tryOpen();
      if (state.kind !== 'open') {
        // The backup was checked before; should it still not open, the data goes back as it was.
        const why = state.problem.message;
        putInPlace(dataDir, backups.fileOf(savedFirst.name));
        state = await tryOpen();
        throw new InvalidInputError('name', `That backup could not be opened (${why}) Your data is as it was before.`);
      }
      logger.info(`restored ${backup.name}; the data before it is ${savedFirst.name}`);
      return { restored: backup, savedFirst };
    });
  }

  /** Sets the file that failed aside and opens `backup` (or nothing, for empty data) in its place. */
  function recover(backup: BackupInfo | null): Promise<RecoveryResult> {
    return exclusively(async () => {
      if (state.kind !== 'recovery') throw new InvalidInputError('', 'Afterword’s data is open, so there is nothing to recover.');
      const moved = setAside(dataDir, state.problem.kind, clock.now());
      if (backup) putInPlace(dataDir, backups.fileOf(backup.name));
      state = await tryOpen();
      if (state.kind !== 'open') throw new InvalidInputError('name', `That did not open either: ${state.problem.message}`);
      logger.info(`recovered from ${backup?.name ?? 'nothing (empty data)'}; set aside ${moved.join(', ')}`);
      return { restored: backup, setAside: moved };
    });
  }

  async function checkedBackups(): Promise<BackupInfo[]> {
    const list = await backups.list();
    const checked: BackupInfo[] = [];
    for (const b of list) checked.push((await backups.check(b.name)) ?? b);
    return checked;
  }

  const recoveryHandlers: Pick<Handlers, (typeof recoveryMethodNames)[number]> = {
    'app.info': () => ({ version: ports.appVersion, dataDir, schemaVersion: migrations.length }),
    'backups.list': () => checkedBackups(),
    'backups.showFolder': async () => {
      if (!ports.openFolder) throw new UnavailableError('This system cannot show folders from Afterword.');
      await ports.openFolder(backups.ensureFolder());
      return { path: backups.folder };
    },
    'recovery.status': async () => {
      if (state.kind === 'open') return { state: 'open' as const };
      const list = await checkedBackups();
      return { state: 'needs-recovery' as const, problem: state.problem, backups: list, offered: list.find((b) => b.problem === null)?.name ?? null };
    },
    'recovery.restore': async ({ name }) => {
      const info = await backups.check(name);
      if (!info) throw new NotFoundError('That backup');
      if (info.problem) throw new InvalidInputError('name', info.problem);
      return recover(info);
    },
    'recovery.startEmpty': () => recover(null),
  };
  const refuse = () => {
    throw new UnavailableError('Afterword could not open its data. Choose a backup, or start with empty data, on the screen that says what happened.');
  };
  const recoveryDispatch = createDispatch(
    Object.fromEntries(methodNames.map((m: MethodName) => [m, (recoveryHandlers as Partial<Record<MethodName, unknown>>)[m] ?? refuse])) as Handlers,
    logger,
  );

  async function backUpIfDue(): Promise<BackupInfo | null> {
    await swapping;
    if (state.kind !== 'open') return null;
    const last = backups.lastAutomatic();
    if (last && clock.now().getTime() - last.getTime() < DAY_MS) return null;
    try {
      return await backups.take('automatic');
    } catch (error) {
      logger.error('the daily backup failed', error);
      return null;
    }
  }

  const schedule = options.schedule ?? { firstAfterMs: 60_000, everyMs: HOUR_MS };
  const timers = schedule ? [setTimeout(() => void backUpIfDue(), schedule.firstAfterMs), setInterval(() => void backUpIfDue(), schedule.everyMs)] : [];
  for (const t of timers) t.unref();

  return {
    async dispatch(method, input) {
      // Waits out a swap, including one that began while this call was waiting for another.
      let gate: Promise<unknown>;
      do {
        gate = swapping;
        await gate;
      } while (gate !== swapping);
      return state.kind === 'open' ? state.core.dispatch(method, input) : recoveryDispatch(method, input);
    },
    logger,
    backups,
    state: () => (state.kind === 'open' ? 'open' : 'needs-recovery'),
    backUpIfDue,
    async close({ backup = true } = {}) {
      for (const t of timers) clearTimeout(t);
      await swapping;
      if (state.kind !== 'open') return;
      if (backup) {
        try {
          await backups.take('automatic');
        } catch (error) {
          logger.error('the backup at quit failed', error);
        }
      }
      state.core.close();
    },
  };
}
