import { formatCalendarDate } from './format-date';

/**
 * "Open" in Today switches to the opportunity and must also open the right interview's
 * follow-through tab; the request waits here until that interview's panel mounts.
 */
export type FollowThroughTab = 'plan' | 'review' | 'outcome' | 'prep';
/** 'notes': the note studio beside the follow-through, where the thank-you emails are written. */
export type FollowThroughFocus = FollowThroughTab | 'notes';

let pending: { interviewId: string; tab: FollowThroughFocus } | null = null;

export function requestFollowThroughFocus(interviewId: string, tab: FollowThroughFocus): void {
  pending = { interviewId, tab };
}

export function takeFollowThroughFocus(interviewId: string): FollowThroughFocus | null {
  if (pending?.interviewId !== interviewId) return null;
  const tab = pending.tab;
  pending = null;
  return tab;
}

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
