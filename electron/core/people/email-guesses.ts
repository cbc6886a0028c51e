import { proposeEmails } from '../../../shared/domain/email-pattern';
import type { PeopleRepository } from '../repositories/people-repository';

/**
 * Keeps the guessed addresses at one company in step with what is known there: after any
 * change, colleagues without a known address get the company's pattern (marked 'guessed',
 * with the evidence), and guesses the evidence no longer supports are withdrawn.
 * Confirmed addresses are never touched; addresses the user rejected are never proposed again.
 */
export function refreshEmailGuesses(people: PeopleRepository, company: string): void {
  if (company.trim() === '') return;
  const colleagues = people.listAtCompany(company);
  const known = colleagues.filter((p) => p.emailStatus === 'confirmed' && p.email !== '');
  const unknown = colleagues.filter((p) => p.emailStatus !== 'confirmed');
  const proposals = proposeEmails(
    unknown.map((p) => ({ ...p, dismissed: people.dismissedEmails(p.id) })),
    known,
  );
  unknown.forEach((person, i) => {
    const proposal = proposals[i]!;
    if (proposal.kind === 'proposal') {
      const alsoPossible = proposal.alternatives.length > 0 ? ` Also possible: ${proposal.alternatives.join(', ')}.` : '';
      const evidence = `${proposal.explanation}${alsoPossible}`;
      if (person.email !== proposal.address || person.emailEvidence !== evidence) people.setEmail(person.id, proposal.address, 'guessed', evidence);
    } else if (person.emailStatus === 'guessed') {
      people.setEmail(person.id, '', 'none', '');
    }
  });
}
