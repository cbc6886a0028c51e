import type { PersonFields } from '../../../../shared/api/people/input-schemas';
import type { Person } from '../../../../shared/api/people/schemas';
import { splitPersonName } from '../../../../shared/domain/person-name';
import { emptyAddressDraft, fromAddressDraft, toAddressDraft, type AddressDraft } from './address-draft';

/** What the person form edits; turned into API fields in one place. */
export interface PersonDraft {
  fullName: string;
  givenName: string;
  familyName: string;
  /** Set once the user edits given or family name: typing the full name no longer re-splits it. */
  namesEdited: boolean;
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
  return {
    fullName: '',
    givenName: '',
    familyName: '',
    namesEdited: false,
    title: '',
    company,
    email: '',
    phone: '',
    address: emptyAddressDraft,
    website: '',
    linkedin: '',
    cardCollected: false,
  };
}

export function toPersonDraft(p: Person): PersonDraft {
  const split = splitPersonName(p.fullName);
  return {
    fullName: p.fullName,
    givenName: p.givenName,
    familyName: p.familyName,
    // Names the user corrected before stay as they are when the full name is edited.
    namesEdited: p.givenName !== split.givenName || p.familyName !== split.familyName,
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

/** The draft after the full name changes: given and family name follow it until edited. */
export function withFullName(d: PersonDraft, fullName: string): PersonDraft {
  if (d.namesEdited) return { ...d, fullName };
  const split = splitPersonName(fullName);
  return { ...d, fullName, givenName: split.givenName, familyName: split.familyName };
}

export function toPersonFields(d: PersonDraft): Required<PersonFields> {
  return {
    fullName: d.fullName,
    givenName: d.givenName,
    familyName: d.familyName,
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
