import { afterEach } from 'vitest';
import type { Handlers } from '../../../../../shared/api/contract';
import { systemClock } from '../../../../../electron/core/clock';
import { openDatabase, type Db } from '../../../../../electron/core/db/open-database';
import { createDispatch } from '../../../../../electron/core/dispatch';
import { openRepositories } from '../../../../../electron/core/core';
import { opportunityHandlers } from '../../../../../electron/core/opportunities/handlers';
import { peopleHandlers } from '../../../../../electron/core/people/handlers';
import { scriptedDialogs } from '../../../helpers/scripted-dialogs';
import { tempDir } from '../../../helpers/temp-dir';
import { typedCalls } from '../../../helpers/typed-calls';

const open: Db[] = [];
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
});

/** A real core on a real SQLite file in a temp folder, with dialogs answered by the test. */
export function peopleCore(dataDir = tempDir()) {
  const { dialogs, saveAnswers, openAnswers } = scriptedDialogs();
  // The people part of the core on its own (real database, real dispatch and validation),
  // so these tests do not depend on the other parts being wired.
  const db = openDatabase(dataDir);
  open.push(db);
  const logger = { info() {}, warn() {}, error() {} };
  const repos = openRepositories(db, systemClock, 'en-US');
  const handlers = {
    ...opportunityHandlers(repos),
    ...peopleHandlers(repos, { dialogs }),
  } as Handlers;
  const core = { db, dispatch: createDispatch(handlers, logger), close: () => db.close() };
  const { call, must } = typedCalls(core.dispatch);
  async function interview(company = 'Acme GmbH') {
    const opportunity = await must('opportunities.create', { company, role: 'Engineer' });
    const i = await must('interviews.create', { opportunityId: opportunity.id, date: '2026-11-19' });
    return { opportunity, interview: i };
  }
  return { core, repos, dataDir, call, must, interview, openAnswers, saveAnswers };
}
