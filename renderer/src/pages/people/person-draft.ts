import type { PersonFields } from '../../../../shared/api/people-input-schemas';
import type { Person } from '../../../../shared/api/people-schemas';
import { emptyAddressDraft, fromAddressDraft, toAddressDraft, type AddressDraft } from './address-draft';

/** What the person form edits; turned into API fields in one place. */
export interface PersonDraft {
  fullName: string;
  title: string;
  company: string;
  email: string;
  phone: string;
  address: AddressDraft;
  website: string;
  linkedin: string;
  cardCollected: boolean;
}

export function emptyPersonDraft(company: string): PersonDraft {
  return { fullName: '', title: '', company, email: '', phone: '', address: emptyAddressDraft, website: '', linkedin: '', cardCollected: false };
}

export function toPersonDraft(p: Person): PersonDraft {
  return {
    fullName: p.fullName,
    title: p.title,
    company: p.company,
    email: p.email,
    phone: p.phone,
    address: toAddressDraft(p.address),
    website: p.website,
    linkedin: p.linkedin,
    cardCollected: p.cardCollected,
  };
}

export function toPersonFields(d: PersonDraft): Required<Omit<PersonFields, 'givenName' | 'familyName'>> {
  return {
    fullName: d.fullName,
    title: d.title,
    company: d.company,
    email: d.email,
    phone: d.phone,
    address: fromAddressDraft(d.address),
    website: d.website,
    linkedin: d.linkedin,
    cardCollected: d.cardCollected,
  };
}
