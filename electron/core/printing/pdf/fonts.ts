import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import type { FontStyle } from '../../../../shared/print/page-model';

/**
 * The fonts shipped with the app (npm packages, SIL Open Font License): Noto Serif for
 * letters, Noto Sans for envelopes and labels (both cover Latin, Greek and Cyrillic),
 * Noto Sans CJK SC as the fallback for Chinese and Japanese names and Noto Sans KR for
 * Korean (Hangul, which the SC font lacks). Scripts written right to left or needing
 * shaping (Hebrew, Arabic, Thai…) are not covered: the queue warns about them instead.
 */
export type FontKey = 'serif' | 'serif-bold' | 'sans' | 'sans-bold' | 'cjk' | 'cjk-bold' | 'kr' | 'kr-bold';

// __filename, not import.meta: the core also runs as CommonJS (the built main process, Playwright).
const require = createRequire(__filename);

function packageDir(name: string): string {
  // Two of the packages export only their entry point, so find the folder from it.
  let dir = path.dirname(require.resolve(name));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

function fontFiles(): Record<FontKey, string> {
  const serif = path.dirname(require.resolve('@expo-google-fonts/noto-serif/package.json'));
  const sans = path.join(packageDir('@embedpdf/fonts-latin'), 'fonts');
  const cjk = path.join(packageDir('@embedpdf/fonts-sc'), 'fonts');
  const kr = path.join(packageDir('@embedpdf/fonts-kr'), 'fonts');
  return {
    serif: path.join(serif, '400Regular/NotoSerif_400Regular.ttf'),
    'serif-bold': path.join(serif, '700Bold/NotoSerif_700Bold.ttf'),
    sans: path.join(sans, 'NotoSans-Regular.ttf'),
    'sans-bold': path.join(sans, 'NotoSans-Bold.ttf'),
    cjk: path.join(cjk, 'NotoSansHans-Regular.otf'),
    'cjk-bold': path.join(cjk, 'NotoSansHans-Bold.otf'),
    kr: path.join(kr, 'NotoSansKR-Regular.otf'),
    'kr-bold': path.join(kr, 'NotoSansKR-Bold.otf'),
  };
}

export interface LoadedFont {
  key: FontKey;
  data: Buffer;
  font: fontkit.Font;
}

let cache: Map<FontKey, LoadedFont> | null = null;

/** Reads each font once per process; documents share the bytes, pdfkit embeds subsets. */
export function loadFont(key: FontKey): LoadedFont {
  cache ??= new Map();
  let loaded = cache.get(key);
  if (!loaded) {
    const file = fontFiles()[key];
    const data = fs.readFileSync(file);
    const font = fontkit.create(data);
    if (!('hasGlyphForCodePoint' in font)) throw new Error(`${file} is a font collection, not a font`);
    loaded = { key, data, font };
    cache.set(key, loaded);
  }
  return loaded;
}

/** The fonts tried in order for a style: the style's own font first, then the CJK and Korean fallbacks. */
export function fallbackChain(style: FontStyle, bold = false): FontKey[] {
  const main: FontKey = style === 'serif' ? (bold ? 'serif-bold' : 'serif') : bold ? 'sans-bold' : 'sans';
  // The other Latin family fills gaps (symbols one of them lacks) before the CJK font.
  const other: FontKey = style === 'serif' ? (bold ? 'sans-bold' : 'sans') : bold ? 'serif-bold' : 'serif';
  return [main, other, bold ? 'cjk-bold' : 'cjk', bold ? 'kr-bold' : 'kr'];
}
