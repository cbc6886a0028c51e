/**
 * "Open" in Today switches to the opportunity and must also open the right interview's
 * follow-through tab; the request waits here until that interview's panel mounts.
 */
export type FollowThroughTab = 'plan' | 'review' | 'outcome' | 'prep';

let pending: { interviewId: string; tab: FollowThroughTab } | null = null;

export function requestFollowThroughFocus(interviewId: string, tab: FollowThroughTab): void {
  pending = { interviewId, tab };
}

export function takeFollowThroughFocus(interviewId: string): FollowThroughTab | null {
  if (pending?.interviewId !== interviewId) return null;
  const tab = pending.tab;
  pending = null;
  return tab;
}

export function tomorrowIso(today: string): string {
  const [y, m, d] = today.split('-').map(Number);
  const next = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1));
  return next.toISOString().slice(0, 10);
}

/** A deadline instant shown on the user's clock, with the employer's when it differs. */
export function formatDeadline(dueAt: string, employerTime: string | null): string {
  const time = (iso: string) => iso.slice(11, 16);
  return employerTime ? `by ${time(dueAt)} your time (${time(employerTime)} theirs)` : `by ${time(dueAt)}`;
}
