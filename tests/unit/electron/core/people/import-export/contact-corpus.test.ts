import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { peopleCore } from '../people-fixture';

/**
 * Every contact file of the corpus (real files from other projects' test suites and exports
 * made like real apps' ones) through the real core: chosen in the dialog, mapped as the core
 * suggests, previewed, imported. Each must yield the cards and fields its manifest entry
 * lists, say what it left out and why, and import every card it previews.
 */
interface Expected {
  file: string;
  from: string;
  licence: string;
  cards: Array<Record<string, unknown> & { warnings?: string[]; photo?: string }>;
  leftOut?: string[];
  notes?: string[];
}

const FIXTURES = path.resolve(__dirname, '../../../../../fixtures');
const manifest = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'contact-corpus.json'), 'utf8')) as { files: Expected[] };
const TEXT_FIELDS = ['fullName', 'givenName', 'familyName', 'title', 'company', 'email', 'phone', 'website', 'linkedin', 'note'] as const;

describe('the contact corpus', () => {
  it('has at least 40 files, each present, with its source and licence', () => {
    expect(manifest.files.length).toBeGreaterThanOrEqual(40);
    expect(manifest.files.filter((f) => !f.from.startsWith('made for Afterword')).length).toBeGreaterThanOrEqual(40);
    for (const f of manifest.files) {
      expect(fs.existsSync(path.join(FIXTURES, f.file)), f.file).toBe(true);
      expect(f.licence, f.file).not.toBe('');
    }
    const listed = new Set(manifest.files.map((f) => f.file));
    const onDisk = ['vcards', 'csv'].flatMap((dir) =>
      fs
        .readdirSync(path.join(FIXTURES, dir), { recursive: true })
        .map((f) => `${dir}/${String(f)}`)
        .filter((f) => /\.(vcf|csv)$/u.test(f)),
    );
    expect(onDisk.filter((f) => !listed.has(f))).toEqual([]);
  });

  it.each(manifest.files.map((f) => [f.file, f] as const))('%s yields its cards', async (_file, expected) => {
    const t = peopleCore();
    t.openAnswers.push([path.join(FIXTURES, expected.file)]);
    const chosen = await t.must('contacts.chooseImportFile', {});
    if (chosen.kind === 'cancelled') throw new Error('cancelled');
    const mapping = chosen.kind === 'csv' ? { mapping: chosen.suggested } : {};
    const preview = await t.must('contacts.previewImport', { token: chosen.token, company: '', ...mapping });

    const got = preview.entries.map(({ contact }) => {
      const fields: Record<string, unknown> = {};
      for (const key of TEXT_FIELDS) if (contact[key] !== '') fields[key] = contact[key];
      fields.source = contact.source;
      if (contact.address) fields.address = contact.address;
      if (contact.photo) fields.photo = contact.photo.mediaType;
      if (contact.warnings.length > 0) fields.warnings = contact.warnings;
      return fields;
    });
    expect(got).toEqual(expected.cards);
    expect(preview.leftOut.map((l) => `${l.where}: ${l.reason}`)).toEqual(expected.leftOut ?? []);
    expect(preview.notes).toEqual(expected.notes ?? []);
    // No message quotes more than a bounded piece of the file.
    for (const message of [...preview.entries.flatMap((e) => e.contact.warnings), ...preview.notes]) expect(message.length, message).toBeLessThan(400);

    const result = await t.must('contacts.import', { token: chosen.token, company: '', ...mapping, actions: preview.entries.map((e) => e.action) });
    expect(result.created + result.merged).toBe(expected.cards.length);
    const people = await t.must('people.list', {});
    expect(people.length).toBe(result.created);
  });
});
