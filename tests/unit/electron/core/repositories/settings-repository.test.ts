import { describe, expect, it } from 'vitest';
import { settingsPatch } from '../../../../../shared/api/settings/schemas';
import { openDatabase } from '../../../../../electron/core/db/open-database';
import { migration0001 } from '../../../../../electron/core/db/migrations/0001-opportunities';
import { migration0004 } from '../../../../../electron/core/db/migrations/0004-printing';
import { createSettingsRepository } from '../../../../../electron/core/repositories/settings-repository';
import { tempDir } from '../../../helpers/temp-dir';

const clock = { now: () => new Date('2026-03-04T10:00:00Z') };

function open(locale: string) {
  const db = openDatabase(tempDir(), [migration0001, migration0004]);
  return { db, repo: createSettingsRepository(db, clock, locale) };
}

describe('settings repository', () => {
  it('defaults paper, envelope and label sheet from the system locale', () => {
    const us = open('en-US').repo.get();
    expect([us.paper, us.envelope, us.labelSheet, us.country]).toEqual(['letter', 'no10', 'avery-5160', 'US']);
    const de = open('de-DE').repo.get();
    expect([de.paper, de.envelope, de.labelSheet, de.country]).toEqual(['a4', 'dl', 'avery-l7160', 'DE']);
    expect(de.closing).toBe('Sincerely,');
  });

  it('spells the way the system locale writes English, and keeps the spelling chosen', () => {
    expect(open('en-US').repo.get().spelling).toBe('en-US');
    expect(open('en-GB').repo.get().spelling).toBe('en-GB');
    expect(open('en-IN').repo.get().spelling).toBe('en-GB');
    expect(open('de-DE').repo.get().spelling).toBe('en-US');
    const { repo } = open('en-US');
    repo.update(settingsPatch.parse({ spelling: 'en-GB' }));
    expect(repo.get().spelling).toBe('en-GB');
    expect(() => settingsPatch.parse({ spelling: 'fr-FR' })).toThrow();
  });

  it('keeps what was updated and leaves the rest alone', () => {
    const { repo } = open('en-US');
    repo.update(settingsPatch.parse({ yourName: 'Zoë Ångström', returnAddress: '1 Main St\nSpringfield, IL 62701' }));
    repo.update(settingsPatch.parse({ paper: 'a4' }));
    const s = repo.get();
    expect(s.yourName).toBe('Zoë Ångström');
    expect(s.returnAddress).toBe('1 Main St\nSpringfield, IL 62701');
    expect(s.paper).toBe('a4');
    expect(s.envelope).toBe('no10');
  });

  it('falls back to the default for a stored field it cannot read', () => {
    const { db, repo } = open('en-US');
    repo.update(settingsPatch.parse({ yourName: 'Ana' }));
    db.prepare("UPDATE settings SET json = json_set(json, '$.paper', 'tabloid')").run();
    expect(repo.get().paper).toBe('letter');
    expect(repo.get().yourName).toBe('Ana');
  });

  it('refuses bad input with a message naming the field', () => {
    const bad = settingsPatch.safeParse({ customEnvelope: { widthMm: 10, heightMm: 100 } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/Envelope width/);
    expect(settingsPatch.safeParse({ signatureImage: 'data:text/html;base64,AAAA' }).success).toBe(false);
    expect(settingsPatch.safeParse({ country: 'Germany' }).success).toBe(false);
  });
});
