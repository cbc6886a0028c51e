import type { PostalAddress } from '../../../../shared/api/people-schemas';

/** The address form's flat fields: two street lines are what cards carry. */
export interface AddressDraft {
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

export const emptyAddressDraft: AddressDraft = { line1: '', line2: '', city: '', region: '', postalCode: '', country: '' };

export function toAddressDraft(a: PostalAddress | null): AddressDraft {
  if (!a) return emptyAddressDraft;
  return { line1: a.lines[0] ?? '', line2: a.lines.slice(1).join(', '), city: a.city, region: a.region, postalCode: a.postalCode, country: a.country };
}

export function fromAddressDraft(d: AddressDraft): PostalAddress | null {
  const lines = [d.line1, d.line2].map((l) => l.trim()).filter(Boolean);
  const a = { lines, city: d.city.trim(), region: d.region.trim(), postalCode: d.postalCode.trim(), country: d.country };
  return lines.length === 0 && !a.city && !a.region && !a.postalCode && !a.country ? null : a;
}
