import type { Handlers } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/method-names';
import type { Db } from '../db/open-database';
import type { DialogPort } from '../os-ports';
import type { ParticipantRepository } from '../repositories/participant-repository';
import type { PeopleRepository } from '../repositories/people-repository';
import { contactsHandlers } from './contacts-handlers';
import { peopleHandlers } from './people-handlers';

type Methods = Extract<MethodName, `people.${string}` | `participants.${string}` | `contacts.${string}`>;

/** Everything about people, from the repositories core.ts builds once and the dialogs port. */
export function wirePeople(db: Db, deps: { dialogs: DialogPort; people: PeopleRepository; participants: ParticipantRepository }): Pick<Handlers, Methods> {
  const { people, participants } = deps;
  return {
    ...peopleHandlers(db, people, participants),
    ...contactsHandlers(db, { dialogs: deps.dialogs, people, participants }),
  };
}
