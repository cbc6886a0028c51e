import type { z } from 'zod';
import { excerpt, quoted } from '../../shared/domain/excerpt';

/** 'startTime' → 'Start time': field names as a person reads them. */
export function humanizeField(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((p) => typeof p === 'string') as string | undefined;
  if (!last) return 'Input';
  const words = excerpt(last, 40)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A dotted field path, bounded: a 1 MB key never comes back whole. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return excerpt(path.map(String).join('.'), 80);
}

/**
 * The first problem of a failed parse, as one sentence that names the field. Schema
 * messages that already start with their label ("Company is required") are kept as they are.
 * Parse with projectErrorMap so the words are the project's own.
 */
export function describeZodError(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { field: '', message: 'The input was not valid.' };
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return { field: fieldPath([...issue.path, key]), message: `Unexpected field ${quoted(key)}.` };
  }
  const field = fieldPath(issue.path);
  const label = humanizeField(issue.path);
  const message = excerpt(issue.message, 300);
  if (issue.path.length === 0) {
    return { field, message: `The request was not in the expected form (${message.replace(/^is /u, 'it is ').replace(/^must /u, 'it must ')}).` };
  }
  // A schema's own message ("Company is required") is kept as written; the project's map
  // words ("must be yes or no") get the field's name in front and end as a sentence.
  if (/^[A-Z]/.test(message)) return { field, message };
  return { field, message: `${label} ${message}${/[.!?]$/u.test(message) ? '' : '.'}` };
}
