/**
 * Whether each field of a reading is exactly what the card says: phones compared as the
 * set of E.164 numbers, emails lower-cased, everything else character for character
 * (accents included) after trimming and collapsing spaces.
 */
import type { CardReading } from '../../../../shared/card-scan/card-reading';
import type { CardTruth } from './card-people';

export const SCORED_FIELDS = ['name', 'givenFamily', 'title', 'company', 'email', 'phones', 'phoneTypes', 'website', 'linkedin', 'address'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

const same = (a: string, b: string) => a.replace(/\s+/gu, ' ').trim() === b.replace(/\s+/gu, ' ').trim();

export function scoreReading(reading: CardReading, truth: CardTruth): Record<ScoredField, boolean> {
  const numbers = reading.phones.map((p) => p.number).sort();
  const expected = truth.phones.map((p) => p.e164).sort();
  const a = reading.address.value;
  const t = truth.address;
  return {
    name: same(reading.fullName.value, truth.fullName),
    givenFamily: same(reading.givenName.value, truth.givenName) && same(reading.familyName.value, truth.familyName),
    title: same(reading.title.value, truth.title),
    company: same(reading.company.value, truth.company),
    email: reading.email.value.toLowerCase() === truth.email.toLowerCase(),
    phones: numbers.join(',') === expected.join(','),
    phoneTypes: truth.phones.every((p) => reading.phones.some((r) => r.number === p.e164 && r.type === p.type)),
    website: same(reading.website.value, truth.website),
    linkedin: same(reading.linkedin.value, truth.linkedin),
    address:
      a !== null &&
      same(a.lines.join(' | '), t.lines.join(' | ')) &&
      same(a.city, t.city) &&
      same(a.region, t.region) &&
      same(a.postalCode, t.postalCode) &&
      a.country === t.country,
  };
}
