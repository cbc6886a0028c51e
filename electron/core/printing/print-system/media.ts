/**
 * The paper or envelope size to ask the print system for, from a page's size in points.
 * Known sizes go by their PWG 5101.1 names, which CUPS maps to each printer's own size
 * names; anything else is sent as a custom size so envelopes never print on Letter.
 */
export interface Media {
  /** CUPS `-o media=` value. */
  cups: string;
  /** Windows paper name for pdf-to-printer, when there is a standard one. */
  windows: string | null;
}

const KNOWN: Array<{ w: number; h: number; cups: string; windows: string | null }> = [
  { w: 612, h: 792, cups: 'na_letter_8.5x11in', windows: 'Letter' },
  { w: 595.28, h: 841.89, cups: 'iso_a4_210x297mm', windows: 'A4' },
  { w: 297, h: 684, cups: 'na_number-10_4.125x9.5in', windows: 'Envelope #10' },
  { w: 311.81, h: 623.62, cups: 'iso_dl_110x220mm', windows: 'Envelope DL' },
  { w: 459.21, h: 649.13, cups: 'iso_c5_162x229mm', windows: 'Envelope C5' },
  { w: 323.15, h: 459.21, cups: 'iso_c6_114x162mm', windows: 'Envelope C6' },
  { w: 315, h: 414, cups: 'na_a2_4.375x5.75in', windows: null },
];

const near = (a: number, b: number) => Math.abs(a - b) < 1.5;

export function mediaFor(widthPt: number, heightPt: number): Media {
  const [w, h] = widthPt <= heightPt ? [widthPt, heightPt] : [heightPt, widthPt];
  const known = KNOWN.find((k) => near(k.w, w) && near(k.h, h));
  if (known) return { cups: known.cups, windows: known.windows };
  const inches = (pt: number) => String(Math.round((pt / 72) * 1000) / 1000);
  // Short side first, as PWG names the standard sizes: the print system turns a landscape
  // page onto it the same way it does for a named envelope, rather than feeding a wide sheet.
  return { cups: `Custom.${inches(w)}x${inches(h)}in`, windows: null };
}
