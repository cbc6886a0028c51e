import type { ParsedInputOf } from '../../../../shared/api/contract';
import type { Person } from '../../../../shared/api/people/schemas';
import { NeedsConfirmationError } from '../../core-errors';
import type { Repositories } from '../../repositories';
import { refreshEmailGuesses } from '../email-guesses';
import { indexKnownPeople, mergeInto } from '../import-match';
import type { HeldScan } from './card-readings';

/**
 * A card's person saved as the user corrected them, with the card's photo (both sides),
 * in one transaction: a new person, or the person already known, whose missing fields are
 * filled in. Someone already known with the same email, or the same name at the same
 * company, is never added twice without the user saying so.
 */
export function cardAdding(repos: Pick<Repositories, 'transaction' | 'people' | 'participants' | 'interviews' | 'opportunities' | 'cardPhotos'>) {
  const { transaction, people, participants, interviews, opportunities, cardPhotos } = repos;
  return transaction((input: ParsedInputOf<'cards.add'>, held: HeldScan[]): Person => {
    const fields = input.person;
    const interviewCompany = input.interviewId !== undefined ? opportunities.get(interviews.get(input.interviewId).opportunityId).company : '';
    const company = fields.company.trim() || interviewCompany;
    let person: Person;
    if (input.mergeInto !== undefined) {
      person = mergeInto(people, people.get(input.mergeInto), { ...fields, company });
    } else {
      const known = indexKnownPeople(people.list()).match({ email: fields.email, fullName: fields.fullName, company });
      if (known && !input.addAsNew) {
        throw new NeedsConfirmationError(
          'addAsNew',
          `${known.person.fullName} is already in People (${known.reason}). Add this card to them, or add a new person anyway.`,
        );
      }
      person = people.create({ ...fields, company, cardCollected: true });
    }
    held.forEach((h, i) => cardPhotos.add({ personId: person.id, side: i === 0 ? 'front' : 'back', ...h.photo, reading: h.reading }));
    if (input.interviewId !== undefined) participants.add(input.interviewId, person.id);
    refreshEmailGuesses(people, person.company);
    return people.get(person.id);
  });
}
