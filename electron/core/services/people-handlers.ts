import type { Handlers } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/method-names';
import type { Db } from '../db/open-database';
import { InvalidInputError, NotFoundError } from '../core-errors';
import type { InterviewSummaryRepository } from '../repositories/interview-summary-repository';
import type { ParticipantRepository } from '../repositories/participant-repository';
import type { PeopleRepository } from '../repositories/people-repository';
import { companyKey } from '../../../shared/domain/company-key';
import { proposeEmail } from '../../../shared/domain/email-pattern';
import { refreshEmailGuesses } from './email-guesses';
import { createPeopleSearch } from './people-search';

type PeopleMethods = Extract<MethodName, `people.${string}` | `participants.${string}`>;

/** People and their part in interviews; every write runs in one transaction with its guesses. */
export function peopleHandlers(db: Db, people: PeopleRepository, participants: ParticipantRepository, summaries: InterviewSummaryRepository): Pick<Handlers, PeopleMethods> {
  const search = createPeopleSearch(db, people);
  const opportunityOfInterview = db.prepare<[string], { opportunity_id: string; company: string }>(
    'SELECT i.opportunity_id, o.company FROM interviews i JOIN opportunities o ON o.id = i.opportunity_id WHERE i.id = ?',
  );

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
    // Everyone, each with every interview they were in (newest first) and the notes to them from it.
    'people.directory': () => {
      const byPerson = new Map<string, ReturnType<InterviewSummaryRepository['allParticipations']>>();
      for (const p of summaries.allParticipations()) byPerson.set(p.personId, [...(byPerson.get(p.personId) ?? []), p]);
      return people.list().map((person) => ({
        person,
        interviews: (byPerson.get(person.id) ?? []).map((p) => ({
          interviewId: p.interviewId,
          opportunityId: p.opportunityId,
          company: p.company,
          role: p.role,
          date: p.date,
          title: p.title,
          roles: p.roles,
          email: p.email,
          letter: p.letter,
        })),
      }));
    },
    'people.create': db.transaction((fields) => {
      const created = people.create(fields);
      refreshFor(created.company);
      return people.get(created.id);
    }),
    'people.update': db.transaction(({ id, ...changes }) => {
      const before = people.get(id);
      const after = people.update(id, changes);
      refreshFor(before.company, after.company);
      return people.get(id);
    }),
    'people.delete': db.transaction(({ id }) => {
      const before = people.get(id);
      const result = people.delete(id);
      refreshFor(before.company);
      return result;
    }),
    'people.restore': db.transaction(({ id }) => {
      const restored = people.restore(id);
      refreshFor(restored.company);
      return people.get(id);
    }),
    'people.confirmEmail': db.transaction(({ id }) => {
      const person = people.get(id);
      if (person.email === '') throw new InvalidInputError('email', 'There is no email address to confirm.');
      people.setEmail(id, person.email, 'confirmed', '');
      refreshFor(person.company);
      return people.get(id);
    }),
    'people.rejectEmail': db.transaction(({ id }) => {
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
    'people.setRoles': db.transaction(({ opportunityId, personId, roles }) => participants.setRoles(opportunityId, personId, roles)),
    'participants.list': ({ interviewId }) => participants.listForInterview(interviewId),
    'participants.listForPerson': ({ personId }) => participants.listForPerson(personId),
    'participants.add': db.transaction((input) => {
      const interview = opportunityOfInterview.get(input.interviewId);
      if (!interview) throw new NotFoundError('That interview');
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
    'participants.update': db.transaction((patch) => participants.updateNotes(patch)),
    'participants.remove': db.transaction(({ interviewId, personId }) => participants.remove(interviewId, personId)),
    'participants.restore': db.transaction(({ interviewId, personId }) => participants.restore(interviewId, personId)),
  };
}
