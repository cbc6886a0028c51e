import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVcards } from '../../../../../electron/core/people/import-export/vcard-read';
import { tempDir } from '../../../helpers/temp-dir';
import { peopleCore } from './people-fixture';

const FIXTURES = path.resolve(__dirname, '../../../../fixtures/vcards');
const fixture = (name: string) => path.join(FIXTURES, name);

async function choose(t: ReturnType<typeof peopleCore>, file: string) {
  t.openAnswers.push([file]);
  const chosen = await t.must('contacts.chooseImportFile', {});
  if (chosen.kind === 'cancelled') throw new Error('cancelled');
  return chosen;
}

describe('importing contacts', () => {
  it('previews a vCard file, matches existing people by email and by name at the company, then imports into the interview', async () => {
    const t = peopleCore();
    const { interview } = await t.interview('Northwind');
    const existingWei = await t.must('people.create', { fullName: 'Wei Wang', company: 'Northwind', email: 'wei.wang@northwind.cn', title: '' });
    const existingSam = await t.must('people.create', { fullName: 'sam lee', company: 'NORTHWIND ' });
    const chosen = await choose(t, fixture('google-contacts-export.vcf'));
    expect(chosen).toMatchObject({ kind: 'vcard', fileName: 'google-contacts-export.vcf' });

    const { entries: preview } = await t.must('contacts.previewImport', { token: chosen.token, company: 'Northwind' });
    expect(preview.map((e) => [e.contact.fullName, e.match?.reason ?? null, e.action])).toEqual([
      ['Wei Wang', 'same email', 'merge'],
      ['Ana López Pérez', null, 'create'],
      ['Sam Lee', 'same name at the same company', 'merge'],
    ]);
    expect(await t.must('people.list', {})).toHaveLength(2); // the preview saved nothing

    const result = await t.must('contacts.import', {
      token: chosen.token,
      company: 'Northwind',
      interviewId: interview.id,
      actions: preview.map((e) => e.action),
    });
    expect(result).toEqual({ created: 1, merged: 2, skipped: 0, photos: 0 });
    expect(await t.must('people.list', {})).toHaveLength(3);
    // Merging fills what was missing and keeps what the user had.
    expect(await t.must('people.get', { id: existingWei.id })).toMatchObject({
      title: 'Engineering Manager',
      email: 'wei.wang@northwind.cn',
      cardCollected: true,
    });
    expect((await t.must('people.get', { id: existingSam.id })).fullName).toBe('sam lee');
    const inInterview = await t.must('participants.list', { interviewId: interview.id });
    expect(inInterview.map((p) => p.person.fullName).sort()).toEqual(['Ana López Pérez', 'Wei Wang', 'sam lee']);
    expect(inInterview.find((p) => p.person.fullName === 'Ana López Pérez')!.notes).toContain('own the data pipeline');
  });

  it('skips what the user chooses to skip', async () => {
    const t = peopleCore();
    const chosen = await choose(t, fixture('android-2.1-quoted-printable.vcf'));
    const result = await t.must('contacts.import', { token: chosen.token, company: 'Acme', actions: ['create', 'skip'] });
    expect(result).toEqual({ created: 1, merged: 0, skipped: 1, photos: 0 });
    expect((await t.must('people.list', {})).map((p) => [p.fullName, p.company])).toEqual([['José Álvarez', 'Acme España S.L.']]);
  });

  it.each([
    ['broken-missing-end.vcf', 'Card 2 (“Broken Card”): it has no END:VCARD before the next card begins at line 12'],
    ['broken-bad-line.vcf', 'Card 2 (“Mangled Export”): line 9 (“this line has no colon and no property n…”) is not a vCard line'],
    ['bad-email.vcf', 'Card 2 (“Typo Person”): the email “typo.person(at)example.com” was left out: Email must be an address'],
  ])('imports %s with the bad part left out and said on its card; the actions must match the preview', async (file, warning) => {
    const t = peopleCore();
    const chosen = await choose(t, fixture(file));
    const { entries } = await t.must('contacts.previewImport', { token: chosen.token, company: '' });
    expect(entries.flatMap((e) => e.contact.warnings)).toEqual([expect.stringContaining(warning)]);
    const wrongCount = await t.call('contacts.import', { token: chosen.token, company: '', actions: [...entries.map((e) => e.action), 'create'] });
    expect(wrongCount.ok).toBe(false);
    expect(await t.must('people.list', {})).toEqual([]);
    expect(await t.must('contacts.import', { token: chosen.token, company: '', actions: entries.map((e) => e.action) })).toMatchObject({
      created: entries.length,
    });
  });

  it('maps CSV columns (Outlook export headers are recognised) and names the line of a bad row', async () => {
    const t = peopleCore();
    const dir = tempDir();
    const csv = path.join(dir, 'outlook.csv');
    fs.writeFileSync(
      csv,
      '\uFEFFFirst Name,Last Name,Company,Job Title,E-mail Address,Business Phone,Business Street,Business City,Business State,Business Postal Code,Business Country/Region\r\n' +
        'Zoë,Müller,Acme GmbH,Head of Platform,zoe.mueller@acme.de,+49 30 1234-567,Friedrichstraße 123,Berlin,,10117,Germany\r\n' +
        '"José","Álvarez","Acme, S.L.",CTO,jose@acme.es,,"Calle de Alcalá 45",Madrid,Madrid,28014,España\r\n',
    );
    const chosen = await choose(t, csv);
    if (chosen.kind !== 'csv') throw new Error('expected csv');
    expect(chosen.suggested).toMatchObject({
      givenName: 0,
      familyName: 1,
      company: 2,
      title: 3,
      email: 4,
      phone: 5,
      street: 6,
      city: 7,
      region: 8,
      postalCode: 9,
      country: 10,
    });
    const { entries: preview } = await t.must('contacts.previewImport', { token: chosen.token, mapping: chosen.suggested, company: '' });
    expect(preview.map((e) => [e.contact.source, e.contact.fullName, e.contact.company, e.contact.address?.country])).toEqual([
      ['Line 2', 'Zoë Müller', 'Acme GmbH', 'DE'],
      ['Line 3', 'José Álvarez', 'Acme, S.L.', 'ES'],
    ]);

    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'Name,Phone\nJane Doe,555-0100\nJohn Roe,CALL ME\n');
    const badChosen = await choose(t, bad);
    const badPreview = await t.must('contacts.previewImport', { token: badChosen.token, mapping: { fullName: 0, phone: 1 }, company: '' });
    expect(badPreview.entries.map((e) => [e.contact.fullName, e.contact.phone])).toEqual([
      ['Jane Doe', '555-0100'],
      ['John Roe', ''],
    ]);
    expect(badPreview.entries[1]!.contact.warnings).toEqual([
      expect.stringContaining('Line 3 (“John Roe”): “CALL ME” was left out: Phone may contain only digits'),
    ]);

    const noName = await t.call('contacts.previewImport', { token: badChosen.token, mapping: { phone: 1 }, company: '' });
    expect(noName.ok === false && noName.error.message).toContain('Choose the column that holds the name');
  });

  it('refuses a CSV file with an unclosed quote, naming the line', async () => {
    const t = peopleCore();
    const bad = path.join(tempDir(), 'quote.csv');
    fs.writeFileSync(bad, 'Name,Email\nJane Doe,jane@example.com\n"John Roe,john@example.com\n');
    t.openAnswers.push([bad]);
    const result = await t.call('contacts.chooseImportFile', {});
    expect(result.ok === false && result.error.message).toMatch(/quote\.csv: Line 3/);
  });

  it('does nothing when the dialog is cancelled', async () => {
    const t = peopleCore();
    t.openAnswers.push(null);
    expect(await t.must('contacts.chooseImportFile', {})).toEqual({ kind: 'cancelled' });
  });
});

