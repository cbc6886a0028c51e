import { z } from 'zod';
import { isCalendarDate, isClockTime } from '../domain/calendar-date';
import { LONE_SURROGATE } from '../domain/excerpt';

/**
 * Field schemas reused across the contract. Limits are generous for people and strict
 * enough that a pasted 10 MB blob is refused before it reaches the database. Messages that
 * start in lower case get the field's name put in front by the dispatcher.
 */
function missingOr(wrongType: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : wrongType);
}

export const id = z.string({ error: missingOr('must be an id') }).uuid({ message: 'must be an id' });

/**
 * Text is well-formed Unicode before it is stored or used: half of a surrogate pair (what a
 * cut-off emoji leaves behind) is refused, never silently replaced, so what is saved is what
 * the user sees. One rule for every text field: text() checks it, and the dispatcher checks
 * every other string of a request (keys too) with brokenTextPath.
 */
export function brokenTextMessage(label: string): string {
  return `${label} holds a broken character (half of an emoji or symbol). Retype that part and try again.`;
}

/** The path of the first string (or key) in a value that is not well-formed Unicode, else null. */
export function brokenTextPath(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : null;
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return null;
  for (const [key, item] of Object.entries(value)) {
    if (LONE_SURROGATE.test(key)) return [...path, key];
    const found = brokenTextPath(item, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return null;
}

export function text(label: string, max: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be text`) })
    .max(max, { message: `${label} is too long (at most ${max} characters)`, abort: true })
    .refine((v) => !LONE_SURROGATE.test(v), { message: brokenTextMessage(label), abort: true });
}

export function requiredText(label: string, max: number) {
  return text(label, max)
    .trim()
    .min(1, { message: `${label} is required` });
}

export const calendarDate = z
  .string({ error: missingOr('must be a date') })
  .refine(isCalendarDate, { message: 'must be a real calendar date written YYYY-MM-DD' });

export const clockTime = z.string({ error: missingOr('must be a time') }).refine(isClockTime, { message: 'must be a time written HH:MM (24-hour)' });

/** True when two types are the same, field for field (optional fields included). */
export type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;

/**
 * Compiles only when every check is true. The contract's output schemas validate the
 * domain's own types: each is checked to produce exactly its type, so a field added on one
 * side only stops the build here.
 */
export type AllSame<Checks extends readonly true[]> = Checks;
