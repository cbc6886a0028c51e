import { DateTime } from 'luxon';
import type { Clock } from './clock';
import type { PlanStateRepository } from './repositories/plan-state-repository';

/** This computer's zone: the user's until they choose one in Follow-up timing settings. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The calendar date (YYYY-MM-DD) of an instant in a zone: what "today" means to someone living there. */
export function dayInZone(now: Date, timeZone: string): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).toISODate() as string;
}

/**
 * The user's today, in the zone chosen in Follow-up timing settings (this computer's until
 * then), read at each call so a changed zone applies at once. The plan, Today and the date on
 * a printed letter all use it, so a letter written late in the evening is not dated tomorrow.
 */
export function userToday(clock: Clock, planState: Pick<PlanStateRepository, 'settings'>): () => string {
  return () => dayInZone(clock.now(), planState.settings().timeZone);
}
