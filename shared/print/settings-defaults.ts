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
  };
}
