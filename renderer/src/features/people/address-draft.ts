import type { PostalAddress } from '../../../../shared/api/people/schemas';

/**
 * The address form's flat fields: three street lines; any further lines (cards and
 * imports may carry up to five) are kept untouched so an edit elsewhere never merges them.
 */
export interface AddressDraft {
  line1: string;
  line2: string;
  line3: string;
  moreLines: string[];
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

export const emptyAddressDraft: AddressDraft = { line1: '', line2: '', line3: '', moreLines: [], city: '', region: '', postalCode: '', country: '' };

export function toAddressDraft(a: PostalAddress | null): AddressDraft {
  if (!a) return emptyAddressDraft;
  return {
    line1: a.lines[0] ?? '',
    line2: a.lines[1] ?? '',
    line3: a.lines[2] ?? '',
    moreLines: a.lines.slice(3),
    city: a.city,
    region: a.region,
    postalCode: a.postalCode,
    country: a.country,
  };
}

export function fromAddressDraft(d: AddressDraft): PostalAddress | null {
  const lines = [d.line1, d.line2, d.line3, ...d.moreLines].map((l) => l.trim()).filter(Boolean);
  const a = { lines, city: d.city.trim(), region: d.region.trim(), postalCode: d.postalCode.trim(), country: d.country };
  return lines.length === 0 && !a.city && !a.region && !a.postalCode && !a.country ? null : a;
}
