import { z } from 'zod';
import { envelopeSizeIds, type CustomEnvelope, type EnvelopeFeed } from '../../print/envelope-layout';
import { labelSheetIds, type CustomLabelSheet } from '../../print/label-sheet';
import { paperSizes, type PaperSize } from '../../print/paper';
import type { Settings } from '../../print/settings';
import { text, type AllSame, type Same } from '../fields';

/** Settings as the contract carries them: the shapes are printing's (shared/print/settings.ts). */
export const paperSize = z.enum(paperSizes);
export const envelopeSizeId = z.enum(envelopeSizeIds);
export const labelSheetId = z.enum(labelSheetIds);

const mm = (label: string, min: number, max: number) =>
  z
    .number({ message: `${label} must be a number of millimetres` })
    .min(min, { message: `${label} must be at least ${min} mm` })
    .max(max, { message: `${label} must be at most ${max} mm` });

export const customEnvelope = z.object({
  widthMm: mm('Envelope width', 50, 400),
  heightMm: mm('Envelope height', 50, 400),
});

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
    ctx.addIssue({
      code: 'custom',
      path: ['labelWidthMm'],
      message: `Label width (${sheet.labelWidthMm} mm) must not be more than the horizontal pitch (${sheet.horizontalPitchMm} mm), or labels overlap`,
    });
  }
  if (sheet.rows > 1 && sheet.labelHeightMm > sheet.verticalPitchMm) {
    ctx.addIssue({
      code: 'custom',
      path: ['labelHeightMm'],
      message: `Label height (${sheet.labelHeightMm} mm) must not be more than the vertical pitch (${sheet.verticalPitchMm} mm), or labels overlap`,
    });
  }
  const right = sheet.leftMarginMm + (sheet.columns - 1) * sheet.horizontalPitchMm + sheet.labelWidthMm;
  if (right > paper.width + 0.05) {
    ctx.addIssue({
      code: 'custom',
      path: ['columns'],
      message: `Columns: ${sheet.columns} labels across end at ${round(right)} mm, past the ${paper.width} mm width of ${paper.name} paper (check Left margin, Horizontal pitch and Label width)`,
    });
  }
  const bottom = sheet.topMarginMm + (sheet.rows - 1) * sheet.verticalPitchMm + sheet.labelHeightMm;
  if (bottom > paper.height + 0.05) {
    ctx.addIssue({
      code: 'custom',
      path: ['rows'],
      message: `Rows: ${sheet.rows} labels down end at ${round(bottom)} mm, past the ${paper.height} mm height of ${paper.name} paper (check Top margin, Vertical pitch and Label height)`,
    });
  }
});

export const envelopeFeed = z.object({
  orientation: z.enum(['landscape', 'portrait']),
  rotate180: z.boolean(),
});

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
  returnAddress: z.string(),
  phone: z.string(),
  email: z.string(),
  country: z.string(),
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
      .refine(
        (tag) => {
          try {
            return Intl.getCanonicalLocales(tag).length === 1;
          } catch {
            return false;
          }
        },
        { message: 'Language for dates must be a language tag such as en-US or de-DE' },
      ),
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

export type { CustomEnvelope, EnvelopeFeed, EnvelopeSizeId } from '../../print/envelope-layout';
export type { CustomLabelSheet, LabelSheetId } from '../../print/label-sheet';
export type { PaperSize } from '../../print/paper';
export type { Settings } from '../../print/settings';

type _Shapes = AllSame<
  [
    Same<z.output<typeof customEnvelope>, CustomEnvelope>,
    Same<z.output<typeof customLabelSheet>, CustomLabelSheet>,
    Same<z.output<typeof envelopeFeed>, EnvelopeFeed>,
    Same<z.output<typeof settings>, Settings>,
  ]
>;
