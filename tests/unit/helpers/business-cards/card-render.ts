/**
 * Draws a business card from its truth: text laid out by fontkit and written into an SVG
 * as glyph outlines (so no system font is needed), rasterised by sharp at 300 dpi. Six
 * layouts, several typefaces, light and dark colours: what real cards vary in.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import sharp from 'sharp';
import { cityLine, countryName, phoneLabel, pick, randomFor, type CardTruth } from './card-people';

const require = createRequire(__filename);

function packageDir(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

type Face = 'sans' | 'sans-bold' | 'sans-light' | 'sans-semibold' | 'sans-italic' | 'serif' | 'serif-bold' | 'liberation' | 'liberation-bold';

function faceFile(face: Face): string {
  const sans = path.join(packageDir('@embedpdf/fonts-latin'), 'fonts');
  const serif = path.dirname(require.resolve('@expo-google-fonts/noto-serif/package.json'));
  const liberation = path.join(packageDir('pdfjs-dist'), 'standard_fonts');
  const files: Record<Face, string> = {
    sans: path.join(sans, 'NotoSans-Regular.ttf'),
    'sans-bold': path.join(sans, 'NotoSans-Bold.ttf'),
    'sans-light': path.join(sans, 'NotoSans-Light.ttf'),
    'sans-semibold': path.join(sans, 'NotoSans-SemiBold.ttf'),
    'sans-italic': path.join(sans, 'NotoSans-Italic.ttf'),
    serif: path.join(serif, '400Regular/NotoSerif_400Regular.ttf'),
    'serif-bold': path.join(serif, '700Bold/NotoSerif_700Bold.ttf'),
    liberation: path.join(liberation, 'LiberationSans-Regular.ttf'),
    'liberation-bold': path.join(liberation, 'LiberationSans-Bold.ttf'),
  };
  return files[face];
}

const fonts = new Map<Face, fontkit.Font>();
function font(face: Face): fontkit.Font {
  let f = fonts.get(face);
  if (!f) {
    f = fontkit.openSync(faceFile(face)) as fontkit.Font;
    fonts.set(face, f);
  }
  return f;
}

/** A card 85 × 55 mm at 300 dpi. */
export const CARD_WIDTH = 1004;
export const CARD_HEIGHT = 650;

interface Text {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  /** Font size in px (at 300 dpi, 1 pt ≈ 4.17 px). */
  size: number;
  face: Face;
  fill: string;
  anchor?: 'start' | 'middle' | 'end';
}

function textWidth(t: Pick<Text, 'text' | 'size' | 'face'>): number {
  const f = font(t.face);
  return (f.layout(t.text).advanceWidth * t.size) / f.unitsPerEm;
}

function svgText(t: Text): string {
  const f = font(t.face);
  const run = f.layout(t.text);
  const scale = t.size / f.unitsPerEm;
  const width = run.advanceWidth * scale;
  let x = t.anchor === 'middle' ? t.x - width / 2 : t.anchor === 'end' ? t.x - width : t.x;
  const paths: string[] = [];
  run.glyphs.forEach((glyph, i) => {
    const pos = run.positions[i]!;
    const d = glyph.path.toSVG();
    if (d) {
      const gx = x + pos.xOffset * scale;
      const gy = t.y - pos.yOffset * scale;
      paths.push(`<path transform="translate(${gx.toFixed(2)} ${gy.toFixed(2)}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})" d="${d}"/>`);
    }
    x += pos.xAdvance * scale;
  });
  return `<g fill="${t.fill}">${paths.join('')}</g>`;
}

interface Palette {
  background: string;
  ink: string;
  accent: string;
  soft: string;
  /** Ink on the accent colour (bands, panels). */
  onAccent: string;
}

const PALETTES: Palette[] = [
  { background: '#ffffff', ink: '#1a1a1a', accent: '#1f4e79', soft: '#555555', onAccent: '#ffffff' },
  { background: '#fbf8f1', ink: '#222222', accent: '#8a3b12', soft: '#5a5048', onAccent: '#ffffff' },
  { background: '#f2f4f5', ink: '#102a43', accent: '#127a5e', soft: '#486581', onAccent: '#ffffff' },
  { background: '#ffffff', ink: '#333333', accent: '#c0392b', soft: '#666666', onAccent: '#ffffff' },
  { background: '#1b2a3a', ink: '#f5f5f5', accent: '#e0b84f', soft: '#c9d1d9', onAccent: '#1b2a3a' },
  { background: '#ffffff', ink: '#000000', accent: '#6b4fa0', soft: '#444444', onAccent: '#ffffff' },
];

