import { expect } from 'vitest';
import type { QueueRecipient } from '../../../../../../shared/api/printing/schemas';
import type { Settings } from '../../../../../../shared/api/settings/schemas';
import { defaultSettings } from '../../../../../../shared/print/settings-defaults';
import type { Word } from '../../../../helpers/poppler';

/** People in six scripts and countries, as interviewers' cards give them. */
export const RECIPIENTS: QueueRecipient[] = [
  {
    personId: null,
    fullName: 'José Martínez',
    title: 'Engineering Manager',
    company: 'Acme Corp',
    address: { lines: ['500 Market Street', 'Suite 1200'], city: 'San Francisco', region: 'CA', postalCode: '94105', country: 'US' },
  },
  {
    personId: null,
    fullName: 'Zoë Ångström',
    title: 'Head of Design',
    company: 'Nordlys AB',
    address: { lines: ['Drottninggatan 12'], city: 'Stockholm', region: '', postalCode: '111 51', country: 'SE' },
  },
  {
    personId: null,
    fullName: 'Łukasz Wiśniewski',
    title: 'CTO',
    company: 'Kraków Labs',
    address: { lines: ['ul. Floriańska 3'], city: 'Kraków', region: '', postalCode: '31-019', country: 'PL' },
  },
  {
    personId: null,
    fullName: 'Ελένη Παπαδοπούλου',
    title: '',
    company: 'Aegean Data',
    address: { lines: ['Ermou 25'], city: 'Athens', region: '', postalCode: '105 63', country: 'GR' },
  },
  {
    personId: null,
    fullName: 'Дмитрий Иванов',
    title: 'Team Lead',
    company: 'Volga Soft',
    address: { lines: ['ul. Tverskaya 7'], city: 'Moscow', region: '', postalCode: '125009', country: 'RU' },
  },
  {
    personId: null,
    fullName: '王伟',
    title: '',
    company: 'Beijing Works',
    address: { lines: ['1 Jianguomenwai Avenue'], city: 'Beijing', region: '', postalCode: '100004', country: 'CN' },
  },
];

export function usSettings(patch: Partial<Settings> = {}): Settings {
  return {
    ...defaultSettings('en-US'),
    yourName: 'Sam Rivera',
    returnAddress: '742 Evergreen Terrace\nSpringfield, IL 62704',
    phone: '(217) 555-0142',
    email: 'sam@example.com',
    ...patch,
  };
}

export function deSettings(patch: Partial<Settings> = {}): Settings {
  return {
    ...defaultSettings('de-DE'),
    yourName: 'Sam Rivera',
    returnAddress: 'Lindenstraße 5\n10115 Berlin',
    phone: '+49 30 1234567',
    email: 'sam@example.com',
    ...patch,
  };
}

export const BODY = [
  'Thank you for the invitation to interview for the platform engineer role on Tuesday. It was a pleasure to meet you and the team.',
  'I learned a good deal about how you plan to split the monolith over the coming year, and the approach you described to migrating the billing service without downtime was thoughtful.',
  'I remain very interested in the position and look forward to hearing from you.',
].join('\n');

/** The USPS OCR read area and barcode clear zone on a landscape #10, checked on the words pdftotext finds. */
export function expectUspsPlacement(words: Word[], width: number, height: number): void {
  const delivery = words.filter((w) => w.yMin > 72);
  expect(delivery.length).toBeGreaterThan(3);
  for (const w of delivery) {
    expect(w.xMin, w.text).toBeGreaterThanOrEqual(36);
    expect(w.xMax, w.text).toBeLessThanOrEqual(width - 36);
    expect(w.yMax, w.text).toBeLessThanOrEqual(height - 45);
    expect(w.yMin, w.text).toBeGreaterThanOrEqual(height - 198);
    // Type of at least 10 pt: a word box is about 1.2 em tall.
    expect(w.yMax - w.yMin, w.text).toBeGreaterThanOrEqual(10 * 1.1);
  }
  const inClearZone = words.filter((w) => w.xMax > width - 342 && w.yMax > height - 45);
  expect(inClearZone).toEqual([]);
}
