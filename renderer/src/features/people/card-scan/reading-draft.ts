import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CardReading, ReadPhone } from '../../../../../shared/card-scan/card-reading';
import { toAddressDraft } from '../address-draft';
import type { PersonDraft } from '../person-draft';

/**
 * The Phone field's text for a number read from a card: with its calling code, so the
 * country is never lost, as the card printed it when it has one, else spaced the
 * international way ("+1 206 441 3216", not "+12064413216").
 */
export function phoneText(p: ReadPhone): string {
  if (p.printed.trim().startsWith('+')) return p.printed.trim();
  return parsePhoneNumberFromString(p.number)?.formatInternational() ?? p.number;
}

/** Which number goes into Phone: the office line if the card has one, else the first. */
export function preferredPhone(phones: readonly ReadPhone[]): number {
  const office = phones.findIndex((p) => p.type === 'office');
  return office >= 0 ? office : phones.length > 0 ? 0 : -1;
}

/** What the person form starts with for a card: every field as read; the company of the interview when the card names none. */
export function draftFromReading(r: CardReading, fallbackCompany: string): PersonDraft {
  const phone = r.phones[preferredPhone(r.phones)];
  return {
    fullName: r.fullName.value,
    givenName: r.givenName.value,
    familyName: r.familyName.value,
    namesEdited: false,
    title: r.title.value,
    company: r.company.value || fallbackCompany,
    email: r.email.value,
    phone: phone ? phoneText(phone) : '',
    address: toAddressDraft(r.address.value),
    website: r.website.value,
    linkedin: r.linkedin.value,
    cardCollected: true,
  };
}
