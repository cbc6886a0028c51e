/**
 * A bounded piece of what someone sent or a file held, for a message or a log line: at
 * most `max` characters (never half a surrogate pair), line breaks and control characters
 * shown as spaces, and "…" when cut. One rule for every message that quotes input, so a
 * 1 MB key or a pasted photo is never echoed back in full.
 */
export const EXCERPT_LENGTH = 40;

/**
 * With the u flag a character class sees a surrogate pair as one code point, so this
 * matches only the halves that stand alone: text that is not well-formed Unicode.
 */
export const LONE_SURROGATE = /[\ud800-\udfff]/u;

export function excerpt(value: unknown, max = EXCERPT_LENGTH): string {
  const text = typeof value === 'string' ? value : String(value);
  const head = text.slice(0, max * 2 + 2);
  const chars = Array.from(
    head
      // eslint-disable-next-line no-control-regex -- control characters are what is replaced
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu, ' ')
      .replace(/[\ud800-\udfff]/gu, '\ufffd'),
  );
  const cut = text.length > head.length || chars.length > max;
  return cut ? `${chars.slice(0, max).join('').trimEnd()}…` : chars.join('');
}

/** The excerpt in the quotation marks the app's messages use. */
export function quoted(value: unknown, max = EXCERPT_LENGTH): string {
  return `“${excerpt(value, max)}”`;
}
