import { afterEach } from 'vitest';
import type { InputOf, OutputOf } from '../../../../../shared/api/contract';
import type { MethodName } from '../../../../../shared/api/method-names';
import type { Result } from '../../../../../shared/result';
import type { Handlers } from '../../../../../shared/api/contract';
import { systemClock } from '../../../../../electron/core/clock';
import { openDatabase, type Db } from '../../../../../electron/core/db/open-database';
import { createDispatch } from '../../../../../electron/core/dispatch';
import { createInterviewRepository } from '../../../../../electron/core/repositories/interview-repository';
import { createOpportunityRepository } from '../../../../../electron/core/repositories/opportunity-repository';
import { opportunityHandlers } from '../../../../../electron/core/services/opportunity-handlers';
import { wirePeople } from '../../../../../electron/core/services/wire-people';
import { tempDir } from '../../../helpers/temp-dir';

const open: Db[] = [];
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
});

/** A real core on a real SQLite file in a temp folder, with dialogs answered by the test. */
export function peopleCore(dataDir = tempDir()) {
  const openAnswers: Array<string[] | null> = [];
  const saveAnswers: Array<string | null> = [];
  // The people part of the core on its own (real database, real dispatch and validation),
  // so these tests do not depend on the other parts being wired.
  const db = openDatabase(dataDir);
  open.push(db);
  const logger = { info() {}, warn() {}, error() {} };
  const dialogs = {
    async showOpenDialog() {
      const answer = openAnswers.shift();
      if (answer === undefined) throw new Error('The test did not answer this open dialog');
      return answer;
    },
    async showSaveDialog() {
      const answer = saveAnswers.shift();
      if (answer === undefined) throw new Error('The test did not answer this save dialog');
      return answer;
    },
  };
  const handlers = {
    ...opportunityHandlers(createOpportunityRepository(db, systemClock), createInterviewRepository(db, systemClock)),
    ...wirePeople(db, { clock: systemClock, dialogs }),
  } as Handlers;
  const core = { db, dispatch: createDispatch(handlers, logger), close: () => db.close() };
  async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<Result<OutputOf<M>>> {
    return (await core.dispatch(method, input)) as Result<OutputOf<M>>;
  }
  async function must<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
    return result.value;
  }
  async function interview(company = 'Acme GmbH') {
    const opportunity = await must('opportunities.create', { company, role: 'Engineer' });
    const i = await must('interviews.create', { opportunityId: opportunity.id, date: '2026-11-19' });
    return { opportunity, interview: i };
  }
  return { core, dataDir, call, must, interview, openAnswers, saveAnswers };
}
