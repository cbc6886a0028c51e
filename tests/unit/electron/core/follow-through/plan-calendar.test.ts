import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { markStepInput } from '../../../../../shared/api/follow-through/schemas';
import { followThroughFixture } from './follow-through-fixture';

interface ParsedEvent {
  uid: string;
  summary: string;
  allDay: boolean;
  start: string;
  end: string;
  sequence: number;
  status: string | null;
}

/** Reads an .ics back with ical.js, a real RFC 5545 parser. */
function parse(text: string): ParsedEvent[] {
  const root = new ICAL.Component(ICAL.parse(text));
  expect(root.name).toBe('vcalendar');
  return root.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return {
      uid: e.uid,
      summary: e.summary,
      allDay: e.startDate.isDate,
      start: e.startDate.isDate ? e.startDate.toString() : e.startDate.toJSDate().toISOString(),
      end: e.endDate.isDate ? e.endDate.toString() : e.endDate.toJSDate().toISOString(),
      sequence: e.sequence,
      status: (c.getFirstPropertyValue('status') as string | null) ?? null,
    };
  });
}

function setup() {
  const f = followThroughFixture({ now: '2026-11-25T15:00:00Z' });
  const o = f.opportunities.create({ company: 'Northwind', role: 'Analyst', location: '', notes: '' });
  const i = f.interviews.create({ opportunityId: o.id, date: '2026-11-25', startTime: '14:00', endTime: '15:00', title: '', location: '', notes: '' });
  return { ...f, o, i };
}

describe('calendar export', () => {
  it('writes an .ics a real parser reads back with the plan dates', async () => {
    const f = setup();
    const file = f.file('plan.ics');
    f.answerNextSave(file);
    const result = await f.handlers['plan.exportCalendar']({ opportunityId: f.o.id });
    expect(result).toEqual({ saved: true, path: file, events: 5 });
    expect(f.saveRequests[0]?.defaultPath).toBe('Northwind follow-through.ics');

    const events = parse(f.read(file));
    const by = (word: string) => events.find((e) => e.summary.includes(word));
    // The email: a timed event ending at 18:00 New York (EST) on the interview day.
    expect(by('thank-you emails')).toMatchObject({ allDay: false, end: '2026-11-25T23:00:00.000Z', start: '2026-11-25T22:30:00.000Z' });
    // Letters by the next business day after Thanksgiving; DTEND is the exclusive next day.
    expect(by('Mail the letters')).toMatchObject({ allDay: true, start: '2026-11-27', end: '2026-11-28' });
    // Arrival window 3–4 business days later spans both days.
    expect(by('Letters arrive')).toMatchObject({ allDay: true, start: '2026-12-02', end: '2026-12-04' });
    // The follow-up window: not before the day after arrival, due two business days later.
    expect(by('Follow-up call')).toMatchObject({ allDay: true, start: '2026-12-04', end: '2026-12-09' });
    expect(by('Mail the letters')?.summary).toBe('Mail the letters (Northwind — Analyst)');
  });

  it('a second export keeps every UID and raises SEQUENCE so calendars update instead of duplicating', async () => {
    const f = setup();
    f.answerNextSave(f.file('first.ics'));
    await f.handlers['plan.exportCalendar']({});
    await f.handlers['plan.markStep'](markStepInput.parse({ interviewId: f.i.id, key: 'thank-you-email', action: 'done' }));
    await f.handlers['plan.markStep'](markStepInput.parse({ interviewId: f.i.id, key: 'review', action: 'skipped' }));
    f.setNow('2026-11-26T09:00:00Z');
    f.answerNextSave(f.file('second.ics'));
    await f.handlers['plan.exportCalendar']({});

    const first = parse(f.read(f.file('first.ics')));
    const second = parse(f.read(f.file('second.ics')));
    expect(second.map((e) => e.uid).sort()).toEqual(first.map((e) => e.uid).sort());
    expect(new Set(first.map((e) => e.uid)).size).toBe(first.length);
    const seq = (events: ParsedEvent[], key: string) => events.find((e) => e.uid.endsWith(`.${key}@afterword`))?.sequence;
    // SEQUENCE rises only for the events that changed.
    expect(seq(second, 'thank-you-email')).toBe((seq(first, 'thank-you-email') ?? NaN) + 1);
    expect(seq(second, 'review')).toBe((seq(first, 'review') ?? NaN) + 1);
    expect(seq(second, 'mail-letters')).toBe(seq(first, 'mail-letters'));
    expect(second.find((e) => e.uid.endsWith('.thank-you-email@afterword'))?.summary).toMatch(/^Done: /);
    expect(second.find((e) => e.uid.endsWith('.review@afterword'))?.status).toBe('CANCELLED');
  });

  it('steps that are gone go out as CANCELLED: a deleted interview, a closed opportunity', async () => {
    const f = setup();
    const other = f.opportunities.create({ company: 'Contoso', role: 'Engineer', location: '', notes: '' });
    const gone = f.interviews.create({ opportunityId: other.id, date: '2026-11-24', startTime: '10:00', endTime: '11:00', title: '', location: '', notes: '' });
    f.answerNextSave(f.file('first.ics'));
    await f.handlers['plan.exportCalendar']({});
    const first = parse(f.read(f.file('first.ics')));
    expect(first.filter((e) => e.uid.startsWith(gone.id))).toHaveLength(5);

    f.interviews.delete(gone.id);
    f.opportunities.update({ id: f.o.id, status: 'closed' });
    f.answerNextSave(f.file('second.ics'));
    const result = await f.handlers['plan.exportCalendar']({});
    const second = parse(f.read(f.file('second.ics')));
    expect(result).toMatchObject({ events: 10 });
    for (const e of second) {
      expect(e.status).toBe('CANCELLED');
      const before = first.find((x) => x.uid === e.uid);
      expect([e.start, e.end]).toEqual([before?.start, before?.end]);
      expect(e.sequence).toBe((before?.sequence ?? NaN) + 1);
    }
  });

  it('a snoozed step is exported on the day it comes back', async () => {
    const f = setup();
    await f.handlers['plan.markStep'](markStepInput.parse({ interviewId: f.i.id, key: 'mail-letters', action: 'snoozed', until: '2026-11-30' }));
    f.answerNextSave(f.file('plan.ics'));
    await f.handlers['plan.exportCalendar']({});
    const letters = parse(f.read(f.file('plan.ics'))).find((e) => e.uid.endsWith('.mail-letters@afterword'));
    expect(letters).toMatchObject({ allDay: true, start: '2026-11-30', end: '2026-12-01' });
  });

  it('a cancelled save dialog writes nothing', async () => {
    const f = setup();
    f.answerNextSave(null);
    expect(await f.handlers['plan.exportCalendar']({})).toEqual({ saved: false });
  });
});
