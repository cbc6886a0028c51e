import type { Person } from '../../../shared/api/people/schemas';
import type { PeopleRepository } from '../repositories/people-repository';

type Filled = Pick<Person, 'title' | 'company' | 'phone' | 'website' | 'linkedin' | 'email' | 'address'>;

/**
 * Merges what is known about a person from elsewhere (a contacts file, an export) into the
 * one on record: fills in what they lack, never overwrites what the user already has. An
 * address the user has not confirmed gives way to the one that comes in.
 */
export function fillInPerson(people: PeopleRepository, target: Person, from: Filled, options: { cardCollected?: boolean } = {}): Person {
  const fill = <K extends 'title' | 'company' | 'phone' | 'website' | 'linkedin'>(k: K) => (target[k] === '' && from[k] !== '' ? { [k]: from[k] } : {});
  return people.update(target.id, {
    ...fill('title'),
    ...fill('company'),
    ...fill('phone'),
    ...fill('website'),
    ...fill('linkedin'),
    ...(target.emailStatus !== 'confirmed' && from.email ? { email: from.email } : {}),
    ...(target.address === null && from.address ? { address: from.address } : {}),
    ...(options.cardCollected ? { cardCollected: true } : {}),
  });
}
