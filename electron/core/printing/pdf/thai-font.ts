import type * as fontkit from 'fontkit';

/**
 * SARA AM after the tone marks and vowels above the same consonant (HarfBuzz's
 * IS_TONE_MARK): the marks its NIKHAHIT moves back over.
 */
const SARA_AM = /((?:\u0e31|[\u0e34-\u0e37]|\u0e3b|[\u0e47-\u0e4e])*)\u0e33/gu;

/**
 * What HarfBuzz's and Uniscribe's Thai shapers do before the font's tables run, and
 * fontkit's default shaper does not: SARA AM (ำ) is NIKHAHIT (the ring) + SARA AA, and the
 * ring goes back before the tone marks over the same consonant. The font's tables then
 * set the ring on the consonant and the tone mark above it; left as typed, Noto Sans Thai
 * stacks the ring on top of the tone mark (น้ำ).
 */
export function thaiShapingOrder(text: string): string {
  return text.includes('\u0e33') ? text.replace(SARA_AM, '\u0e4d$1\u0e32') : text;
}

/** A Thai font as pdfkit and the measure get it: the same font, laid out from the text in shaping order. */
export function thaiFont(font: fontkit.Font): fontkit.Font {
  const layout = (text: string, features?: string[] | Record<string, boolean>): fontkit.GlyphRun => font.layout(thaiShapingOrder(text), features);
  // Everything else (tables, glyphs, subsetting) is the font's own, shared through the prototype.
  return Object.create(font, { layout: { value: layout } }) as fontkit.Font;
}