describe('exporting contacts', () => {
  it('exports everyone of an opportunity as a .vcf that reads back', async () => {
    const t = peopleCore();
    const { opportunity, interview } = await t.interview('Acme GmbH');
    for (const fullName of ['Zoë Müller', 'José Álvarez', '王伟']) await t.must('participants.add', { interviewId: interview.id, person: { fullName } });
    const file = path.join(tempDir(), 'people.vcf');
    t.saveAnswers.push(file);
    expect(await t.must('contacts.exportOpportunity', { opportunityId: opportunity.id })).toEqual({ path: file, count: 3 });
    expect(
      readVcards(fs.readFileSync(file, 'utf8'))
        .read.map((r) => r.contact.fullName)
        .sort(),
    ).toEqual(['José Álvarez', 'Zoë Müller', '王伟']);
  });

  it('exports one person, and a cancelled save writes nothing', async () => {
    const t = peopleCore();
    const p = await t.must('people.create', { fullName: 'Jane Doe', email: 'jane@example.com' });
    t.saveAnswers.push(null);
    expect(await t.must('contacts.exportPerson', { id: p.id })).toEqual({ path: null, count: 0 });
    const file = path.join(tempDir(), 'jane.vcf');
    t.saveAnswers.push(file);
    await t.must('contacts.exportPerson', { id: p.id });
    expect(readVcards(fs.readFileSync(file, 'utf8')).read.map((r) => r.contact)).toMatchObject([{ fullName: 'Jane Doe', email: 'jane@example.com' }]);
  });
});