const FACE_SETS: Array<{ name: Face; body: Face; light: Face }> = [
  { name: 'sans-bold', body: 'sans', light: 'sans-light' },
  { name: 'serif-bold', body: 'serif', light: 'serif' },
  { name: 'liberation-bold', body: 'liberation', light: 'liberation' },
  { name: 'sans-semibold', body: 'sans-light', light: 'sans-italic' },
  { name: 'sans', body: 'sans', light: 'sans-italic' },
];

export interface RenderedCard {
  png: Buffer;
  layout: string;
}

/** The contact lines a card prints, in the order it prints them. */
function contactLines(truth: CardTruth, random: () => number): string[] {
  const labelled = random() < 0.7;
  // A fax number is always labelled: without the word nobody could tell it from the office line.
  const lines = truth.phones.map((p) => (labelled || p.type === 'fax' ? `${phoneLabel(truth, p, random)} ${p.printed}` : p.printed));
  const emailLabel = labelled && random() < 0.5 ? 'E ' : '';
  lines.push(`${emailLabel}${truth.email}`);
  if (truth.website) lines.push(truth.website);
  if (truth.linkedin) lines.push(truth.linkedin);
  return lines;
}

function addressLines(truth: CardTruth): string[] {
  return [...truth.address.lines, cityLine(truth.address), ...(truth.printsCountry ? [countryName(truth.address.country)] : [])];
}

/** Largest size ≤ wanted at which every line fits the width. */
function fit(lines: string[], face: Face, wanted: number, width: number): number {
  let size = wanted;
  while (size > 18 && lines.some((text) => textWidth({ text, size, face }) > width)) size -= 1;
  return size;
}

