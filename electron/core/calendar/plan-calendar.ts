import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { TrackedStep } from '../../../shared/api/follow-through-schemas';
import { addCalendarDays } from '../../../shared/follow-up/business-days';

export interface CalendarEntry {
  interviewId: string;
  company: string;
  role: string;
  step: TrackedStep;
}

/** The same interview and step always get the same UID, so a re-import updates the event. */
export function stepUid(interviewId: string, key: string): string {
  return `${interviewId}.${key}@afterword`;
}

/**
 * SEQUENCE must grow with each revision for calendars to take an update over the copy they
 * hold; minutes since 2020 grow with every export and stay far inside RFC 5545's integer.
 */
export function exportSequence(now: Date): number {
  return Math.floor((now.getTime() - Date.UTC(2020, 0, 1)) / 60_000);
}

/**
 * An RFC 5545 calendar of plan steps: timed steps (the thank-you email) as a 30-minute event
 * ending at the deadline, day steps as all-day events spanning their window.
 */
export function buildPlanCalendar(entries: readonly CalendarEntry[], now: Date, timeZone: string): string {
  const calendar = ical({ name: 'Afterword follow-through', prodId: { company: 'Afterword', product: 'Afterword', language: 'EN' } });
  const sequence = exportSequence(now);
  for (const { interviewId, company, role, step } of entries) {
    const where = role ? `${company} — ${role}` : company;
    const summary = `${step.status === 'done' ? 'Done: ' : ''}${step.title} (${where})`;
    const base = {
      id: stepUid(interviewId, step.key),
      sequence,
      stamp: now,
      lastModified: now,
      summary,
      description: step.detail,
      ...(step.status === 'skipped' ? { status: ICalEventStatus.CANCELLED } : {}),
    };
    if (step.dueAt) {
      const end = DateTime.fromISO(step.dueAt, { zone: timeZone });
      calendar.createEvent({ ...base, start: end.minus({ minutes: 30 }).toUTC(), end: end.toUTC() });
    } else {
      // A follow-up is a window that must not start early; other steps sit on their due day.
      // DTEND of an all-day event is exclusive: the day after the window's last day.
      calendar.createEvent({
        ...base,
        allDay: true,
        start: DateTime.fromISO(step.key === 'follow-up' ? step.opensOn : step.dueOn, { zone: 'utc' }),
        end: DateTime.fromISO(addCalendarDays(step.lastDay, 1), { zone: 'utc' }),
      });
    }
  }
  return calendar.toString();
}
