import type { z } from 'zod';
import { excerpt } from '../domain/excerpt';

/**
 * The project's words for every check a schema does not word itself, so no message is the
 * validation library's own ("Invalid input: expected boolean, received string"). Messages
 * start in lower case: the dispatcher puts the field's name in front ("Card collected must
 * be yes or no."). A schema's own message always wins over these.
 */
const TYPE_WORDS: Record<string, string> = {
  string: 'must be text',
  number: 'must be a number',
  int: 'must be a whole number',
  boolean: 'must be yes or no',
  array: 'must be a list',
  object: 'must be a group of fields',
  date: 'must be a date',
  bigint: 'must be a number',
  null: 'must be empty',
};

function size(issue: { origin?: string; maximum?: unknown; minimum?: unknown }, bound: 'maximum' | 'minimum'): string {
  const n = String(issue[bound]);
  const most = bound === 'maximum' ? 'at most' : 'at least';
  switch (issue.origin) {
    case 'string':
      return bound === 'maximum' ? `is too long (${most} ${n} characters)` : n === '1' ? 'is required' : `is too short (${most} ${n} characters)`;
    case 'array':
    case 'set':
      return `must have ${most} ${n} item${n === '1' ? '' : 's'}`;
    default:
      return `must be ${most} ${n}`;
  }
}

export const projectErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : (TYPE_WORDS[issue.expected] ?? 'is not in the expected form');
    case 'too_big':
      return size(issue, 'maximum');
    case 'too_small':
      return size(issue, 'minimum');
    case 'invalid_value': {
      const options = issue.values.map((v) => excerpt(String(v), 20));
      return options.length <= 8 ? `must be one of: ${options.join(', ')}` : 'is not one of the allowed values';
    }
    case 'invalid_format':
      return issue.format === 'uuid' ? 'must be an id' : 'is not in the expected form';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `has a field it does not expect (${excerpt(issue.keys[0] ?? '', 40)})`;
    case 'invalid_key':
    case 'invalid_element':
    case 'invalid_union':
      return 'is not in the expected form';
    default:
      return 'is not valid';
  }
};
