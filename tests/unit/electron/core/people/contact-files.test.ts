import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../helpers/temp-dir';
import { peopleCore } from './people-fixture';

const FIXTURES = path.resolve(__dirname, '../../../../fixtures');

async function previewOf(t: ReturnType<typeof peopleCore>, file: string) {
  t.openAnswers.push([file]);
  const chosen = await t.must('contacts.chooseImportFile', {});
  if (chosen.kind === 'cancelled') throw new Error('cancelled');
  const mapping = chosen.kind === 'csv' ? { mapping: chosen.suggested } : {};
  const preview = await t.must('contacts.previewImport', { token: chosen.token, company: '', ...mapping });
  return { chosen, entries: preview.entries, preview, mapping };
}

describe('contact files as they come from real machines', () => {
  it('UTF-8 with a BOM and CRLF line ends; vCard 3.0 quoted-printable decoded; an unknown country is kept out with a warning naming the card', async () => {
    const t = peopleCore();
    const { chosen, entries } = await previewOf(t, path.join(FIXTURES, 'vcards/windows-crlf-bom-3.0.vcf'));
    expect(entries.map((e) => e.contact.fullName)).toEqual(['Zoë Müller', 'Max Roe']);
    expect(entries[0]!.contact.note).toBe('Spoke about the café and\nthe new office, first floor.');
    expect(entries[0]!.contact.warnings).toEqual([]);
    expect(entries[1]!.contact.address).toMatchObject({ lines: ['1 Harbour Road'], city: 'Poseidonia', country: '' });
    expect(entries[1]!.contact.warnings).toEqual([expect.stringMatching(/^Card 2 \(“Max Roe”\): the country “Atlantis” is not recognised/)]);
    await t.must('contacts.import', { token: chosen.token, company: '', actions: ['create', 'create'] });
    expect((await t.must('people.list', {})).map((p) => p.fullName).sort()).toEqual(['Max Roe', 'Zoë Müller']);
  });

  it('a country the user picks in the preview is used for that entry only; a bad code is refused', async () => {
    const t = peopleCore();
    const { chosen } = await previewOf(t, path.join(FIXTURES, 'vcards/windows-crlf-bom-3.0.vcf'));
    const bad = await t.call('contacts.import', { token: chosen.token, company: '', actions: ['create', 'create'], countries: ['', 'Atlantis'] });
    expect(bad.ok).toBe(false);
    expect(await t.must('people.list', {})).toEqual([]);
    await t.must('contacts.import', { token: chosen.token, company: '', actions: ['create', 'create'], countries: ['', 'gr'] });
    const people = await t.must('people.list', {});
    expect(people.find((p) => p.fullName === 'Max Roe')!.address).toMatchObject({ city: 'Poseidonia', country: 'GR' });
    expect(people.find((p) => p.fullName === 'Zoë Müller')!.address).toBeNull();
  });

  it('an Outlook 2.1 card saved in Windows-1252', async () => {
    const t = peopleCore();
    const { entries } = await previewOf(t, path.join(FIXTURES, 'vcards/outlook-2.1-windows-1252.vcf'));
    expect(entries.map((e) => e.contact)).toMatchObject([
      {
        fullName: 'Jürgen Müller',
        company: 'Straße & Söhne GmbH',
        title: 'Geschäftsführer',
        address: { lines: ['Königstraße 5'], city: 'München', postalCode: '80331', country: 'DE' },
        email: 'juergen.mueller@strasse-soehne.de',
      },
    ]);
  });

  it('a 2.1 card with an inline PHOTO', async () => {
    const t = peopleCore();
    const { entries } = await previewOf(t, path.join(FIXTURES, 'vcards/android-2.1-photo.vcf'));
    expect(entries.map((e) => e.contact)).toMatchObject([{ fullName: 'Jane Doe', phone: '+1 555 010 0199', email: 'jane.doe@example.com' }]);
  });

  it('a card’s photo of the person is kept with them as a JPEG: sabre/vobject’s 320 px JPEG, Evolution’s PNG; a photo that does not decode is not kept, the person still is', async () => {
    const t = peopleCore();
    const importOne = async (file: string, action: 'create' | 'merge') => {
      const { chosen, preview } = await previewOf(t, path.join(FIXTURES, file));
      expect(preview.notes).toEqual([]);
      return t.must('contacts.import', { token: chosen.token, company: '', actions: [action] });
    };
    expect(await importOne('vcards/sabre-vobject/issue153.vcf', 'create')).toEqual({ created: 1, merged: 0, skipped: 0, photos: 1 });
    expect(await importOne('vcards/evolution-data-server/photo-1.vcf', 'create')).toMatchObject({ created: 1, photos: 1 });
    expect(await importOne('vcards/android-2.1-photo.vcf', 'create')).toMatchObject({ created: 1, photos: 0 });
    const people = await t.must('people.list', {});
    const photosOf = (name: string) => t.repos.cardPhotos.listForPerson(people.find((p) => p.fullName === name)!.id);

    const [benutzer] = photosOf('Test Benutzer');
    expect(benutzer).toMatchObject({ source: 'contact file', side: 'front', reading: null, width: 320, height: 320 });
    const meta = await sharp(benutzer!.jpeg).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 320, 320]);
    const [evolution] = photosOf('photo');
    expect((await sharp(evolution!.jpeg).metadata()).format).toBe('jpeg');
    expect(photosOf('Jane Doe')).toEqual([]);

    // The same card again is a merge: it fills in what is missing, and a photo is there already.
    expect(await importOne('vcards/sabre-vobject/issue153.vcf', 'merge')).toEqual({ created: 0, merged: 1, skipped: 0, photos: 0 });
    expect(photosOf('Test Benutzer')).toHaveLength(1);
  });

  it('a vCard 4.0 tel: URI with ;ext= becomes "x 12"', async () => {
    const t = peopleCore();
    const { entries } = await previewOf(t, path.join(FIXTURES, 'vcards/vcard4-tel-ext.vcf'));
    expect(entries.map((e) => e.contact.phone)).toEqual(['+1-555-555-5555 x 12']);
  });

  it('an Outlook "Unicode" CSV (UTF-16LE with a BOM), and UTF-16BE too', async () => {
    const t = peopleCore();
    const { entries } = await previewOf(t, path.join(FIXTURES, 'csv/outlook-unicode.csv'));
    expect(entries.map((e) => [e.contact.fullName, e.contact.company, e.contact.address?.country ?? ''])).toEqual([
      ['Zoë Müller', 'Acme GmbH', 'DE'],
      ['王 伟', 'Northwind', 'CN'],
    ]);
    const le = fs.readFileSync(path.join(FIXTURES, 'csv/outlook-unicode.csv'));
    const be = Buffer.from(le);
    be.swap16();
    const file = path.join(tempDir(), 'big-endian.csv');
    fs.writeFileSync(file, be);
    expect((await previewOf(t, file)).entries.map((e) => e.contact.fullName)).toEqual(['Zoë Müller', '王 伟']);
  });

  it('a CSV row with an unknown country is imported without it, with a warning naming the line', async () => {
    const t = peopleCore();
    const file = path.join(tempDir(), 'atlantis.csv');
    fs.writeFileSync(file, 'Name,City,Country\nMax Roe,Poseidonia,Atlantis\nJane Doe,Berlin,Germany\n');
    const { chosen, entries, mapping } = await previewOf(t, file);
    expect(entries.map((e) => [e.contact.address?.country, e.contact.warnings])).toEqual([
      ['', [expect.stringMatching(/^Line 2 \(“Max Roe”\): the country “Atlantis” is not recognised/)]],
      ['DE', []],
    ]);
    expect(await t.must('contacts.import', { token: chosen.token, company: '', actions: ['create', 'create'], ...mapping })).toMatchObject({ created: 2 });
  });

  it('a file too large is refused before it is read', async () => {
    const t = peopleCore();
    const file = path.join(tempDir(), 'huge.vcf');
    const fd = fs.openSync(file, 'w');
    fs.ftruncateSync(fd, 6 * 1024 * 1024);
    fs.closeSync(fd);
    t.openAnswers.push([file]);
    const result = await t.call('contacts.chooseImportFile', {});
    expect(result.ok === false && result.error.message).toContain('larger than 5 MB');
  });

  it('a field that breaks a rule is left out with its reason, quoting only its start; the row imports', async () => {
    const t = peopleCore();
    const file = path.join(tempDir(), 'bad.csv');
    fs.writeFileSync(file, 'Name,Title\nJane Doe,' + 'x'.repeat(400) + '\n');
    t.openAnswers.push([file]);
    const chosen = await t.must('contacts.chooseImportFile', {});
    if (chosen.kind !== 'csv') throw new Error('expected csv');
    const preview = await t.must('contacts.previewImport', { token: chosen.token, company: '', mapping: { fullName: 0, title: 1 } });
    expect(preview.entries.map((e) => [e.contact.fullName, e.contact.title])).toEqual([['Jane Doe', '']]);
    expect(preview.entries[0]!.contact.warnings).toEqual([
      `Line 2 (“Jane Doe”): “${'x'.repeat(40)}…” was left out: Title is too long (at most 300 characters).`,
    ]);
  });
});

