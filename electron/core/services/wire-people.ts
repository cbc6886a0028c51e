import type { Handlers } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/method-names';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import type { DialogPort } from '../os-ports';
import { createInterviewSummaryRepository } from '../repositories/interview-summary-repository';
import { createParticipantRepository } from '../repositories/participant-repository';
import { createPeopleRepository } from '../repositories/people-repository';
import { contactsHandlers } from './contacts-handlers';
import { peopleHandlers } from './people-handlers';

type Methods = Extract<MethodName, `people.${string}` | `participants.${string}` | `contacts.${string}`>;

/** Everything about people, wired from the database and the dialogs port: one line in core.ts. */
export function wirePeople(db: Db, deps: { clock: Clock; dialogs: DialogPort }): Pick<Handlers, Methods> {
  const people = createPeopleRepository(db, deps.clock);
  const participants = createParticipantRepository(db, deps.clock, people);
  return {
    ...peopleHandlers(db, people, participants, createInterviewSummaryRepository(db)),
    ...contactsHandlers(db, { dialogs: deps.dialogs, people, participants }),
  };
}
