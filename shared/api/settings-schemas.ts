import { z } from 'zod';
import { text } from './fields';

/**
 * The user's own details and print preferences: one record, read by letters (sender,
 * closing, "Your name"), envelopes (return address) and the print queue (paper, sizes).
 */
export const paperSize = z.enum(['letter', 'a4']);
export type PaperSize = z.infer<typeof paperSize>;

export const envelopeSizeId = z.enum(['no10', 'dl', 'c5', 'c6', 'a2', 'a7', 'custom']);
export type EnvelopeSizeId = z.infer<typeof envelopeSizeId>;

export const labelSheetId = z.enum(['avery-5160', 'avery-l7160', 'custom']);
export type LabelSheetId = z.infer<typeof labelSheetId>;

const mm = (label: string, min: number, max: number) =>
  z
    .number({ message: `${label} must be a number of millimetres` })
    .min(min, { message: `${label} must be at least ${min} mm` })
    .max(max, { message: `${label} must be at most ${max} mm` });

export const customEnvelope = z.object({
  widthMm: mm('Envelope width', 50, 400),
  heightMm: mm('Envelope height', 50, 400),
});
export type CustomEnvelope = z.infer<typeof customEnvelope>;

/** A label sheet described the way label makers print it on the box, in millimetres. */
export const customLabelSheet = z.object({
  paper: paperSize,
  columns: z.number().int().min(1, { message: 'Columns must be at least 1' }).max(10, { message: 'Columns must be at most 10' }),
  rows: z.number().int().min(1, { message: 'Rows must be at least 1' }).max(40, { message: 'Rows must be at most 40' }),
  labelWidthMm: mm('Label width', 10, 300),
  labelHeightMm: mm('Label height', 5, 300),
  topMarginMm: mm('Top margin', 0, 100),
  leftMarginMm: mm('Left margin', 0, 100),
  horizontalPitchMm: mm('Horizontal pitch', 10, 300),
  verticalPitchMm: mm('Vertical pitch', 5, 300),
});
export type CustomLabelSheet = z.infer<typeof customLabelSheet>;

const PAPER_MM: Record<PaperSize, { width: number; height: number; name: string }> = {
  letter: { width: 215.9, height: 279.4, name: 'Letter' },
  a4: { width: 210, height: 297, name: 'A4' },
};

/**
 * The sheet as a whole: labels must not overlap their neighbours and the grid must stay
 * on the paper. Each field can be fine alone and the sheet still run off the page.
 */
export const customLabelSheetOnPaper = customLabelSheet.superRefine((sheet, ctx) => {
  const paper = PAPER_MM[sheet.paper];
  const round = (n: number) => Math.round(n * 10) / 10;
  if (sheet.columns > 1 && sheet.labelWidthMm > sheet.horizontalPitchMm) {
    ctx.addIssue({ code: 'custom', path: ['labelWidthMm'], message: `Label width (${sheet.labelWidthMm} mm) must not be more than the horizontal pitch (${sheet.horizontalPitchMm} mm), or labels overlap` });
  }
  if (sheet.rows > 1 && sheet.labelHeightMm > sheet.verticalPitchMm) {
    ctx.addIssue({ code: 'custom', path: ['labelHeightMm'], message: `Label height (${sheet.labelHeightMm} mm) must not be more than the vertical pitch (${sheet.verticalPitchMm} mm), or labels overlap` });
  }
  const right = sheet.leftMarginMm + (sheet.columns - 1) * sheet.horizontalPitchMm + sheet.labelWidthMm;
  if (right > paper.width + 0.05) {
    ctx.addIssue({ code: 'custom', path: ['columns'], message: `Columns: ${sheet.columns} labels across end at ${round(right)} mm, past the ${paper.width} mm width of ${paper.name} paper (check Left margin, Horizontal pitch and Label width)` });
  }
  const bottom = sheet.topMarginMm + (sheet.rows - 1) * sheet.verticalPitchMm + sheet.labelHeightMm;
  if (bottom > paper.height + 0.05) {
    ctx.addIssue({ code: 'custom', path: ['rows'], message: `Rows: ${sheet.rows} labels down end at ${round(bottom)} mm, past the ${paper.height} mm height of ${paper.name} paper (check Top margin, Vertical pitch and Label height)` });
  }
});

/**
 * How the printer takes envelopes: 'landscape' pages are the envelope as seen; 'portrait'
 * turns the design a quarter turn, the way many printers feed envelopes short edge first.
 * rotate180 is for printers that feed the flap end first.
 */
export const envelopeFeed = z.object({
  orientation: z.enum(['landscape', 'portrait']),
  rotate180: z.boolean(),
});
export type EnvelopeFeed = z.infer<typeof envelopeFeed>;

/** A PNG or JPEG as a data: URL, small enough to travel over IPC and sit in SQLite. */
export const signatureImage = z
  .string()
  .max(700_000, { message: 'Signature image is too large (at most about 500 KB)' })
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, { message: 'Signature image must be a PNG or JPEG picture' });

/** The English the user writes: which spelling dictionary checks the notes (color or colour, organize or organise). */
export const spellingEnglish = z.enum(['en-US', 'en-GB'], { message: 'Spelling must be American English (en-US) or British English (en-GB)' });
export type SpellingEnglish = z.infer<typeof spellingEnglish>;

export const settings = z.object({
  yourName: z.string(),
  /** As written on an envelope, one line per line. */
  returnAddress: z.string(),
  phone: z.string(),
  email: z.string(),
  /** ISO 3166-1 alpha-2 of the sender; the country line is left off domestic mail. */
  country: z.string(),
  /** BCP 47 tag used to write dates out ("March 4, 2026", "4. März 2026"). */
  locale: z.string(),
  signatureImage: signatureImage.nullable(),
  paper: paperSize,
  envelope: envelopeSizeId,
  customEnvelope,
  envelopeFeed,
  labelSheet: labelSheetId,
  customLabelSheet,
  closing: z.string(),
  spelling: spellingEnglish,
});
export type Settings = z.infer<typeof settings>;

export const settingsPatch = z
  .object({
    yourName: text('Your name', 200),
    returnAddress: text('Return address', 1000),
    phone: text('Phone', 100),
    email: text('Email', 320),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^([A-Z]{2})?$/, { message: 'Country must be a two-letter code such as US or DE' }),
    locale: z
      .string()
      .trim()
      .max(35)
      .refine((tag) => {
        try {
          return Intl.getCanonicalLocales(tag).length === 1;
        } catch {
          return false;
        }
      }, { message: 'Language for dates must be a language tag such as en-US or de-DE' }),
    signatureImage: signatureImage.nullable(),
    paper: paperSize,
    envelope: envelopeSizeId,
    customEnvelope,
    envelopeFeed,
    labelSheet: labelSheetId,
    customLabelSheet: customLabelSheetOnPaper,
    closing: text('Closing', 100),
    spelling: spellingEnglish,
  })
  .partial()
  .strict();
export type SettingsPatch = z.input<typeof settingsPatch>;
