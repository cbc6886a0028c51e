import type { Handlers } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/method-names';
import { InvalidInputError } from '../core-errors';
import type { Repositories } from '../repositories';
import { companyKey } from '../../../shared/domain/company-key';
import { proposeEmail } from '../../../shared/domain/email-pattern';
import { refreshEmailGuesses } from './email-guesses';
import { createPeopleSearch } from './people-search';

type PeopleMethods = Extract<MethodName, `people.${string}` | `participants.${string}`>;

/** People and their part in interviews; every write runs in one transaction with its guesses. */
export function peopleHandlers(
  repos: Pick<Repositories, 'transaction' | 'people' | 'participants' | 'interviews' | 'opportunities'>,
): Pick<Handlers, PeopleMethods> {
  const { transaction, people, participants, interviews, opportunities } = repos;
  const search = createPeopleSearch(people, participants);

  const refreshFor = (...companies: string[]) => {
    const byKey = new Map(companies.map((c) => [companyKey(c), c]));
    for (const c of byKey.values()) refreshEmailGuesses(people, c);
  };

  return {
    'people.list': ({ company, opportunityId }) => {
      if (opportunityId !== undefined) return people.listForOpportunity(opportunityId);
      if (company !== undefined) return people.listAtCompany(company);
      return people.list();
    },
    'people.get': ({ id }) => people.get(id),
    'people.create': transaction((fields) => {
      const created = people.create(fields);
      refreshFor(created.company);
      return people.get(created.id);
    }),
    'people.update': transaction(({ id, ...changes }) => {
      const before = people.get(id);
      const after = people.update(id, changes);
      refreshFor(before.company, after.company);
      return people.get(id);
    }),
    'people.delete': transaction(({ id }) => {
      const before = people.get(id);
      const result = people.delete(id);
      refreshFor(before.company);
      return result;
    }),
    'people.restore': transaction(({ id }) => {
      const restored = people.restore(id);
      refreshFor(restored.company);
      return people.get(id);
    }),
    'people.confirmEmail': transaction(({ id }) => {
      const person = people.get(id);
      if (person.email === '') throw new InvalidInputError('email', 'There is no email address to confirm.');
      people.setEmail(id, person.email, 'confirmed', '');
      refreshFor(person.company);
      return people.get(id);
    }),
    'people.rejectEmail': transaction(({ id }) => {
      const person = people.get(id);
      if (person.emailStatus !== 'guessed') throw new InvalidInputError('email', 'Only a guessed address can be rejected; edit a known address instead.');
      people.dismissEmail(id, person.email);
      people.setEmail(id, '', 'none', '');
      refreshFor(person.company);
      return people.get(id);
    }),
    'people.explainEmail': ({ id }) => {
      const person = people.get(id);
      if (person.emailStatus === 'confirmed') return { kind: 'confirmed' as const, explanation: '' };
      if (person.emailStatus === 'guessed') return { kind: 'guessed' as const, explanation: person.emailEvidence ?? '' };
      if (person.company.trim() === '') {
        return { kind: 'no-guess' as const, explanation: `No company is given for ${person.fullName}, so there are no colleagues' addresses to learn from.` };
      }
      const colleagues = people.listAtCompany(person.company);
      const known = colleagues.filter((p) => p.emailStatus === 'confirmed' && p.email !== '');
      const others = colleagues.filter((p) => p.emailStatus !== 'confirmed' && p.id !== person.id);
      const proposal = proposeEmail(person, known, { dismissed: people.dismissedEmails(id), colleagues: others });
      return { kind: 'no-guess' as const, explanation: proposal.kind === 'refused' ? proposal.explanation : '' };
    },
    'people.search': ({ query }) => search(query),
    'people.setRoles': transaction(({ opportunityId, personId, roles }) => participants.setRoles(opportunityId, personId, roles)),
    'participants.list': ({ interviewId }) => participants.listForInterview(interviewId),
    'participants.listForPerson': ({ personId }) => participants.listForPerson(personId),
    'participants.add': transaction((input) => {
      const interview = opportunities.get(interviews.get(input.interviewId).opportunityId);
      let personId: string;
      if ('personId' in input) personId = input.personId;
      else {
        // A new person met at this interview works for the opportunity's company unless the card says otherwise.
        const created = people.create({ ...input.person, company: input.person.company.trim() || interview.company });
        refreshFor(created.company);
        personId = created.id;
      }
      return participants.add(input.interviewId, personId);
    }),
    'participants.update': transaction((patch) => participants.updateNotes(patch)),
    'participants.remove': transaction(({ interviewId, personId }) => participants.remove(interviewId, personId)),
    'participants.restore': transaction(({ interviewId, personId }) => participants.restore(interviewId, personId)),
  };
}
