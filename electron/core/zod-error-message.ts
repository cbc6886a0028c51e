import type { z } from 'zod';

/** 'startTime' → 'Start time': field names as a person reads them. */
export function humanizeField(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((p) => typeof p === 'string') as string | undefined;
  if (!last) return 'Input';
  const words = last.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The first problem of a failed parse, as one sentence that names the field. Schema
 * messages that already start with their label ("Company is required") are kept as they are.
 */
export function describeZodError(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { field: '', message: 'The input was not valid.' };
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return { field: [...issue.path, key].join('.'), message: `Unexpected field "${key}".` };
  }
  const field = issue.path.map(String).join('.');
  const label = humanizeField(issue.path);
  if (issue.path.length === 0) {
    return { field, message: `The request was not in the expected form (${issue.message}).` };
  }
  const startsWithLabel = /^[A-Z]/.test(issue.message);
  return { field, message: startsWithLabel ? issue.message : `${label} ${issue.message}.` };
}
