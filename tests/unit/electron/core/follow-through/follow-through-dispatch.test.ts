import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../../electron/core/core';
import type { Logger } from '../../../../../electron/core/logger';
import { systemFollowThroughDefaults } from '../../../../../electron/core/follow-through/default-settings';
import { tempDir } from '../../../helpers/temp-dir';
import { checkedCore } from '../../../helpers/checked-outputs';

const quietLogger: Logger = { info() {}, warn() {}, error() {} };
let core: Core | null = null;
afterEach(() => core?.close());

function open(): Core {
  core = checkedCore(
    openCore(tempDir(), {
      appVersion: '0.0.0-test',
      logger: quietLogger,
      locale: 'en-GB',
      clock: { now: () => new Date('2026-09-14T12:00:00Z') },
      dialogs: { showSaveDialog: async () => null, showOpenDialog: async () => null },
      openExternal: async () => {},
    }),
  );
  return core;
}

async function interview(c: Core): Promise<string> {
  const o = await c.dispatch('opportunities.create', { company: 'Northwind', role: 'Analyst' });
  if (!o.ok) throw new Error(o.error.message);
  const i = await c.dispatch('interviews.create', { opportunityId: (o.value as { id: string }).id, date: '2026-09-14', startTime: '10:00', endTime: '11:00' });
  if (!i.ok) throw new Error(i.error.message);
  return (i.value as { id: string }).id;
}

describe('follow-through through the contract', () => {
  it('defaults the country from the system locale', async () => {
    const c = open();
    const settings = await c.dispatch('followThrough.settings', {});
    expect(settings.ok && (settings.value as { country: string }).country).toBe('GB');
    expect(systemFollowThroughDefaults('not a locale!').country).toBe('');
  });

  it('a UK locale defaults the region to England, so the summer bank holiday is kept', () => {
    expect(systemFollowThroughDefaults('en-GB')).toMatchObject({ country: 'GB', region: 'ENG' });
    expect(systemFollowThroughDefaults('en-US')).toMatchObject({ country: 'US', region: '' });
  });

  it('until the user chooses, the sender country from Settings wins over the locale', async () => {
    const c = open();
    expect(await c.dispatch('settings.update', { country: 'DE' })).toMatchObject({ ok: true });
    expect(await c.dispatch('followThrough.settings', {})).toMatchObject({ ok: true, value: { country: 'DE' } });
    await c.dispatch('followThrough.updateSettings', { country: 'FR' });
    expect(await c.dispatch('followThrough.settings', {})).toMatchObject({ ok: true, value: { country: 'FR' } });
  });

  it('refuses an unknown time zone or country, naming the field, and changes nothing', async () => {
    const c = open();
    const id = await interview(c);
    const zone = await c.dispatch('plan.setInterviewTimeZone', { interviewId: id, timeZone: 'Mars/Olympus_Mons' });
    expect(zone).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'timeZone' } });
    expect(zone.ok ? '' : zone.error.message).toMatch(/time zone such as Europe\/London/);
    const country = await c.dispatch('followThrough.updateSettings', { country: 'XX' });
    expect(country).toMatchObject({ ok: false, error: { field: 'country' } });
    expect(c.db.prepare('SELECT count(*) AS n FROM follow_through_settings').get()).toEqual({ n: 0 });
    expect(c.db.prepare('SELECT count(*) AS n FROM interview_follow_through').get()).toEqual({ n: 0 });
  });

  it('refuses feedback without a reason', async () => {
    const c = open();
    const id = await interview(c);
    const r = await c.dispatch('feedback.add', { interviewId: id, reasons: [] });
    expect(r).toMatchObject({ ok: false, error: { field: 'reasons', message: 'Choose at least one reason' } });
  });

  it('plans with the holidays of the country the user chose', async () => {
    const c = open();
    const id = await interview(c);
    // The Friday before England's summer bank holiday (Monday 2026-08-31), which Scotland does not keep.
    await c.dispatch('interviews.update', { id, date: '2026-08-28' });
    const mailBy = async () => {
      const plan = await c.dispatch('plan.forInterview', { interviewId: id });
      const steps = plan.ok ? (plan.value as { steps: Array<{ key: string; dueOn: string }> }).steps : [];
      return steps.find((s) => s.key === 'mail-letters')?.dueOn;
    };
    expect(await c.dispatch('followThrough.updateSettings', { timeZone: 'Europe/London', country: 'GB', region: 'ENG' })).toMatchObject({ ok: true });
    expect(await mailBy()).toBe('2026-09-01');
    await c.dispatch('followThrough.updateSettings', { region: 'SCT' });
    expect(await mailBy()).toBe('2026-08-31');
    const bad = await c.dispatch('followThrough.updateSettings', { region: 'XYZ' });
    expect(bad).toMatchObject({ ok: false, error: { field: 'region' } });
    // A new country without a region drops the old country's region.
    const us = await c.dispatch('followThrough.updateSettings', { country: 'US' });
    expect(us).toMatchObject({ ok: true, value: { country: 'US', region: '' } });
  });

  it('the email step follows the note studio: done once every interviewer email is marked sent', async () => {
    const c = open();
    const interviewId = await interview(c);
    const people: string[] = [];
    for (const fullName of ['Ana Lima', 'Łukasz Nowak']) {
      const r = await c.dispatch('participants.add', { interviewId, person: { fullName, email: `${fullName.split(' ')[0]}@example.com` } });
      if (!r.ok) throw new Error(r.error.message);
      people.push((r.value as { person: { id: string } }).person.id);
    }
    const emailStep = async () => {
      const plan = await c.dispatch('plan.forInterview', { interviewId });
      if (!plan.ok) throw new Error(plan.error.message);
      return (plan.value as { steps: Array<{ key: string; status: string; detail: string }> }).steps.find((s) => s.key === 'thank-you-email');
    };
    const send = async (personId: string) => {
      const note = await c.dispatch('notes.save', { interviewId, personId, kind: 'email', subject: 'Thank you', body: 'Thank you for your time today.' });
      if (!note.ok) throw new Error(note.error.message);
      const sent = await c.dispatch('notes.setStatus', { id: (note.value as { id: string }).id, status: 'sent', acknowledgeGaps: true });
      if (!sent.ok) throw new Error(sent.error.message);
    };

    expect(await emailStep()).toMatchObject({ status: 'open', detail: expect.stringMatching(/0 of 2 emails marked sent\.$/) });
    await send(people[0]!);
    expect(await emailStep()).toMatchObject({ status: 'open', detail: expect.stringMatching(/1 of 2 emails marked sent\.$/) });
    await send(people[1]!);
    expect(await emailStep()).toMatchObject({ status: 'done', detail: expect.stringMatching(/2 of 2 emails marked sent\.$/) });
    // Done steps leave Today.
    const today = await c.dispatch('plan.today', {});
    expect(today.ok && (today.value as { items: Array<{ key: string }> }).items.some((s) => s.key === 'thank-you-email')).toBe(false);
  });
});
