/**
 * A file name that every system accepts: no path separators, no characters Windows
 * refuses, no control characters, no trailing dots or spaces, not a reserved device name,
 * not too long. Letters of every script are kept (José, 王伟).
 */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

export function safeFileName(name: string, fallback = 'Afterword'): string {
  let safe = Array.from(name.normalize('NFC'))
    .map((ch) => (ch < ' ' || ch === '\u007f' || '<>:"/\\|?*'.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (Array.from(safe).length > 100) safe = Array.from(safe).slice(0, 100).join('').trim();
  if (!safe || RESERVED.test(safe.split('.')[0] ?? '')) safe = safe ? `${safe} file` : fallback;
  return safe;
}
