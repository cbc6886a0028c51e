import { z } from 'zod';
import { postalAddress } from '../api/people-schemas';

/**
 * What the OCR engine saw on a card, as the field parser reads it: lines top to bottom,
 * each with its box on the prepared image and how sure the engine was (0–100, tesseract's
 * scale). Boxes let the parser use the layout: the name is the largest text near the top.
 */
export const ocrWord = z.object({
  text: z.string(),
  confidence: z.number(),
  box: z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() }),
});
export type OcrWord = z.infer<typeof ocrWord>;

export const ocrLine = z.object({
  text: z.string(),
  confidence: z.number(),
  box: ocrWord.shape.box,
  words: z.array(ocrWord),
});
export type OcrLine = z.infer<typeof ocrLine>;

export interface OcrPage {
  width: number;
  height: number;
  lines: OcrLine[];
}

export const cardPhoneType = z.enum(['mobile', 'office', 'fax', 'other']);
export type CardPhoneType = z.infer<typeof cardPhoneType>;

/** How sure the reader is of one field, 0–1: the engine's confidence times the parser's own. */
export const certainty = z.number().min(0).max(1);

const readText = z.object({ value: z.string(), certainty });
export type ReadText = z.infer<typeof readText>;

export const readPhone = z.object({
  type: cardPhoneType,
  /** E.164 ('+4930123456') when the number could be parsed, else as printed. */
  number: z.string(),
  /** As the card prints it, for the user to compare. */
  printed: z.string(),
  certainty,
});
export type ReadPhone = z.infer<typeof readPhone>;

/** Every field read from one card (or both sides of it), each with how sure the reader is. */
export const cardReading = z.object({
  fullName: readText,
  givenName: readText,
  familyName: readText,
  title: readText,
  company: readText,
  email: readText,
  phones: z.array(readPhone),
  website: readText,
  linkedin: readText,
  address: z.object({ value: postalAddress.nullable(), certainty }),
  /** Lines that went into no field, so the user can see what else the card says. */
  unused: z.array(z.string()),
});
export type CardReading = z.infer<typeof cardReading>;

/** Words for a certainty, so the page says it in text and not only in colour. */
export function certaintyWord(c: number): 'sure' | 'check' | 'unsure' {
  if (c >= 0.8) return 'sure';
  if (c >= 0.5) return 'check';
  return 'unsure';
}
