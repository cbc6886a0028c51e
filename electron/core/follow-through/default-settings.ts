import type { FollowThroughSettings } from '../../../shared/api/follow-through/schemas';
import { isKnownCountry, usualRegion } from '../../../shared/follow-through/business-days';
import { isKnownTimeZone } from '../../../shared/follow-through/time-zones';
import { systemTimeZone } from '../user-today';

/** The user's zone and the country of the system locale, until the user says otherwise. */
export function systemFollowThroughDefaults(locale: string): FollowThroughSettings {
  const timeZone = systemTimeZone();
  let country: string;
  try {
    country = new Intl.Locale(locale).maximize().region ?? '';
  } catch {
    country = '';
  }
  const known = isKnownCountry(country) ? country : '';
  return { timeZone: isKnownTimeZone(timeZone) ? timeZone : 'UTC', country: known, region: usualRegion(known) };
}

/**
 * Follow-through's settings until the user sets them: the system's, with the sender's
 * country from Settings (read at each call) as the better guess than the locale's.
 */
export function followThroughDefaults(locale: string, senderCountry: () => string): () => FollowThroughSettings {
  let system: FollowThroughSettings | null = null;
  return () => {
    system ??= systemFollowThroughDefaults(locale);
    const sender = senderCountry();
    return sender && isKnownCountry(sender) && sender !== system.country ? { ...system, country: sender, region: usualRegion(sender) } : system;
  };
}
