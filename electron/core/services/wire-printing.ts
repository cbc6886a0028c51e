import type { Handlers } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/method-names';
import type { Settings } from '../../../shared/api/settings-schemas';
import type { Clock } from '../clock';
import { NotFoundError } from '../core-errors';
import type { Db } from '../db/open-database';
import type { Logger } from '../logger';
import type { DialogPort } from '../os-ports';
import type { PrintSystem } from '../print/print-system';
import { createNoteRepository } from '../repositories/note-repository';
import { createParticipantRepository } from '../repositories/participant-repository';
import { createPeopleRepository } from '../repositories/people-repository';
import { createPrinterOffsetRepository, createPrintQueueRepository } from '../repositories/print-queue-repository';
import { printHandlers } from './print-handlers';
import { createPrintJobs } from './print-jobs';
import { userTodayFrom } from './user-today';

type Methods = Extract<MethodName, `printQueue.${string}` | `printers.${string}`>;

/** The print queue and printers, wired from the database and the OS: one line in core.ts. */
export function wirePrinting(
  db: Db,
  deps: { clock: Clock; dialogs: DialogPort; settings: { get(): Settings }; printSystem: PrintSystem; logger: Logger },
): { handlers: Pick<Handlers, Methods>; close(): void } {
  const people = createPeopleRepository(db, deps.clock);
  const queue = createPrintQueueRepository(db, deps.clock);
  const participants = createParticipantRepository(db, deps.clock, people);
  const notes = createNoteRepository(db, deps.clock);
  const jobs = createPrintJobs({
    queue,
    printSystem: deps.printSystem,
    logger: deps.logger,
    onPrinted(item) {
      if (item.data.kind !== 'letter' || item.data.format !== 'letter' || !item.data.noteId) return;
      try {
        notes.setStatus(item.data.noteId, 'printed', true);
      } catch (error) {
        // The letter is on paper either way; a note that moved on (mailed, deleted) stays as it is.
        deps.logger.warn(`note ${item.data.noteId} not marked printed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  });
  jobs.resume();
  const handlers = printHandlers({
    queue,
    offsets: createPrinterOffsetRepository(db, deps.clock),
    settings: deps.settings,
    people: {
      person: (id) => people.get(id),
      participants: (interviewId) => participants.listForInterview(interviewId).map((p) => p.person),
    },
    letters: {
      readyLetters: (interviewId) =>
        notes
          .listForInterview(interviewId)
          .filter((n) => n.kind === 'letter' && n.status === 'ready' && n.body.trim() !== '')
          .map((n) => ({ noteId: n.id, personId: n.personId, body: n.body })),
      letterBody: (noteId) => {
        try {
          return notes.get(noteId).body;
        } catch (error) {
          if (error instanceof NotFoundError) return null;
          throw error;
        }
      },
      cardDraft: (noteId) => {
        try {
          return notes.get(noteId).cardDraft;
        } catch (error) {
          if (error instanceof NotFoundError) return null;
          throw error;
        }
      },
    },
    printSystem: deps.printSystem,
    dialogs: deps.dialogs,
    clock: deps.clock,
    userToday: userTodayFrom(db, deps.clock),
    jobs,
  });
  return { handlers, close: () => jobs.close() };
}
