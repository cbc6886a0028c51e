import { z } from 'zod';
import type { Person } from '../../shared/api/people/schemas';
import { InvalidInputError, NeedsConfirmationError } from './core-errors';

const emailAddress = z.email({ pattern: z.regexes.unicodeEmail });

/**
 * The address a note handed to the mail app goes to (the note studio's thank-you email and
 * follow-through's drafts alike): the person's address when it is a valid one, and a guessed
 * address only once the user has seen that it is a guess.
 */
export function handOffAddress(person: Pick<Person, 'fullName' | 'email' | 'emailStatus'>, acknowledgeGuessedAddress: boolean): string {
  const email = person.email.trim();
  if (email === '' || person.emailStatus === 'none') {
    throw new InvalidInputError('email', `There is no email address for ${person.fullName}. Add it on their card first.`);
  }
  if (!emailAddress.safeParse(email).success) {
    throw new InvalidInputError('email', `${email} is not an email address. Correct it on ${person.fullName}'s card.`);
  }
  if (person.emailStatus === 'guessed' && !acknowledgeGuessedAddress) {
    throw new NeedsConfirmationError('acknowledgeGuessedAddress', `${email} is a guessed address for ${person.fullName}, not a confirmed one.`);
  }
  return email;
}
