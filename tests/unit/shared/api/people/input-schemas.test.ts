import { describe, expect, it } from 'vitest';
import { countryCode, emailField, phoneField, PHONE } from '../../../../../shared/api/people/input-schemas';

describe('people input checks on pasted blobs', () => {
  it.each([
    ['Phone', phoneField, `1${' '.repeat(60_000)}a`, 'Phone is too long'],
    ['Email', emailField, `${'a'.repeat(60_000)}@example.com`, 'Email is too long'],
    ['Country', countryCode, 'D'.repeat(60_000), 'Country must be a two-letter'],
  ])('%s: an over-long value gets only the length message; the pattern never runs on it', (_label, schema, value, message) => {
    const result = schema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([expect.stringContaining(message)]);
  });

  it('the phone pattern has no overlapping parts: a space before the extension is matched once', () => {
    // With `[\s…]*\s*x` the space could be taken by either part; now only by the class.
    expect(PHONE.source).not.toContain(')]*(?:\\s*');
    for (const ok of ['+1 (555) 010-0199', '555.010.0199 x 12', '+44 20 7946 0958 ext. 3', '030/123 45 67', '']) expect(PHONE.test(ok)).toBe(true);
    for (const bad of ['555-CALL-NOW', '12 x', 'x12 34', '+1 555 ext']) expect(PHONE.test(bad)).toBe(false);
  });
});
