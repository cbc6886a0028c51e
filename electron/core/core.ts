import type { Handlers } from '../../shared/api/contract';
import { systemClock, type Clock } from './clock';
import { openDatabase, type Db } from './db/open-database';
import { latestSchemaVersion, migrations as allMigrations } from './db/migrations';
import type { Migration } from './db/migrations/migration';
import { createBackups, type Backups } from './backups/backups';
import { backupHandlers, type DataHost } from './backups/handlers';
import { createDispatch, type Dispatch } from './dispatch';
import { createFileLogger, type Logger } from './logger';
import type { OsPorts } from './os-ports';
import type { Repositories } from './repositories';
import { createCalendarExportRepository } from './repositories/calendar-export-repository';
import { createCardPhotoRepository } from './repositories/card-photo-repository';
import { createDraftRepository } from './repositories/draft-repository';
import { createInterviewRepository } from './repositories/interview-repository';
import { createInterviewSummaryRepository } from './repositories/interview-summary-repository';
import { createNoteRepository } from './repositories/note-repository';
import { createNoteTemplateRepository } from './repositories/note-template-repository';
import { createOpportunityRepository } from './repositories/opportunity-repository';
import { createParticipantRepository } from './repositories/participant-repository';
import { createPeopleRepository } from './repositories/people-repository';
import { createPeopleSearchRepository } from './repositories/people-search-repository';
import { createPlanCacheRepository } from './repositories/plan-cache-repository';
import { createPlanInputRepository } from './repositories/plan-input-repository';
import { createPlanStateRepository } from './repositories/plan-state-repository';
import { createPrinterOffsetRepository, createPrintQueueRepository } from './repositories/print-queue-repository';
import { createReferenceChecks } from './repositories/reference-checks';
import { createReviewRepository } from './repositories/review-repository';
import { createSettingsRepository } from './repositories/settings-repository';
import { cardScanHandlers } from './people/card-scan/handlers';
import { createOcrEngine, type OcrEngine } from './people/card-scan/ocr-engine';
import { followThroughDefaults } from './follow-through/default-settings';
import { followThroughHandlers } from './follow-through/handlers';
import { noteHandlers } from './notes/handlers';
import { opportunityHandlers } from './opportunities/handlers';
import { peopleHandlers } from './people/handlers';
import { printingHandlers } from './printing/handlers';
import { createPrintJobs } from './printing/print-jobs';
import type { PrintSystem } from './printing/print-system/print-system';
import { printSystemFor } from './printing/print-system/print-system-for-platform';
import { settingsHandlers } from './settings/handlers';
import { userDataHandlers } from './user-data/handlers';
import { userToday } from './user-today';

/** What the core needs from the operating system; Electron supplies it in the app. */
export interface CorePorts extends OsPorts {
  appVersion: string;
  clock?: Clock;
  logger?: Logger;
  /** BCP 47 tag of the system; defaults paper size and date style. */
  locale?: string;
  /** CUPS or Windows printing; chosen for the platform when left out. */
  printSystem?: PrintSystem;
  /** The OCR engine for business cards; started on the first card when left out. Tests share one warm engine. */
  ocrEngine?: OcrEngine;
}

export interface Core {
  dispatch: Dispatch;
  db: Db;
  logger: Logger;
  close(): void;
}

/** What the host around the core (core-host.ts) hands it; a core opened on its own makes its own. */
export interface CoreOptions {
  /** The database, already opened, checked and migrated by the host. */
  db?: Db;
  backups?: Backups;
  host?: DataHost;
  /** The migrations the host opened the data with (the export names their count as its data version). */
  migrations?: readonly Migration[];
}

/** Every repository, each built once on the open database; nothing else builds one. */
export function openRepositories(db: Db, clock: Clock, locale: string): Repositories {
  const settings = createSettingsRepository(db, clock, locale);
  const people = createPeopleRepository(db, clock);
  return {
    transaction: db.transaction.bind(db) as Db['transaction'],
    opportunities: createOpportunityRepository(db, clock),
    interviews: createInterviewRepository(db, clock),
    settings,
    people,
    peopleSearch: createPeopleSearchRepository(db),
    participants: createParticipantRepository(db, clock, people),
    cardPhotos: createCardPhotoRepository(db, clock),
    notes: createNoteRepository(db, clock),
    noteTemplates: createNoteTemplateRepository(db, clock),
    printQueue: createPrintQueueRepository(db, clock),
    printerOffsets: createPrinterOffsetRepository(db, clock),
    planState: createPlanStateRepository(
      db,
      clock,
      followThroughDefaults(locale, () => settings.get().country),
    ),
    planCache: createPlanCacheRepository(db),
    planInputs: createPlanInputRepository(db),
    reviews: createReviewRepository(db, clock),
    calendarExports: createCalendarExportRepository(db),
    drafts: createDraftRepository(db, clock),
    summaries: createInterviewSummaryRepository(db),
    references: createReferenceChecks(db),
  };
}

/**
 * The composition root: opens the data folder, builds the repositories once and hands them,
 * with the OS ports, to each feature's handlers. The same core serves IPC and e2e.
 */
export function openCore(dataDir: string, ports: CorePorts, options: CoreOptions = {}): Core {
  const logger = ports.logger ?? createFileLogger(dataDir);
  const clock = ports.clock ?? systemClock;
  const locale = ports.locale ?? Intl.DateTimeFormat().resolvedOptions().locale;
  const { dialogs, openExternal, openFolder } = ports;
  const db = options.db ?? openDatabase(dataDir);
  const backups = options.backups ?? createBackups({ dataDir, clock, logger, latestSchemaVersion });
  const repos = openRepositories(db, clock, locale);
  const printSystem = ports.printSystem ?? printSystemFor();
  const jobs = createPrintJobs({
    queue: repos.printQueue,
    printSystem,
    logger,
    onPrinted(item) {
      if (item.data.kind !== 'letter' || item.data.format !== 'letter' || !item.data.noteId) return;
      try {
        repos.notes.setStatus(item.data.noteId, 'printed', true);
      } catch (error) {
        // The letter is on paper either way; a note that moved on (mailed, deleted) stays as it is.
        logger.warn(`note ${item.data.noteId} not marked printed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  });
  jobs.resume();
  const ocr = ports.ocrEngine ?? createOcrEngine();
  const handlers: Handlers = {
    'app.info': () => ({ version: ports.appVersion, dataDir, schemaVersion: latestSchemaVersion }),
    ...opportunityHandlers(repos),
    ...settingsHandlers(repos),
    ...peopleHandlers(repos, { dialogs }),
    ...cardScanHandlers(repos, { dialogs, ocr }),
    ...noteHandlers(repos, { clock, dialogs, openExternal }),
    ...printingHandlers(repos, { printSystem, dialogs, jobs, userToday: userToday(clock, repos.planState) }),
    ...followThroughHandlers(repos, { dialogs, openExternal, clock, logger, appVersion: ports.appVersion }),
    ...userDataHandlers(repos, { db, backups, dialogs, clock, appVersion: ports.appVersion, migrations: options.migrations ?? allMigrations }),
    ...backupHandlers({ backups, dialogs, ...(openFolder ? { openFolder } : {}), ...(options.host ? { host: options.host } : {}) }),
  };
  logger.info(`core opened ${dataDir} (schema ${latestSchemaVersion})`);
  return {
    dispatch: createDispatch(handlers, logger),
    db,
    logger,
    close() {
      jobs.close();
      // An engine passed in belongs to the caller; the core's own ends with it.
      if (!ports.ocrEngine) void ocr.close();
      if (db.open) db.close();
      logger.info('core closed');
    },
  };
}
