/** A calendar date (YYYY-MM-DD) written out the way the locale writes dates in letters. */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: string): Intl.DateTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
    }
    formats.set(locale, format);
  }
  return format;
}

export function letterDate(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return formatFor(locale).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}
