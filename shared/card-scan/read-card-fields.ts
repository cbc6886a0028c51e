import type { PostalAddress } from '../domain/person';
import { splitPersonName } from '../domain/person-name';
import { countryLine, looksLikeStreet, readCityLine, settleCountry, type CityLine } from './card-address';
import { domainCountry, domainStem, findEmail, findLinkedin, findWebsite } from './card-links';
import { findPhones, internationalCountry, looksLikePhone, validIn } from './card-phones';
import type { CardReading, OcrPage, OcrWord, ReadPhone, ReadText } from './card-reading';
import { isBelow, segmentsOf, type Segment } from './card-segments';
import { hasLegalForm, looksLikeName, looksLikeTitle, matchesDomain, nameFitsEmail, onlyLegalForm } from './card-words';

export interface ReadOptions {
  /** The user's own country (Settings): where a card with no other clue is from. */
  homeCountry: string;
}

const none: ReadText = { value: '', certainty: 0 };
const read = (value: string, certainty: number): ReadText => ({ value, certainty: Math.max(0, Math.min(1, certainty)) });

/** A segment's text cut at the dots and bars cards put between items on one line. */
function partsOf(s: Segment): string[] {
  return s.text
    .split(/\s+[·•|]\s+|\s{3,}/u)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * The street lines in the comma-separated parts before a city on one printed line: a house
 * number ("Calle de Alcalá, 110") or a unit ("49 Mission Street, Suite 190") stays on the
 * line it belongs to, as the card printed it.
 */
const UNIT = /^(?:suite|ste\.?|apt\.?|apartment|unit|floor|fl\.?|room|rm\.?|bldg\.?|building|#|piso|planta|puerta|étage|etage|stock|og|bureau|bus|boîte)\b/iu;
function streetLines(parts: string[]): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    const joins = lines.length > 0 && (/^\d+\s?[a-z]?$/iu.test(part) || UNIT.test(part) || /^\d+(?:st|nd|rd|th)?\s+(?:floor|fl\.?)$/iu.test(part));
    if (joins) lines[lines.length - 1] += `, ${part}`;
    else lines.push(part);
  }
  return lines;
}

interface AddressFind {
  address: PostalAddress;
  certainty: number;
  used: number[];
}

/** The address: its city line, the street lines above it, the country line below. */
function findAddress(segments: Segment[], used: Set<number>, evidence: (c: CityLine) => string[]): AddressFind | null {
  for (const seg of segments) {
    if (used.has(seg.index)) continue;
    const parts = seg.text.split(/\s*,\s*/u);
    // The whole segment, or a run of its comma-separated parts ("47 Market Street, New York, NY 10013, USA").
    for (let i = 0; i < parts.length; i++) {
      for (let j = parts.length; j > i; j--) {
        const city = readCityLine(parts.slice(i, j).join(', '));
        if (!city) continue;
        const before = streetLines(parts.slice(0, i).filter(Boolean));
        const after = parts.slice(j).join(', ');
        const usedHere = [seg.index];
        let lines = before;
        if (lines.length === 0) {
          const above: Segment[] = [];
          let cursor = seg;
          for (let k = 0; k < 2; k++) {
            const prev = segments.find(
              (s) => !used.has(s.index) && !usedHere.includes(s.index) && s.index < cursor.index && isBelow(s, cursor) && looksLikeStreet(s.text),
            );
            if (!prev) break;
            above.unshift(prev);
            usedHere.push(prev.index);
            cursor = prev;
          }
          lines = above.map((s) => s.text);
        }
        let named = after ? countryLine(after) : '';
        if (!named) {
          const below = segments.find((s) => !used.has(s.index) && s.index > seg.index && isBelow(seg, s) && countryLine(s.text) !== '');
          if (below) {
            named = countryLine(below.text);
            usedHere.push(below.index);
          }
        }
        const country = settleCountry(city.countries, [named, ...evidence(city)]);
        const settled = named !== '' || city.countries.length === 1 || evidence(city).includes(country);
        const conf = usedHere.reduce((sum, k) => sum + segments[k]!.confidence, 0) / usedHere.length;
        return {
          address: { lines, city: city.city, region: city.region, postalCode: city.postalCode, country },
          certainty: conf * (settled ? 1 : 0.7) * (lines.length > 0 ? 1 : 0.8),
          used: usedHere,
        };
      }
    }
  }
  return null;
}

/** The name and the given and family names split from it, with one certainty. */
export function withFullName(reading: CardReading, name: ReadText): CardReading {
  const split = splitPersonName(name.value);
  const certainty = name.certainty * 0.95;
  return {
    ...reading,
    fullName: name,
    givenName: read(split.givenName, split.givenName ? certainty : 0),
    familyName: read(split.familyName, split.familyName ? certainty : 0),
  };
}

/**
 * Reads the fields of one card side from what the OCR engine saw. Pure: the same page
 * always gives the same reading, which is what the table tests and the benchmark rely on.
 */
export function readCardFields(page: OcrPage, options: ReadOptions): CardReading {
  return readCard(page, options).reading;
}

