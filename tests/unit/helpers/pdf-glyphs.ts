import fs from 'node:fs';
import zlib from 'node:zlib';

/**
 * Which glyphs a PDF draws, read from the file itself: each text object's font (the
 * embedded font's name and its program), the glyph ids it shows and what each maps to in
 * the font's ToUnicode table. Enough to tell a .notdef box from a glyph, or an Arabic
 * letter's joined form from its isolated one. Reads the plain object layout pdfkit writes
 * (no object streams, Flate-compressed streams).
 */
export interface EmbeddedFont {
  /** As in the PDF: subset tag and PostScript name, "ABCDEF+NotoNaskhArabic". */
  name: string;
  /** The embedded font program: a TrueType font, or a bare CFF table for CFF fonts. */
  program: Buffer;
  trueType: boolean;
  toUnicode: Map<number, string>;
}

export interface TextObject {
  page: number;
  font: EmbeddedFont;
  /** Glyph ids in drawing order (left to right). */
  glyphs: number[];
  /** Each glyph's characters from the ToUnicode table, in drawing order. */
  text: string[];
}

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function readObjects(bytes: Buffer): Map<number, PdfObject> {
  const s = bytes.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const m of s.matchAll(/(\d+) 0 obj\s*/g)) {
    const start = m.index + m[0].length;
    const end = s.indexOf('endobj', start);
    const body = s.slice(start, end);
    const at = body.search(/stream\r?\n/);
    if (at < 0) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const dataStart = start + at + (body.slice(at).startsWith('stream\r\n') ? 8 : 7);
    const raw = bytes.subarray(dataStart, dataStart + length);
    objects.set(Number(m[1]), { dict, stream: /\/FlateDecode/.test(dict) ? zlib.inflateSync(raw) : raw });
  }
  return objects;
}

const ref = (dict: string, key: string): number | null => {
  const m = new RegExp(`/${key}\\s+\\[?\\s*(\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
};

function hexText(hex: string): string {
  const units = hex.match(/[0-9a-fA-F]{4}/g) ?? [];
  return String.fromCharCode(...units.map((u) => parseInt(u, 16)));
}

/** pdfkit's ToUnicode: bfrange lines "<start> <end> [<u1> <u2 u3> …]". */
function readToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const m of cmap.matchAll(/<([0-9a-fA-F]+)>\s*<[0-9a-fA-F]+>\s*\[([^\]]*)\]/g)) {
    let cid = parseInt(m[1]!, 16);
    for (const entry of m[2]!.matchAll(/<([0-9a-fA-F ]*)>/g)) map.set(cid++, hexText(entry[1]!.replace(/\s+/g, '')));
  }
  for (const m of cmap.matchAll(/^<([0-9a-fA-F]+)>\s*<([0-9a-fA-F ]+)>\s*$/gm)) map.set(parseInt(m[1]!, 16), hexText(m[2]!.replace(/\s+/g, '')));
  return map;
}

export function pdfTextObjects(file: string): TextObject[] {
  const objects = readObjects(fs.readFileSync(file));
  const fonts = new Map<number, EmbeddedFont>();
  const fontAt = (id: number): EmbeddedFont => {
    let font = fonts.get(id);
    if (font) return font;
    const type0 = objects.get(id)!.dict;
    const descendant = objects.get(ref(type0, 'DescendantFonts')!)!.dict;
    const descriptor = objects.get(ref(descendant, 'FontDescriptor')!)!.dict;
    const programId = ref(descriptor, 'FontFile2') ?? ref(descriptor, 'FontFile3')!;
    font = {
      name: /\/BaseFont\s*\/(\S+)/.exec(type0)![1]!,
      program: objects.get(programId)!.stream!,
      trueType: ref(descriptor, 'FontFile2') !== null,
      toUnicode: readToUnicode(objects.get(ref(type0, 'ToUnicode')!)!.stream!.toString('latin1')),
    };
    fonts.set(id, font);
    return font;
  };

  const pages = [...objects.values()].filter((o) => /\/Type\s*\/Page\b/.test(o.dict));
  const out: TextObject[] = [];
  pages.forEach((page, pageIndex) => {
    const resources = objects.get(ref(page.dict, 'Resources')!)!.dict;
    const fontNames = new Map([.../\/Font\s*<<([^>]*)>>/.exec(resources)![1]!.matchAll(/\/(\S+)\s+(\d+) 0 R/g)].map((m) => [m[1]!, Number(m[2])]));
    const content = objects.get(ref(page.dict, 'Contents')!)!.stream!.toString('latin1');
    let font: EmbeddedFont | null = null;
    let current: TextObject | null = null;
    // ActualText strings are not glyphs; font selections and shown hex strings are.
    for (const m of content.matchAll(/\/ActualText\s*(?:<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\))|\bBT\b|\/([^\s/[\]<>()]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>/g)) {
      if (m[0] === 'BT') current = null;
      else if (m[1] !== undefined) font = fontAt(fontNames.get(m[1])!);
      else if (m[2] !== undefined && font) {
        if (!current) out.push((current = { page: pageIndex, font, glyphs: [], text: [] }));
        for (const unit of m[2].match(/[0-9a-fA-F]{4}/g) ?? []) {
          const cid = parseInt(unit, 16);
          current.glyphs.push(cid);
          current.text.push(font.toUnicode.get(cid) ?? '');
        }
      }
    }
  });
  return out;
}
