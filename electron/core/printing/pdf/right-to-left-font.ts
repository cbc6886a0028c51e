import type * as fontkit from 'fontkit';

/**
 * A right-to-left font as pdfkit gets it: the same font, laid out right to left whatever
 * the text. pdfkit shapes by calling its font's layout(text, features) with no direction,
 * so fontkit would take it from the script and lay out a run of spaces or punctuation
 * left to right.
 *
 * Glyphs then come in drawing order, as text extraction (poppler, pdf.js) expects to read
 * them back: it reverses right-to-left text character by character. So a glyph that
 * stands for several characters (lam-alef) lists them in drawing order too.
 */
export function rightToLeftFont(font: fontkit.Font): fontkit.Font {
  const layout = (text: string, features?: string[] | Record<string, boolean>): fontkit.GlyphRun => {
    const run = font.layout(text, features ?? [], undefined, undefined, 'rtl');
    run.glyphs = run.glyphs.map((g) => (g.codePoints.length > 1 ? inDrawingOrder(g) : g));
    return run;
  };
  // Everything else (tables, glyphs, subsetting) is the font's own, shared through the prototype.
  return Object.create(font, { layout: { value: layout } }) as fontkit.Font;
}

function inDrawingOrder(glyph: fontkit.Glyph): fontkit.Glyph {
  return Object.create(glyph, { codePoints: { value: [...glyph.codePoints].reverse() } }) as fontkit.Glyph;
}
