import Holidays from 'date-holidays';
import { addCalendarDays } from '../domain/calendar-date';

/**
 * Business days for a country: weekdays that are not public holidays there. Dates are
 * 'YYYY-MM-DD' strings and the arithmetic runs in UTC, so no time zone or daylight-saving
 * change can move a calendar day. The holiday data comes from date-holidays, which is
 * maintained and runs in the browser as well as in Node.
 */
export interface HolidayRegion {
  /** ISO 3166-1 alpha-2 ('US', 'GB'); '' means weekends only. */
  country: string;
  /** Optional state or region code as date-holidays knows it ('CA', 'SCT'). */
  region?: string;
}

const cache = new Map<string, Map<string, string>>();

/** Types date-holidays uses for days when offices and the post are closed. */
const CLOSED_TYPES = new Set(['public', 'bank']);

function holidaysOf(where: HolidayRegion, year: number): Map<string, string> {
  const key = `${where.country}|${where.region ?? ''}|${year}`;
  const known = cache.get(key);
  if (known) return known;
  const days = new Map<string, string>();
  if (where.country) {
    const hd = where.region ? new Holidays(where.country, where.region) : new Holidays(where.country);
    for (const h of hd.getHolidays(year) || []) {
      if (CLOSED_TYPES.has(h.type)) days.set(h.date.slice(0, 10), h.name);
    }
  }
  cache.set(key, days);
  return days;
}

let countries: Set<string> | null = null;

export function isKnownCountry(country: string): boolean {
  // Listing the countries parses the whole data set, so it is done once.
  countries ??= new Set(Object.keys(new Holidays().getCountries()));
  return country === '' || countries.has(country);
}

/** A state or region date-holidays knows for the country ('' always is: the whole country). */
export function isKnownRegion(country: string, region: string): boolean {
  if (region === '') return true;
  if (country === '') return false;
  const states = new Holidays().getStates(country);
  return Boolean(states) && Object.prototype.hasOwnProperty.call(states, region);
}

/** True when parts of the country keep holidays of their own, so a region changes the plan. */
export function hasRegions(country: string): boolean {
  if (country === '') return false;
  const states = new Holidays().getStates(country);
  return Boolean(states) && Object.keys(states).length > 0;
}

/**
 * The region to assume when the user has not named one, for countries where the national
 * list leaves out days most people have off: in the UK only England and Wales share the
 * summer bank holiday, and most of the population lives in England.
 */
const USUAL_REGION: Record<string, string> = { GB: 'ENG' };

export function usualRegion(country: string): string {
  return USUAL_REGION[country] ?? '';
}

/*
 * Calendar dates carry no time of day and no zone, so plain UTC arithmetic on them is exact
 * (every UTC day has 24 hours); zone conversions elsewhere use luxon. This runs for every
 * day the letters wait, for every interview in Today, so it stays cheap.
 */
function utcDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The holiday's name when offices are closed that day, else null. */
export function holidayOn(date: string, where: HolidayRegion): string | null {
  return holidaysOf(where, Number(date.slice(0, 4))).get(date) ?? null;
}

export function isBusinessDay(date: string, where: HolidayRegion): boolean {
  const weekday = utcDay(date).getUTCDay(); // 0 Sunday … 6 Saturday
  return weekday !== 0 && weekday !== 6 && holidayOn(date, where) === null;
}

export { addCalendarDays };

/** The n-th business day after date (n ≥ 1); date itself never counts. */
export function addBusinessDays(date: string, n: number, where: HolidayRegion): string {
  let current = date;
  let left = n;
  while (left > 0) {
    current = addCalendarDays(current, 1);
    if (isBusinessDay(current, where)) left -= 1;
  }
  return current;
}

/** Days closed between two dates (exclusive of from, inclusive of to), named, for explanations. */
export function closedDaysBetween(from: string, to: string, where: HolidayRegion): string[] {
  const names: string[] = [];
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) {
    const name = holidayOn(d, where);
    if (name) names.push(`${name} (${d})`);
  }
  return names;
}
