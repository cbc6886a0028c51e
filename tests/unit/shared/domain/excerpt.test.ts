import { describe, expect, it } from 'vitest';
import { excerpt, LONE_SURROGATE, quoted } from '../../../../shared/domain/excerpt';

describe('excerpt', () => {
  it('keeps short text as it is and cuts long text at 40 characters with an ellipsis', () => {
    expect(excerpt('Jane Doe')).toBe('Jane Doe');
    expect(excerpt('x'.repeat(1024 * 1024))).toBe(`${'x'.repeat(40)}…`);
    expect(quoted('a'.repeat(50), 10)).toBe('“aaaaaaaaaa…”');
  });

  it('counts characters, not UTF-16 units, and never cuts a pair in half', () => {
    const emoji = '😀'.repeat(50);
    const cut = excerpt(emoji, 5);
    expect(cut).toBe(`${'😀'.repeat(5)}…`);
    expect(LONE_SURROGATE.test(cut)).toBe(false);
  });

  it('shows line breaks and control characters as spaces, and a lone surrogate as U+FFFD', () => {
    expect(excerpt('a\r\nb\u0000c\u2028d')).toBe('a b c d');
    expect(excerpt('x\ud800y')).toBe('x\ufffdy');
  });

  it('finds only surrogates that stand alone', () => {
    expect(LONE_SURROGATE.test('Zoë 😀 王伟')).toBe(false);
    expect(LONE_SURROGATE.test('\ud800')).toBe(true);
    expect(LONE_SURROGATE.test('a\udc00')).toBe(true);
    expect(LONE_SURROGATE.test('\ude00\ud83d')).toBe(true);
  });
});
