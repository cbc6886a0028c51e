import { z } from 'zod';
import { isCalendarDate, isClockTime } from '../domain/calendar-date';

/**
 * Field schemas reused across the contract. Limits are generous for people and strict
 * enough that a pasted 10 MB blob is refused before it reaches the database.
 */
export const id = z.string().uuid({ message: 'must be an id' });

export function text(label: string, max: number) {
  return z
    .string({ message: `${label} must be text` })
    .max(max, { message: `${label} is too long (at most ${max} characters)` });
}

export function requiredText(label: string, max: number) {
  return z
    .string({ message: `${label} must be text` })
    .trim()
    .min(1, { message: `${label} is required` })
    .max(max, { message: `${label} is too long (at most ${max} characters)` });
}

export const calendarDate = z
  .string({ message: 'must be a date' })
  .refine(isCalendarDate, { message: 'must be a real calendar date written YYYY-MM-DD' });

export const clockTime = z
  .string({ message: 'must be a time' })
  .refine(isClockTime, { message: 'must be a time written HH:MM (24-hour)' });
