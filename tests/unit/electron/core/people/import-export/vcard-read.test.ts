import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { vcardFileText } from '../../../../../../electron/core/people/import-export/file-text';
import { readVcards } from '../../../../../../electron/core/people/import-export/vcard-read';
import { peopleToVcards } from '../../../../../../electron/core/people/import-export/vcard-write';
import type { Person } from '../../../../../../shared/api/people/schemas';

const FIXTURES = path.resolve(__dirname, '../../../../../fixtures/vcards');
const read = (name: string) => readVcards(vcardFileText(fs.readFileSync(path.join(FIXTURES, name)))).read.map((r) => r.contact);

describe('readVcards on real exports', () => {
  it('iPhone (vCard 3.0, grouped properties, folded photo)', () => {
    const [zoe, ...rest] = read('iphone-ios17.vcf');
    expect(rest).toEqual([]);
    expect(zoe).toMatchObject({
      fullName: 'Zoë Müller',
      givenName: 'Zoë',
      familyName: 'Müller',
      company: 'Acme GmbH',
      title: 'Head of Platform',
      email: 'zoe.mueller@acme.de',
      phone: '+49 30 1234-567',
      address: { lines: ['Friedrichstraße 123', 'Aufgang B'], city: 'Berlin', postalCode: '10117', country: 'DE' },
      website: 'https://acme.de',
      linkedin: 'https://www.linkedin.com/in/zoemueller',
      note: 'Met at the platform panel, second floor.',
    });
  });

  it('Android (vCard 2.1, quoted-printable UTF-8 with soft line breaks, bare parameters, Chinese name)', () => {
    const [jose, wang] = read('android-2.1-quoted-printable.vcf');
    expect(jose).toMatchObject({
      fullName: 'José Álvarez',
      familyName: 'Álvarez',
      title: 'Director de Ingeniería',
      company: 'Acme España S.L.',
      phone: '+34 612 345 678',
      address: { lines: ['Calle de Alcalá 45, 3º izq.'], city: 'Madrid', region: 'Madrid', postalCode: '28014', country: 'ES' },
    });
    expect(wang).toMatchObject({ fullName: '王伟', familyName: '王', givenName: '伟', phone: '+86 10 6505 1234', address: null });
  });

  it('Outlook (vCard 2.1 with a quoted-printable label)', () => {
    expect(read('outlook-2.1.vcf')).toMatchObject([
      {
        fullName: 'Jane Doe',
        company: 'Contoso Ltd.',
        title: 'Recruiter',
        email: 'jane.doe@contoso.com',
        phone: '(425) 555-0100',
        address: { city: 'Redmond', region: 'WA', country: 'US' },
      },
    ]);
  });

  it('Google Contacts export (several cards, folded note, LinkedIn as URL)', () => {
    const cards = read('google-contacts-export.vcf');
    expect(cards.map((c) => [c.source, c.fullName, c.email])).toEqual([
      ['Card 1', 'Wei Wang', 'wei.wang@northwind.cn'],
      ['Card 2', 'Ana López Pérez', 'ana.lopez@northwind.mx'],
      ['Card 3', 'Sam Lee', ''],
    ]);
    expect(cards[0]).toMatchObject({
      linkedin: 'https://www.linkedin.com/in/weiwang',
      website: '',
      address: { lines: ['88 Century Avenue, Pudong'], country: 'CN' },
    });
    expect(cards[1]!.note).toBe('Said the team grows to eight next year and the manager wants someone to own the data pipeline.');
  });

  it('vCard 4.0 (tel: URI, quoted TYPE list)', () => {
    expect(read('vcard4-nextcloud.vcf')).toMatchObject([
      { fullName: 'Łukasz Nowak', phone: '+48-22-555-0100', address: { city: 'Warszawa', postalCode: '00-001', country: 'PL' } },
    ]);
  });

  it.each([
    ['broken-missing-end.vcf', 'Broken Card', /^Card 2 \(“Broken Card”\): it has no END:VCARD before the next card begins at line 12/],
    ['broken-bad-line.vcf', 'Mangled Export', /^Card 2 \(“Mangled Export”\): line 9 \(“this line has no colon and no property n…”\) is not a vCard line/],
  ])('reads %s, and says on the card what was wrong', (file, name, warning) => {
    const card = read(file).find((c) => c.fullName === name)!;
    expect(card.warnings).toEqual([expect.stringMatching(warning)]);
  });

  it('refuses text that holds no vCard', () => {
    expect(() => readVcards('Name,Email\nJane,jane@example.com\n')).toThrow(/no contact cards/);
    expect(() => readVcards('')).toThrow(/no contact cards/);
  });
});

describe('peopleToVcards', () => {
  const base: Person = {
    id: '00000000-0000-4000-8000-000000000001',
    fullName: 'José Álvarez; "Pepe", <b>',
    givenName: 'José',
    familyName: 'Álvarez',
    title: 'Director de Ingeniería, Plataforma de Datos y Servicios Compartidos para América Latina',
    company: 'Acme España S.L.',
    email: 'jose.alvarez@acme.es',
    emailStatus: 'confirmed',
    phone: '+34 612 345 678',
    address: { lines: ['Calle de Alcalá 45', '3º izq.'], city: 'Madrid', region: 'Madrid', postalCode: '28014', country: 'ES' },
    website: '',
    linkedin: 'https://www.linkedin.com/in/jose',
    cardCollected: true,
    createdAt: '2026-11-19T10:00:00.000Z',
    updatedAt: '2026-11-19T10:00:00.000Z',
  };

  it('writes cards that ical.js and our reader give back unchanged, with lines of at most 75 octets', () => {
    const wang: Person = {
      ...base,
      id: '00000000-0000-4000-8000-000000000002',
      fullName: '王伟',
      givenName: '伟',
      familyName: '王',
      email: '',
      emailStatus: 'none',
      address: null,
      title: '工程经理'.repeat(12),
    };
    const text = peopleToVcards([base, wang]);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const parsed = ICAL.parse(text) as unknown[];
    expect(parsed).toHaveLength(2);
    const back = readVcards(text).read.map((r) => r.contact);
    expect(back[0]).toMatchObject({ fullName: base.fullName, title: base.title, email: base.email, address: base.address, linkedin: base.linkedin });
    expect(back[1]).toMatchObject({ fullName: '王伟', title: wang.title, email: '' });
  });

  it('leaves out an address that is only guessed', () => {
    const text = peopleToVcards([{ ...base, emailStatus: 'guessed' }]);
    expect(text).not.toContain('EMAIL');
  });
});
