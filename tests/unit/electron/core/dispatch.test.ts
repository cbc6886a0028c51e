import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../electron/core/core';
import type { Logger } from '../../../../electron/core/logger';
import { tempDir } from '../../helpers/temp-dir';
import { checkedCore } from '../../helpers/checked-outputs';

const quietLogger: Logger = { info() {}, warn() {}, error() {} };
const noDialogs = {
  showSaveDialog: async () => null,
  showOpenDialog: async () => null,
};

let core: Core | null = null;
afterEach(() => core?.close());

function open(): Core {
  core = checkedCore(openCore(tempDir(), { appVersion: '0.0.0-test', logger: quietLogger, dialogs: noDialogs, openExternal: async () => {} }));
  return core;
}

/** Every row of every table: what "the database is unchanged" means. */
function snapshot(c: Core): string {
  const tables = c.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => [name, c.db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

describe('dispatch', () => {
  it('creates, lists and updates through the contract', async () => {
    const c = open();
    const created = await c.dispatch('opportunities.create', { company: '  Fabrikam ', role: 'Analyst' });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const value = created.value as { id: string; company: string; location: string };
    expect(value.company).toBe('Fabrikam');
    expect(value.location).toBe('');
    const interview = await c.dispatch('interviews.create', { opportunityId: value.id, date: '2026-02-28', startTime: '09:00' });
    expect(interview.ok).toBe(true);
    const list = await c.dispatch('opportunities.list', {});
    expect(list).toMatchObject({ ok: true, value: [{ company: 'Fabrikam', interviewCount: 1, latestInterviewDate: '2026-02-28' }] });
  });

  const tenMegabytes = 'x'.repeat(10 * 1024 * 1024);
  const cases: Array<[string, string, unknown, string, RegExp]> = [
    ['missing company', 'opportunities.create', { role: 'Analyst' }, 'company', /Company is required/],
    ['blank company', 'opportunities.create', { company: '   ', role: 'Analyst' }, 'company', /Company is required/],
    ['company of the wrong type', 'opportunities.create', { company: 42, role: 'Analyst' }, 'company', /Company must be text/],
    ['a 10 MB role', 'opportunities.create', { company: 'A', role: tenMegabytes }, 'role', /Role is too long/],
    ['an unexpected field', 'opportunities.create', { company: 'A', role: 'B', admin: true }, 'admin', /Unexpected field “admin”/],
    ['not an object at all', 'opportunities.create', 'DROP TABLE opportunities', '', /not in the expected form/],
    ['null input', 'opportunities.create', null, '', /not in the expected form/],
    [
      'February 30th',
      'interviews.create',
      { opportunityId: '00000000-0000-4000-8000-000000000000', date: '2026-02-30' },
      'date',
      /Date must be a real calendar date/,
    ],
    ['a date in another format', 'interviews.create', { opportunityId: '00000000-0000-4000-8000-000000000000', date: '30/01/2026' }, 'date', /calendar date/],
    [
      'an impossible time',
      'interviews.create',
      { opportunityId: '00000000-0000-4000-8000-000000000000', date: '2026-01-30', startTime: '25:00' },
      'startTime',
      /Start time must be a time/,
    ],
    [
      'end before start',
      'interviews.create',
      { opportunityId: '00000000-0000-4000-8000-000000000000', date: '2026-01-30', startTime: '14:00', endTime: '13:00' },
      'endTime',
      /after the start time/,
    ],
    ['an id that is not an id', 'opportunities.get', { id: "1' OR '1'='1" }, 'id', /must be an id/],
  ];

  it.each(cases)('%s: a typed error naming the field, and no change', async (_name, method, input, field, message) => {
    const c = open();
    await c.dispatch('opportunities.create', { company: 'Existing', role: 'Role' });
    const before = snapshot(c);
    const result = await c.dispatch(method, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.field ?? '').toBe(field);
    expect(result.error.message).toMatch(message);
    expect(result.error.message).not.toMatch(/at .*\.ts:\d+/);
    expect(snapshot(c)).toBe(before);
  });

  it('refuses an unknown method without touching anything', async () => {
    const c = open();
    const before = snapshot(c);
    expect(await c.dispatch('db.exec', { sql: 'DROP TABLE opportunities' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(snapshot(c)).toBe(before);
  });

  it('reports a missing row as not-found, and an interview for a deleted opportunity changes nothing', async () => {
    const c = open();
    const missing = await c.dispatch('opportunities.get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const before = snapshot(c);
    const orphan = await c.dispatch('interviews.create', { opportunityId: '00000000-0000-4000-8000-000000000000', date: '2026-01-30' });
    expect(orphan).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(snapshot(c)).toBe(before);
  });

  it('rejects an interview update whose end falls before its stored start', async () => {
    const c = open();
    const o = await c.dispatch('opportunities.create', { company: 'A', role: 'B' });
    if (!o.ok) throw new Error('setup');
    const i = await c.dispatch('interviews.create', { opportunityId: (o.value as { id: string }).id, date: '2026-03-02', startTime: '10:00' });
    if (!i.ok) throw new Error('setup');
    const before = snapshot(c);
    const result = await c.dispatch('interviews.update', { id: (i.value as { id: string }).id, endTime: '09:00' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'endTime' } });
    expect(snapshot(c)).toBe(before);
  });

  it('deleting an opportunity deletes its interviews (foreign keys are on)', async () => {
    const c = open();
    const o = await c.dispatch('opportunities.create', { company: 'A', role: 'B' });
    if (!o.ok) throw new Error('setup');
    const id = (o.value as { id: string }).id;
    await c.dispatch('interviews.create', { opportunityId: id, date: '2026-03-02' });
    expect(await c.dispatch('opportunities.delete', { id })).toEqual({ ok: true, value: { deleted: true } });
    expect(c.db.prepare('SELECT count(*) AS n FROM interviews').get()).toEqual({ n: 0 });
  });

  it('hides internal failures behind a message a person can act on', async () => {
    const c = open();
    c.db.close();
    const result = await c.dispatch('opportunities.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).toMatch(/log file/);
  });
});