describe('what an import saves', () => {
  const card = (fn: string, email = '', note = '') =>
    ['BEGIN:VCARD', 'VERSION:3.0', `FN:${fn}`, 'ORG:Acme', ...(email ? [`EMAIL:${email}`] : []), ...(note ? [`NOTE:${note}`] : []), 'END:VCARD'].join('\r\n');

  async function chooseText(t: ReturnType<typeof peopleCore>, text: string) {
    const file = path.join(tempDir(), 'cards.vcf');
    fs.writeFileSync(file, `${text}\r\n`);
    t.openAnswers.push([file]);
    const chosen = await t.must('contacts.chooseImportFile', {});
    if (chosen.kind === 'cancelled') throw new Error('cancelled');
    return chosen;
  }

  it('the same person twice in one file becomes one person', async () => {
    const t = peopleCore();
    const { interview } = await t.interview('Acme');
    const chosen = await chooseText(
      t,
      [card('Jane Doe', 'jane.doe@acme.com'), card('Max Roe'), card('Jane Doe', 'JANE.DOE@acme.com', 'Second card'), card('max roe')].join('\r\n'),
    );
    const { entries } = await t.must('contacts.previewImport', { token: chosen.token, company: '' });
    expect(entries.map((e) => [e.action, e.match?.earlierEntry ?? null, e.match?.reason ?? null])).toEqual([
      ['create', null, null],
      ['create', null, null],
      ['merge', 0, 'same email'],
      ['merge', 1, 'same name at the same company'],
    ]);
    expect(await t.must('contacts.import', { token: chosen.token, company: '', interviewId: interview.id, actions: entries.map((e) => e.action) })).toEqual({
      created: 2,
      merged: 2,
      skipped: 0,
      photos: 0,
    });
    expect((await t.must('people.list', {})).map((p) => p.fullName).sort()).toEqual(['Jane Doe', 'Max Roe']);
    expect(await t.must('participants.list', { interviewId: interview.id })).toHaveLength(2);
  });

  it('a note longer than 20,000 characters is left out like a typed one would be refused, naming the card; the card imports', async () => {
    const t = peopleCore();
    const chosen = await chooseText(t, [card('Jane Doe'), card('Max Roe', '', 'x'.repeat(20_001))].join('\r\n'));
    const { entries } = await t.must('contacts.previewImport', { token: chosen.token, company: '' });
    expect(entries[1]!.contact).toMatchObject({ fullName: 'Max Roe', note: '' });
    expect(entries[1]!.contact.warnings).toEqual([
      'Card 2 (“Max Roe”): the note (xxxxxxxxxxxxxxxxxxxx…) was left out: Notes is too long (at most 20000 characters).',
    ]);
    expect(await t.must('contacts.import', { token: chosen.token, company: '', actions: ['create', 'create'] })).toMatchObject({ created: 2 });
  });

  it('an import that fails half-way (a database constraint on the third card) saves none of it', async () => {
    const t = peopleCore();
    const { interview } = await t.interview('Acme');
    t.core.db.exec(
      "CREATE TRIGGER refuse_third BEFORE INSERT ON people WHEN NEW.full_name = 'Third Person' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;",
    );
    const chosen = await chooseText(t, [card('First Person'), card('Second Person'), card('Third Person')].join('\r\n'));
    const result = await t.call('contacts.import', { token: chosen.token, company: '', interviewId: interview.id, actions: ['create', 'create', 'create'] });
    expect(result.ok).toBe(false);
    expect(await t.must('people.list', {})).toEqual([]);
    expect(await t.must('participants.list', { interviewId: interview.id })).toEqual([]);
  });
});
