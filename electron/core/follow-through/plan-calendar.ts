import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { TrackedStep } from '../../../shared/api/follow-through/schemas';
import { addCalendarDays } from '../../../shared/domain/calendar-date';
import type { ExportedEvent, ExportRecord } from '../repositories/calendar-export-repository';

export interface CalendarEntry {
  interviewId: string;
  opportunityId: string;
  company: string;
  role: string;
  step: TrackedStep;
  /** The user's day, to tell a snooze still running from one that is over. */
  today: string;
}

/** The same interview and step always get the same UID, so a re-import updates the event. */
export function stepUid(interviewId: string, key: string): string {
  return `${interviewId}.${key}@afterword`;
}

/**
 * One step as an event: timed steps (the thank-you email) as a 30-minute event ending at the
 * deadline, day steps as all-day events spanning their window, a snoozed step on the day it
 * comes back, a skipped one cancelled.
 */
export function eventFor({ company, role, step, today }: CalendarEntry, timeZone: string): ExportedEvent {
  const where = role ? `${company} — ${role}` : company;
  const summary = `${step.status === 'done' ? 'Done: ' : ''}${step.title} (${where})`;
  const common = { summary, description: step.detail, cancelled: step.status === 'skipped' };
  const day = (first: string, last: string) => ({ ...common, allDay: true, start: first, end: addCalendarDays(last, 1) });
  if (step.status === 'snoozed' && step.snoozedUntil && step.snoozedUntil > today) return day(step.snoozedUntil, step.snoozedUntil);
  if (step.dueAt) {
    const end = DateTime.fromISO(step.dueAt, { zone: timeZone }).toUTC();
    return { ...common, allDay: false, start: end.minus({ minutes: 30 }).toISO() as string, end: end.toISO() as string };
  }
  // A follow-up is a window that must not start early; other steps sit on their due day.
  return day(step.key === 'follow-up' ? step.opensOn : step.dueOn, step.lastDay);
}

/**
 * What this export writes, against what earlier exports wrote: SEQUENCE rises only when an
 * event changed (RFC 5545 §3.8.7.4), and an event exported before whose step is gone — the
 * interview deleted, the opportunity closed or decided, no more follow-up — is written as
 * CANCELLED so calendars drop it. `scope` limits the cancellations to one opportunity.
 */
export function planExport(
  entries: readonly CalendarEntry[],
  previous: ReadonlyMap<string, ExportRecord>,
  timeZone: string,
  scope: string | null,
): ExportRecord[] {
  const out: ExportRecord[] = [];
  const seen = new Set<string>();
  const record = (uid: string, opportunityId: string, event: ExportedEvent): ExportRecord => {
    const fingerprint = JSON.stringify(event);
    const before = previous.get(uid);
    const sequence = !before ? 0 : before.fingerprint === fingerprint ? before.sequence : before.sequence + 1;
    return { uid, opportunityId, sequence, fingerprint, event, cancelled: event.cancelled };
  };
  for (const entry of entries) {
    const uid = stepUid(entry.interviewId, entry.step.key);
    seen.add(uid);
    out.push(record(uid, entry.opportunityId, eventFor(entry, timeZone)));
  }
  for (const [uid, before] of previous) {
    if (seen.has(uid) || (scope !== null && before.opportunityId !== scope)) continue;
    out.push(record(uid, before.opportunityId, { ...before.event, cancelled: true }));
  }
  return out;
}

/** An RFC 5545 calendar of the exported events. */
export function buildPlanCalendar(records: readonly ExportRecord[], now: Date): string {
  const calendar = ical({ name: 'Afterword follow-through', prodId: { company: 'Afterword', product: 'Afterword', language: 'EN' } });
  for (const { uid, sequence, event } of records) {
    const base = {
      id: uid,
      sequence,
      stamp: now,
      lastModified: now,
      summary: event.summary,
      description: event.description,
      ...(event.cancelled ? { status: ICalEventStatus.CANCELLED } : {}),
    };
    if (event.allDay) {
      // DTEND of an all-day event is exclusive: the day after the window's last day.
      calendar.createEvent({ ...base, allDay: true, start: DateTime.fromISO(event.start, { zone: 'utc' }), end: DateTime.fromISO(event.end, { zone: 'utc' }) });
    } else {
      calendar.createEvent({ ...base, start: DateTime.fromISO(event.start, { zone: 'utc' }), end: DateTime.fromISO(event.end, { zone: 'utc' }) });
    }
  }
  return calendar.toString();
}
