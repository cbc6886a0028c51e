import type { PaperSize } from '../api/settings-schemas';

/** A calendar date (YYYY-MM-DD) written out the way the locale writes dates in letters. */
export function letterDate(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const when = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(when);
  } catch {
    return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(when);
  }
}

export type { PaperSize };
