import { describe, expect, it } from 'vitest';
import { emailAddressWarning } from '../../../../shared/domain/email-readiness';

describe('emailAddressWarning', () => {
  it.each([
    [{ fullName: 'Zoë Müller', email: 'zoe.mueller@acme.de', emailStatus: 'confirmed' as const }, null],
    [{ fullName: 'José Álvarez', email: 'jose.alvarez@acme.de', emailStatus: 'guessed' as const }, /jose\.alvarez@acme\.de is guessed.*José Álvarez's card\. Confirm it/],
    [{ fullName: '王伟', email: '', emailStatus: 'none' as const }, /No email address is known for 王伟/],
  ])('%o', (person, expected) => {
    const warning = emailAddressWarning(person);
    if (expected === null) expect(warning).toBeNull();
    else expect(warning).toMatch(expected);
  });
});
