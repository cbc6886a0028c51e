import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { projectErrorMap } from '../../../../shared/api/error-map';
import { brokenTextPath, text } from '../../../../shared/api/fields';

const first = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input, { error: projectErrorMap });
  return r.success ? null : r.error.issues[0]!.message;
};

describe('the project error map', () => {
  it.each([
    [z.boolean(), 'yes', 'must be yes or no'],
    [z.string(), 7, 'must be text'],
    [z.number().int(), 'x', 'must be a number'],
    [z.string(), undefined, 'is required'],
    [z.string().max(200), 'x'.repeat(201), 'is too long (at most 200 characters)'],
    [z.string().min(1), '', 'is required'],
    [z.array(z.string()).max(3), ['a', 'b', 'c', 'd'], 'must have at most 3 items'],
    [z.number().max(10), 11, 'must be at most 10'],
    [z.enum(['email', 'letter']), 'fax', 'must be one of: email, letter'],
    [z.string().uuid(), 'nope', 'must be an id'],
    [z.object({ a: z.string() }), [1], 'must be a group of fields'],
  ] as const)('%# words it as the project does', (schema, input, message) => {
    expect(first(schema as z.ZodType, input)).toBe(message);
  });

  it("never overrides a schema's own message", () => {
    expect(first(z.boolean({ message: 'Card collected must be yes or no' }), 'x')).toBe('Card collected must be yes or no');
    expect(first(text('Company', 5), 'toolong')).toBe('Company is too long (at most 5 characters)');
  });
});

describe('well-formed text', () => {
  it('text() refuses a lone surrogate, naming the field', () => {
    expect(text('Subject', 100).safeParse('Thanks \ud800').error?.issues[0]?.message).toBe(
      'Subject holds a broken character (half of an emoji or symbol). Retype that part and try again.',
    );
    expect(text('Subject', 100).safeParse('Thanks 😀').success).toBe(true);
  });

  it('brokenTextPath finds it anywhere in a request, keys included', () => {
    expect(brokenTextPath({ a: 'ok', b: [{ c: 'x\udfff' }] })).toEqual(['b', 0, 'c']);
    expect(brokenTextPath({ ['k\ud800']: 1 })).toEqual(['k\ud800']);
    expect(brokenTextPath({ a: 'Zoë 😀', bytes: new Uint8Array([0xd8, 0x00]) })).toBeNull();
  });
});