export async function renderCard(truth: CardTruth): Promise<RenderedCard> {
  const random = randomFor(truth.seed * 104729 + 3);
  const palette = pick(random, PALETTES);
  const faces = pick(random, FACE_SETS);
  const layout = pick(random, ['classic', 'centred', 'band', 'columns', 'logo-top', 'split'] as const);
  const W = CARD_WIDTH;
  const H = CARD_HEIGHT;
  const M = 60;
  const texts: Text[] = [];
  const shapes: string[] = [];
  const contacts = contactLines(truth, random);
  const address = addressLines(truth);
  const nameSize = 50 + Math.floor(random() * 14);
  const titleSize = 30 + Math.floor(random() * 4);
  const bodyWanted = 29;
  const { ink, soft, accent } = palette;

  const block = (lines: string[], x: number, y: number, size: number, face: Face, fill: string, anchor: Text['anchor'] = 'start', gap = 1.3) =>
    lines.forEach((text, i) => texts.push({ text, x, y: y + i * size * gap, size, face, fill, anchor }));

  switch (layout) {
    case 'classic': {
      texts.push({ text: truth.company, x: W - M, y: M + 40, size: 34, face: faces.name, fill: accent, anchor: 'end' });
      texts.push({ text: truth.fullName, x: M, y: 190, size: nameSize, face: faces.name, fill: ink });
      texts.push({ text: truth.title, x: M, y: 190 + titleSize * 1.5, size: titleSize, face: faces.light, fill: soft });
      const all = [...contacts, ...address];
      const size = fit(all, faces.body, bodyWanted, (W - 3 * M) / 2);
      block(contacts, M, H - M - (contacts.length - 1) * size * 1.3, size, faces.body, ink);
      block(address, W - M, H - M - (address.length - 1) * size * 1.3, size, faces.body, ink, 'end');
      break;
    }
    case 'centred': {
      texts.push({ text: truth.company, x: W / 2, y: M + 30, size: 32, face: faces.name, fill: accent, anchor: 'middle' });
      texts.push({ text: truth.fullName, x: W / 2, y: 210, size: nameSize, face: faces.name, fill: ink, anchor: 'middle' });
      texts.push({ text: truth.title, x: W / 2, y: 210 + titleSize * 1.5, size: titleSize, face: faces.light, fill: soft, anchor: 'middle' });
      const lines = [contacts.join('  ·  ').length < 60 ? contacts.join('  ·  ') : null, ...address].filter((l): l is string => l !== null);
      const all = contacts.join('  ·  ').length < 60 ? lines : [...contacts, address.join(', ')];
      const size = fit(all, faces.body, 26, W - 2 * M);
      block(all, W / 2, H - M - (all.length - 1) * size * 1.25, size, faces.body, ink, 'middle', 1.25);
      break;
    }
    case 'band': {
      shapes.push(`<rect x="0" y="0" width="${W}" height="120" fill="${accent}"/>`);
      texts.push({ text: truth.company, x: M, y: 80, size: 40, face: faces.name, fill: palette.onAccent });
      texts.push({ text: truth.fullName, x: M, y: 210, size: nameSize, face: faces.name, fill: ink });
      texts.push({ text: truth.title, x: M, y: 210 + titleSize * 1.5, size: titleSize, face: faces.light, fill: soft });
      const all = [...contacts, ...address];
      const size = fit(all, faces.body, 26, W - 2 * M);
      const lines = [...contacts, address.join(', ')];
      const s2 = fit(lines, faces.body, size, W - 2 * M);
      block(lines, M, H - M - (lines.length - 1) * s2 * 1.3, s2, faces.body, ink);
      break;
    }
    case 'columns': {
      texts.push({ text: truth.fullName, x: M, y: M + 60, size: nameSize - 4, face: faces.name, fill: ink });
      texts.push({ text: truth.title, x: M, y: M + 60 + titleSize * 1.5, size: titleSize, face: faces.light, fill: soft });
      texts.push({ text: truth.company, x: M, y: M + 60 + titleSize * 3, size: titleSize, face: faces.body, fill: accent });
      shapes.push(`<rect x="${W / 2 - 10}" y="${M + 160}" width="4" height="${H - 2 * M - 170}" fill="${accent}"/>`);
      const size = fit([...address, ...contacts], faces.body, 26, W / 2 - M - 30);
      block(address, M, M + 250, size, faces.body, ink);
      block(contacts, W / 2 + 20, M + 250, size, faces.body, ink);
      break;
    }
    case 'logo-top': {
      shapes.push(`<circle cx="${M + 35}" cy="${M + 35}" r="35" fill="${accent}"/>`);
      texts.push({ text: truth.company, x: M + 90, y: M + 50, size: 40, face: faces.name, fill: accent });
      texts.push({ text: truth.fullName, x: M, y: 250, size: nameSize - 6, face: faces.name, fill: ink });
      texts.push({ text: truth.title, x: M, y: 250 + titleSize * 1.4, size: titleSize, face: faces.light, fill: soft });
      const lines = [...address, ...contacts];
      const size = fit(lines, faces.body, 24, W / 2 - M);
      block(address, M, 380, size, faces.body, ink);
      block(contacts, W - M, 380, size, faces.body, ink, 'end');
      break;
    }
    case 'split': {
      shapes.push(`<rect x="0" y="0" width="${W * 0.38}" height="${H}" fill="${accent}"/>`);
      const leftWidth = W * 0.38 - 2 * 40;
      const companyWords = truth.company.split(' ');
      const half = Math.ceil(companyWords.length / 2);
      const companyLines = companyWords.length > 2 ? [companyWords.slice(0, half).join(' '), companyWords.slice(half).join(' ')] : [truth.company];
      const cs = fit(companyLines, faces.name, 34, leftWidth);
      block(companyLines, 40, H / 2 - 20, cs, faces.name, palette.onAccent);
      const x = W * 0.38 + 40;
      const right = W - x - 40;
      const ns = fit([truth.fullName], faces.name, nameSize - 8, right);
      texts.push({ text: truth.fullName, x, y: 110, size: ns, face: faces.name, fill: ink });
      texts.push({
        text: truth.title,
        x,
        y: 110 + titleSize * 1.4,
        size: fit([truth.title], faces.light, titleSize - 2, right),
        face: faces.light,
        fill: soft,
      });
      const lines = [...contacts, ...address];
      const size = fit(lines, faces.body, 24, right);
      block(lines, x, 250, Math.min(size, Math.floor((H - 250 - 30) / (lines.length * 1.25))), faces.body, ink, 'start', 1.25);
      break;
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
    <rect width="${W}" height="${H}" fill="${palette.background}"/>${shapes.join('')}${texts.map(svgText).join('')}</svg>`;
  const png = await sharp(Buffer.from(svg), { density: 72 }).png().toBuffer();
  return { png, layout };
}
