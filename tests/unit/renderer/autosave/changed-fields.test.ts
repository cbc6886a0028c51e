import { describe, expect, it } from 'vitest';
import { changedFields } from '../../../../renderer/src/autosave/changed-fields';
import { toPersonDraft, toPersonFields } from '../../../../renderer/src/features/people/person-draft';
import type { Person } from '../../../../shared/api/people/schemas';

const jane: Person = {
  id: 'p1',
  fullName: 'Jane Doe',
  givenName: 'Jane',
  familyName: 'Doe',
  title: 'CTO',
  company: 'Acme',
  email: '',
  emailStatus: 'none',
  phone: '',
  address: { lines: ['1 Main St', 'Suite 2', 'Building C'], city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' },
  website: '',
  linkedin: '',
  cardCollected: false,
  createdAt: '2026-11-19T00:00:00.000Z',
  updatedAt: '2026-11-19T00:00:00.000Z',
};

describe('changedFields', () => {
  it('keeps only the fields that differ', () => {
    expect(
      changedFields({ topics: 'a', learned: '', rolePlan: '', notes: 'imported' }, { topics: 'a', learned: 'x', rolePlan: '', notes: 'imported' }),
    ).toEqual({ learned: 'x' });
    expect(changedFields({ a: 1 }, { a: 1 })).toEqual({});
  });

  it('compares addresses by value, so an untouched address is not sent', () => {
    const before = toPersonFields(toPersonDraft(jane));
    const after = toPersonFields({ ...toPersonDraft(jane), title: 'CEO' });
    expect(changedFields(before, after)).toEqual({ title: 'CEO' });
  });
});
