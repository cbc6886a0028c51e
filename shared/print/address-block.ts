import type { PostalAddress } from '../domain/person';
import { formatPostalAddress } from '../domain/postal-address-format';

/** Who a letter, envelope or label goes to: a snapshot of the person's details. */
export interface Recipient {
  fullName: string;
  title: string;
  company: string;
  address: PostalAddress | null;
}

const formattedCache = new Map<string, string[]>();

/**
 * The inside address and the envelope address: written the way the destination country
 * writes them, with the person's title under their name when the name comes first.
 */
export function recipientLines(recipient: Recipient, senderCountry: string, withTitle = true): string[] {
  const key = JSON.stringify([recipient.fullName, recipient.company, recipient.address, senderCountry]);
  let formatted = formattedCache.get(key);
  if (!formatted) {
    formatted = formatPostalAddress(recipient.fullName, recipient.company, recipient.address, { senderCountry });
    // A batch prints each address two or three times (letter, envelope, label).
    if (formattedCache.size > 2000) formattedCache.clear();
    formattedCache.set(key, formatted);
  }
  const lines = [...formatted];
  const title = recipient.title.trim();
  if (withTitle && title && lines[0] === recipient.fullName.replace(/\s+/gu, ' ').trim()) lines.splice(1, 0, title);
  return lines;
}

/** The return address as typed in Settings: the name first, then the typed lines. */
export function senderLines(yourName: string, returnAddress: string): string[] {
  return [yourName, ...returnAddress.split(/\r?\n/)].map((l) => l.trim()).filter(Boolean);
}
