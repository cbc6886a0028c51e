import { describe, expect, it } from 'vitest';
import { fromAddressDraft, toAddressDraft } from '../../../../../renderer/src/features/people/address-draft';
import { emptyPersonDraft, toPersonDraft, toPersonFields, withFullName } from '../../../../../renderer/src/features/people/person-draft';
import type { Person, PostalAddress } from '../../../../../shared/api/people/schemas';

const address: PostalAddress = {
  lines: ['Acme Tower', '1 Main St', 'Suite 200', 'Attn: Hiring', 'Mail stop 4'],
  city: 'Springfield',
  region: 'IL',
  postalCode: '62701',
  country: 'US',
};

describe('address draft', () => {
  it('keeps every street line as it was, through an edit of another field', () => {
    const draft = toAddressDraft(address);
    expect(fromAddressDraft({ ...draft, city: 'Chicago' })).toEqual({ ...address, city: 'Chicago' });
    expect(fromAddressDraft({ ...draft, line3: 'Suite 300' })!.lines).toEqual(['Acme Tower', '1 Main St', 'Suite 300', 'Attn: Hiring', 'Mail stop 4']);
  });
});

describe('person draft names', () => {
  it('given and family name follow the full name until the user corrects them', () => {
    const typed = withFullName(emptyPersonDraft('Acme'), 'José Álvarez García');
    expect(typed).toMatchObject({ givenName: 'José Álvarez', familyName: 'García' });
    const corrected = { ...typed, givenName: 'José', familyName: 'Álvarez García', namesEdited: true };
    expect(withFullName(corrected, 'José Álvarez García (Pepe)')).toMatchObject({ givenName: 'José', familyName: 'Álvarez García' });
    expect(toPersonFields(corrected)).toMatchObject({ givenName: 'José', familyName: 'Álvarez García' });
  });

  it('a person whose names were corrected before opens with them marked as edited', () => {
    const person: Person = {
      id: 'p1',
      fullName: 'José Álvarez García',
      givenName: 'José',
      familyName: 'Álvarez García',
      title: '',
      company: '',
      email: '',
      emailStatus: 'none',
      phone: '',
      address: null,
      website: '',
      linkedin: '',
      cardCollected: false,
      createdAt: '',
      updatedAt: '',
    };
    expect(toPersonDraft(person).namesEdited).toBe(true);
    expect(toPersonDraft({ ...person, givenName: 'José Álvarez', familyName: 'García' }).namesEdited).toBe(false);
  });
});
