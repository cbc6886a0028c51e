import type { Settings } from './settings';

/** Countries whose offices use US Letter rather than A4 (CLDR's measurementData for paper). */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR', 'GT', 'CR', 'SV', 'NI', 'PA', 'DO', 'BZ']);

/** The region of a BCP 47 tag ('en-US' → 'US'); '' when the tag names none. */
export function regionOf(locale: string): string {
  try {
    return new Intl.Locale(locale).maximize().region ?? '';
  } catch {
    return '';
  }
}

// English-speaking countries that spell the British way (colour, organise): India, Australia, Ireland…
const BRITISH_SPELLING_REGIONS = new Set([
  'GB',
  'IE',
  'IN',
  'AU',
  'NZ',
  'ZA',
  'SG',
  'HK',
  'PK',
  'BD',
  'LK',
  'NG',
  'KE',
  'GH',
  'UG',
  'TZ',
  'ZW',
  'MY',
  'MT',
  'CY',
  'JM',
  'TT',
]);

/** The spelling a new user starts with: British where English is written the British way, else American. */
export function defaultSpelling(systemLocale: string): 'en-US' | 'en-GB' {
  try {
    const l = new Intl.Locale(systemLocale).maximize();
    return l.language === 'en' && BRITISH_SPELLING_REGIONS.has(l.region ?? '') ? 'en-GB' : 'en-US';
  } catch {
    return 'en-US';
  }
}

/** What a new user starts with: paper, envelope and label sheet follow the system locale. */
export function defaultSettings(systemLocale: string): Settings {
  const region = regionOf(systemLocale);
  const letter = LETTER_REGIONS.has(region);
  return {
    yourName: '',
    returnAddress: '',
    phone: '',
    email: '',
    country: region,
    locale: systemLocale,
    signatureImage: null,
    paper: letter ? 'letter' : 'a4',
    envelope: letter ? 'no10' : 'dl',
    customEnvelope: { widthMm: 241.3, heightMm: 104.8 },
    envelopeFeed: { orientation: 'landscape', rotate180: false },
    labelSheet: letter ? 'avery-5160' : 'avery-l7160',
    customLabelSheet: {
      paper: letter ? 'letter' : 'a4',
      columns: 3,
      rows: 10,
      labelWidthMm: 66.675,
      labelHeightMm: 25.4,
      topMarginMm: 12.7,
      leftMarginMm: 4.7625,
      horizontalPitchMm: 69.85,
      verticalPitchMm: 25.4,
    },
    closing: 'Sincerely,',
    spelling: defaultSpelling(systemLocale),
  };
}