/** The reading, and the words the name was read from: where to look again to settle its spelling. */
export function readCard(page: OcrPage, options: ReadOptions): { reading: CardReading; nameWords: OcrWord[] } {
  const segments = segmentsOf(page);
  const used = new Set<number>();
  const partUsed = new Map<number, Set<number>>();
  const usePart = (s: Segment, i: number) => {
    const set = partUsed.get(s.index) ?? new Set<number>();
    set.add(i);
    partUsed.set(s.index, set);
    if (set.size === partsOf(s).length) used.add(s.index);
  };

  let email = none;
  let website = none;
  let linkedin = none;
  for (const s of segments) {
    partsOf(s).forEach((part, i) => {
      const e = findEmail(part);
      if (e && email.value === '') {
        email = read(e.email, s.confidence * (e.obfuscated ? 0.9 : 1));
        return usePart(s, i);
      }
      const l = findLinkedin(part);
      if (l && linkedin.value === '') {
        linkedin = read(l, s.confidence);
        return usePart(s, i);
      }
      const w = findWebsite(part);
      if (w && website.value === '' && !looksLikePhone(part)) {
        website = read(w, s.confidence);
        return usePart(s, i);
      }
    });
  }
  const emailDomain = email.value.split('@')[1] ?? '';
  const siteDomain = website.value.split('/')[0] ?? '';

  // Where the card is from, strongest clue first: a number with its calling code, the domains, then the user's country.
  const phoneTexts = segments.filter((s) => !used.has(s.index) && looksLikePhone(s.text)).flatMap((s) => partsOf(s).filter(looksLikePhone));
  const international = phoneTexts.map(internationalCountry).filter(Boolean);
  const domainCountries = [domainCountry(emailDomain), domainCountry(siteDomain)].filter(Boolean);
  const evidence = (city: CityLine) => {
    const nationalFits = city.countries.filter(
      (c) => phoneTexts.some((t) => validIn(t, c)) && phoneTexts.every((t) => internationalCountry(t) !== '' || validIn(t, c)),
    );
    return [...international, ...domainCountries, ...nationalFits, options.homeCountry];
  };
  const found = findAddress(segments, used, evidence);
  for (const k of found?.used ?? []) used.add(k);
  const named = segments.find((s) => !used.has(s.index) && countryLine(s.text) !== '' && s.text.split(/\s+/u).length <= 3);
  const country = found?.address.country || (named ? countryLine(named.text) : '') || international[0] || domainCountries[0] || options.homeCountry;

  const phones: ReadPhone[] = [];
  for (const s of segments) {
    if (used.has(s.index)) continue;
    partsOf(s).forEach((part, i) => {
      if (!looksLikePhone(part)) return;
      const list = findPhones(part, country);
      for (const p of list) {
        if (!phones.some((q) => q.number === p.e164)) phones.push({ type: p.type, number: p.e164, printed: p.printed, certainty: s.confidence });
      }
      if (list.length > 0) usePart(s, i);
    });
  }

  // Company: a legal form, or the email's domain spelt out; a legal form alone on a line finishes the line above.
  const stem = domainStem(emailDomain || siteDomain);
  let company = none;
  let companyUsed: number[] = [];
  let best = 0;
  for (const s of segments) {
    if (used.has(s.index)) continue;
    let text = s.text;
    let parts = [s];
    const form = onlyLegalForm(s.text);
    if (form !== null) {
      const above = segments.find((a) => !used.has(a.index) && a.index < s.index && isBelow(a, s));
      if (!above) continue;
      text = `${above.text} ${form}`;
      parts = [above, s];
    }
    const score = (hasLegalForm(text) ? 2 : 0) + (stem && matchesDomain(text, stem) ? 1.5 : 0) - (looksLikeTitle(text) ? 2 : 0);
    if (score > best) {
      best = score;
      company = read(text, Math.min(...parts.map((p) => p.confidence)) * (score >= 2 ? 1 : 0.8));
      companyUsed = parts.map((p) => p.index);
    }
  }
  for (const k of companyUsed) used.add(k);

  // Name: the largest name-shaped text, nearer the top scoring higher, and one that fits the email wins outright.
  const local = email.value.split('@')[0] ?? '';
  const pageHeight = page.height || Math.max(1, ...segments.map((s) => s.box.y1));
  const tallest = Math.max(1, ...segments.map((s) => s.height));
  let name = none;
  let nameAt: Segment | null = null;
  let bestName = -Infinity;
  for (const s of segments) {
    if (used.has(s.index) || !looksLikeName(s.text)) continue;
    const fit = nameFitsEmail(s.text, local);
    const score = (s.height / tallest) * 2 + (1 - s.box.y0 / pageHeight) + fit * 3;
    if (score > bestName) {
      bestName = score;
      name = read(s.text, s.confidence * (fit >= 1 ? 1 : fit > 0 ? 0.9 : 0.75));
      nameAt = s;
    }
  }
  if (nameAt) used.add(nameAt.index);

  let title = none;
  const titles = segments.filter((s) => !used.has(s.index) && looksLikeTitle(s.text));
  const titleAt = (nameAt && titles.find((s) => isBelow(nameAt!, s))) ?? titles[0];
  if (titleAt) {
    title = read(titleAt.text, titleAt.confidence * (nameAt && isBelow(nameAt, titleAt) ? 1 : 0.85));
    used.add(titleAt.index);
  }

  // No legal form and no domain to go by: the largest text left that is no name, title or contact.
  if (company.value === '') {
    const rest = segments.filter((s) => !used.has(s.index) && !looksLikePhone(s.text) && /\p{L}{2,}/u.test(s.text)).sort((a, b) => b.height - a.height);
    if (rest[0] && rest[0].text.length <= 60) {
      company = read(rest[0].text, rest[0].confidence * 0.5);
      used.add(rest[0].index);
    }
  }

  const reading: CardReading = {
    fullName: none,
    givenName: none,
    familyName: none,
    title,
    company,
    email,
    phones,
    website,
    linkedin,
    address: found ? { value: found.address, certainty: found.certainty } : { value: null, certainty: 0 },
    unused: segments.filter((s) => !used.has(s.index)).map((s) => s.text),
  };
  return { reading: withFullName(reading, name), nameWords: nameAt?.words ?? [] };
}
