import type { OutputOf } from '../../../shared/api/contract';
import { proposeEmail } from '../../../shared/domain/email-pattern';
import type { PeopleRepository } from '../repositories/people-repository';

/** Why a person has the address they have, or why none could be worked out from their colleagues'. */
export function explainEmail(people: PeopleRepository, id: string): OutputOf<'people.explainEmail'> {
  const person = people.get(id);
  if (person.emailStatus === 'confirmed') return { kind: 'confirmed', explanation: '' };
  if (person.emailStatus === 'guessed') return { kind: 'guessed', explanation: person.emailEvidence ?? '' };
  if (person.company.trim() === '') {
    return { kind: 'no-guess', explanation: `No company is given for ${person.fullName}, so there are no colleagues' addresses to learn from.` };
  }
  const colleagues = people.listAtCompany(person.company);
  const known = colleagues.filter((p) => p.emailStatus === 'confirmed' && p.email !== '');
  const others = colleagues.filter((p) => p.emailStatus !== 'confirmed' && p.id !== person.id);
  const proposal = proposeEmail(person, known, { dismissed: people.dismissedEmails(id), colleagues: others });
  return { kind: 'no-guess', explanation: proposal.kind === 'refused' ? proposal.explanation : '' };
}
