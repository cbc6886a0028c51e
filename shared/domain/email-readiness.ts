import type { Person } from '../api/people-schemas';

/**
 * Whether an email or letter may use this person's address as it is. A guessed address
 * (worked out from the company's pattern) is never used silently: callers show this
 * warning as text beside the send button until the user confirms the address.
 */
export function emailAddressWarning(person: Pick<Person, 'fullName' | 'email' | 'emailStatus'>): string | null {
  if (person.email === '' || person.emailStatus === 'none') return `No email address is known for ${person.fullName}.`;
  if (person.emailStatus === 'guessed') {
    return `${person.email} is guessed from the company's address pattern, not taken from ${person.fullName}'s card. Confirm it before sending.`;
  }
  return null;
}
