import type { Person, PostalAddress } from '../../../shared/domain/person';
import { companyKey } from '../../../shared/domain/company-key';
import type { PeopleRepository } from '../repositories/people-repository';

/**
 * Who an incoming contact (a vCard, a CSV line, a scanned business card) already is: the
 * same confirmed email, or the same name at the same company, with case, accents and
 * spacing ignored. The one rule for every way people come into Afterword.
 */
export type MatchReason = 'same email' | 'same name at the same company';

/** Name and company as the match compares them. */
export function nameKey(fullName: string, company: string): string {
  return `${companyKey(fullName)}\u0000${companyKey(company)}`;
}

export interface KnownPeople {
  match(contact: { email: string; fullName: string; company: string }): { person: Person; reason: MatchReason } | null;
}

/** An index of the people known now, looked up by key so large imports stay fast. */
export function indexKnownPeople(list: readonly Person[]): KnownPeople {
  const byEmail = new Map<string, Person>();
  const byName = new Map<string, Person>();
  for (const p of list) {
    if (p.emailStatus === 'confirmed' && p.email !== '' && !byEmail.has(p.email.toLowerCase())) byEmail.set(p.email.toLowerCase(), p);
    if (!byName.has(nameKey(p.fullName, p.company))) byName.set(nameKey(p.fullName, p.company), p);
  }
  return {
    match({ email, fullName, company }) {
      const e = email.trim().toLowerCase();
      const sameEmail = e ? byEmail.get(e) : undefined;
      if (sameEmail) return { person: sameEmail, reason: 'same email' };
      const sameName = byName.get(nameKey(fullName, company));
      return sameName ? { person: sameName, reason: 'same name at the same company' } : null;
    },
  };
}

export interface IncomingContact {
  title: string;
  company: string;
  email: string;
  phone: string;
  website: string;
  linkedin: string;
  address: PostalAddress | null;
}

/** Fills in what the existing person lacks; never overwrites what the user already has. */
export function mergeInto(people: PeopleRepository, target: Person, c: IncomingContact, { markCardCollected = true } = {}): Person {
  const fill = <K extends 'title' | 'company' | 'phone' | 'website' | 'linkedin'>(k: K) => (target[k] === '' && c[k] !== '' ? { [k]: c[k] } : {});
  return people.update(target.id, {
    ...fill('title'),
    ...fill('company'),
    ...fill('phone'),
    ...fill('website'),
    ...fill('linkedin'),
    ...(target.emailStatus !== 'confirmed' && c.email ? { email: c.email } : {}),
    ...(target.address === null && c.address ? { address: c.address } : {}),
    ...(markCardCollected ? { cardCollected: true } : {}),
  });
}
