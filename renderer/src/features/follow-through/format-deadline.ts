import { formatCalendarDate } from '../../format-date';

/**
 * A deadline instant shown on the user's clock, with the employer's when it differs. The
 * date is added to a time that falls on another day than the step's due day (18:00 in New
 * York is 00:00 the next day in Berlin), so "by 00:00" never reads as this morning.
 */
export function formatDeadline(dueAt: string, employerTime: string | null, dueOn: string): string {
  const at = (iso: string) => {
    const day = iso.slice(0, 10);
    return day === dueOn ? iso.slice(11, 16) : `${iso.slice(11, 16)} on ${formatCalendarDate(day)}`;
  };
  return employerTime ? `by ${at(dueAt)} your time (${at(employerTime)} theirs)` : `by ${at(dueAt)}`;
}
