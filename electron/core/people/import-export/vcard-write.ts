import type { Person } from '../../../../shared/api/people/schemas';
import { countryName } from '../../../../shared/domain/postal-address-format';

/**
 * People as a vCard 3.0 file, the version every address book imports (iOS, Android,
 * Outlook, Google). Text is escaped per RFC 2426 and lines folded at 75 octets without
 * splitting a UTF-8 character.
 */
function escape(value: string): string {
  return value
    .replace(/\\/gu, '\\\\')
    .replace(/,/gu, '\\,')
    .replace(/\r\n|\n|\r/gu, '\\n');
}

/** Components of N, ADR and ORG are separated by ';', so a ';' inside one is escaped too. */
function component(value: string): string {
  return escape(value).replace(/;/gu, '\\;');
}

function fold(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + size > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function personToVcard(p: Person): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${escape(p.fullName)}`];
  lines.push(`N:${[p.familyName, p.givenName, '', '', ''].map(component).join(';')}`);
  if (p.company) lines.push(`ORG:${component(p.company)}`);
  if (p.title) lines.push(`TITLE:${escape(p.title)}`);
  // A guessed address is exported only once confirmed: another app would treat it as known.
  if (p.email && p.emailStatus === 'confirmed') lines.push(`EMAIL;TYPE=INTERNET,WORK:${escape(p.email)}`);
  if (p.phone) lines.push(`TEL;TYPE=WORK,VOICE:${escape(p.phone)}`);
  if (p.address) {
    const a = p.address;
    const country = a.country ? countryName(a.country) : '';
    lines.push(`ADR;TYPE=WORK:${['', '', a.lines.join('\n'), a.city, a.region, a.postalCode, country].map(component).join(';')}`);
  }
  if (p.website) lines.push(`URL:${escape(p.website)}`);
  if (p.linkedin) lines.push(`X-SOCIALPROFILE;TYPE=linkedin:${escape(p.linkedin)}`);
  lines.push('END:VCARD');
  return lines.map(fold).join('\r\n') + '\r\n';
}

export function peopleToVcards(people: readonly Person[]): string {
  return people.map(personToVcard).join('');
}
