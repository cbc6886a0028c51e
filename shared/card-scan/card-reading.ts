import type { PostalAddress } from '../domain/person';

/**
 * What the OCR engine saw on a card, as the field parser reads it: lines top to bottom,
 * each with its box on the prepared image and how sure the engine was (0–100, tesseract's
 * scale). Boxes let the parser use the layout: the name is the largest text near the top.
 * The contract's schemas (shared/api/card-scan) carry these shapes.
 */
export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord {
  text: string;
  confidence: number;
  box: OcrBox;
}

export interface OcrLine {
  text: string;
  confidence: number;
  box: OcrBox;
  words: OcrWord[];
}

export interface OcrPage {
  width: number;
  height: number;
  lines: OcrLine[];
}

export const cardPhoneTypes = ['mobile', 'office', 'fax', 'other'] as const;
export type CardPhoneType = (typeof cardPhoneTypes)[number];

/** A field as read, with how sure the reader is of it, 0–1: the engine's confidence times the parser's own. */
export interface ReadText {
  value: string;
  certainty: number;
}

export interface ReadPhone {
  type: CardPhoneType;
  /** E.164 ('+4930123456') when the number could be parsed, else as printed. */
  number: string;
  /** As the card prints it, for the user to compare. */
  printed: string;
  certainty: number;
}

/** Every field read from one card (or both sides of it), each with how sure the reader is. */
export interface CardReading {
  fullName: ReadText;
  givenName: ReadText;
  familyName: ReadText;
  title: ReadText;
  company: ReadText;
  email: ReadText;
  phones: ReadPhone[];
  website: ReadText;
  linkedin: ReadText;
  address: { value: PostalAddress | null; certainty: number };
  /** Lines that went into no field, so the user can see what else the card says. */
  unused: string[];
}

/** Words for a certainty, so the page says it in text and not only in colour. */
export function certaintyWord(c: number): 'sure' | 'check' | 'unsure' {
  if (c >= 0.8) return 'sure';
  if (c >= 0.5) return 'check';
  return 'unsure';
}
