import type { Handlers } from '../../shared/api/contract';
import { systemClock, type Clock } from './clock';
import { openDatabase, type Db } from './db/open-database';
import { latestSchemaVersion } from './db/migrations';
import { createDispatch, type Dispatch } from './dispatch';
import { createFileLogger, type Logger } from './logger';
import { createInterviewRepository } from './repositories/interview-repository';
import { createOpportunityRepository } from './repositories/opportunity-repository';
import type { OsPorts } from './os-ports';
import { opportunityHandlers } from './services/opportunity-handlers';
import { wireFollowThrough } from './services/follow-through-handlers';
import { createSettingsRepository } from './repositories/settings-repository';
import { settingsHandlers } from './services/settings-handlers';
import { wirePeople } from './services/wire-people';
import { wireNotes } from './services/note-handlers';
import { wirePrinting } from './services/wire-printing';
import type { PrintSystem } from './print/print-system';
import { printSystemFor } from './print/print-system-for-platform';
import { createOcrEngine, type OcrEngine } from './card-scan/ocr-engine';
import { createCardScanner } from './card-scan/card-scanner';
import { cardScanHandlers } from './card-scan/handlers';
import { createCardPhotoRepository } from './repositories/card-photo-repository';
import { createParticipantRepository } from './repositories/participant-repository';
import { createPeopleRepository } from './repositories/people-repository';

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

/** Opens the data folder and wires every handler; the same core serves IPC and e2e. */
export function openCore(dataDir: string, ports: CorePorts): Core {
  const logger = ports.logger ?? createFileLogger(dataDir);
  const clock = ports.clock ?? systemClock;
  const locale = ports.locale ?? Intl.DateTimeFormat().resolvedOptions().locale;
  const db = openDatabase(dataDir);
  const opportunities = createOpportunityRepository(db, clock);
  const interviews = createInterviewRepository(db, clock);
  const settings = createSettingsRepository(db, clock, locale);
  const people = createPeopleRepository(db, clock);
  const participants = createParticipantRepository(db, clock, people);
  const ocr = ports.ocrEngine ?? createOcrEngine();
  const scanner = createCardScanner(ocr, () => settings.get().country);
  const printing = wirePrinting(db, { clock, dialogs: ports.dialogs, settings, printSystem: ports.printSystem ?? printSystemFor(), logger });
  const handlers: Handlers = {
    'app.info': () => ({ version: ports.appVersion, dataDir, schemaVersion: latestSchemaVersion }),
    ...opportunityHandlers(opportunities, interviews),
    ...wireFollowThrough(db, { opportunities, interviews, dialogs: ports.dialogs, openExternal: ports.openExternal, clock, locale, senderCountry: () => settings.get().country, logger }),
    ...settingsHandlers(settings),
    ...wirePeople(db, { dialogs: ports.dialogs, people, participants }),
    ...cardScanHandlers(db, { dialogs: ports.dialogs, scanner, people, participants, photos: createCardPhotoRepository(db, clock) }),
    ...wireNotes(db, { clock, dialogs: ports.dialogs, openExternal: ports.openExternal, settings }),
    ...printing.handlers,
  };
  logger.info(`core opened ${dataDir} (schema ${latestSchemaVersion})`);
  return {
    dispatch: createDispatch(handlers, logger),
    db,
    logger,
    close() {
      printing.close();
      // An engine passed in belongs to the caller; the core's own is ended with it.
      if (!ports.ocrEngine) void ocr.close();
      if (db.open) db.close();
      logger.info('core closed');
    },
  };
}
