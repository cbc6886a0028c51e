import { IANAZone } from 'luxon';

/** True for IANA zone names the platform's Intl knows ('Europe/London'), false for offsets or typos. */
export function isKnownTimeZone(zone: string): boolean {
  return zone.includes('/') || zone === 'UTC' ? IANAZone.isValidZone(zone) : false;
}

/** Every zone the platform lists, for pickers; falls back to a few when Intl cannot list them. */
export function knownTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  return intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : ['UTC', 'Europe/London', 'America/New_York'];
}
