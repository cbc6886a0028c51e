import type { CustomEnvelope, EnvelopeFeed, EnvelopeSizeId } from './envelope-layout';
import type { CustomLabelSheet, LabelSheetId } from './label-sheet';
import type { PaperSize } from './paper';

/**
 * The user's own details and print preferences: one record, read by letters (sender,
 * closing, "Your name"), envelopes (return address) and the print queue (paper, sizes).
 */
export interface Settings {
  yourName: string;
  /** As written on an envelope, one line per line. */
  returnAddress: string;
  phone: string;
  email: string;
  /** ISO 3166-1 alpha-2 of the sender; the country line is left off domestic mail. */
  country: string;
  /** BCP 47 tag used to write dates out ("March 4, 2026", "4. März 2026"). */
  locale: string;
  /** A PNG or JPEG as a data: URL, printed above the typed name; null for none. */
  signatureImage: string | null;
  paper: PaperSize;
  envelope: EnvelopeSizeId;
  customEnvelope: CustomEnvelope;
  envelopeFeed: EnvelopeFeed;
  labelSheet: LabelSheetId;
  customLabelSheet: CustomLabelSheet;
  closing: string;
  /** The English the notes are spell-checked in: American or British. */
  spelling: 'en-US' | 'en-GB';
}
