import type { ParsedInputOf } from '../../../shared/api/contract';
import type { InterviewParticipant, Person } from '../../../shared/api/people/schemas';
import { companyKey } from '../../../shared/domain/company-key';
import { InvalidInputError } from '../core-errors';
import type { Repositories } from '../repositories';
import { refreshEmailGuesses } from './email-guesses';

/**
 * Every change to a person, each in one transaction with the guessed addresses at the
 * companies it touches, so colleagues' guesses never lag behind what is known.
 */
export function personWrites(repos: Pick<Repositories, 'transaction' | 'people' | 'participants' | 'interviews' | 'opportunities'>) {
  const { transaction, people, participants, interviews, opportunities } = repos;

  /** Once per company, however it is spelled. */
  const refreshFor = (...companies: string[]) => {
    const byKey = new Map(companies.map((c) => [companyKey(c), c]));
    for (const c of byKey.values()) refreshEmailGuesses(people, c);
  };

  return {
    create: transaction((fields: ParsedInputOf<'people.create'>): Person => {
      const created = people.create(fields);
      refreshFor(created.company);
      return people.get(created.id);
    }),
    update: transaction(({ id, ...changes }: ParsedInputOf<'people.update'>): Person => {
      const before = people.get(id);
      const after = people.update(id, changes);
      refreshFor(before.company, after.company);
      return people.get(id);
    }),
    delete: transaction((id: string): { deleted: true } => {
      const before = people.get(id);
      const result = people.delete(id);
      refreshFor(before.company);
      return result;
    }),
    restore: transaction((id: string): Person => {
      const restored = people.restore(id);
      refreshFor(restored.company);
      return people.get(id);
    }),
    confirmEmail: transaction((id: string): Person => {
      const person = people.get(id);
      if (person.email === '') throw new InvalidInputError('email', 'There is no email address to confirm.');
      people.setEmail(id, person.email, 'confirmed', '');
      refreshFor(person.company);
      return people.get(id);
    }),
    rejectEmail: transaction((id: string): Person => {
      const person = people.get(id);
      if (person.emailStatus !== 'guessed') throw new InvalidInputError('email', 'Only a guessed address can be rejected; edit a known address instead.');
      people.dismissEmail(id, person.email);
      people.setEmail(id, '', 'none', '');
      refreshFor(person.company);
      return people.get(id);
    }),
    /** Someone already known, or a new person from their card, who works for the opportunity's company unless the card says otherwise. */
    addParticipant: transaction((input: ParsedInputOf<'participants.add'>): InterviewParticipant => {
      const interview = opportunities.get(interviews.get(input.interviewId).opportunityId);
      let personId: string;
      if ('personId' in input) personId = input.personId;
      else {
        const created = people.create({ ...input.person, company: input.person.company.trim() || interview.company });
        refreshFor(created.company);
        personId = created.id;
      }
      return participants.add(input.interviewId, personId);
    }),
  };
}
