import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import type { FontStyle, HanLanguage } from '../../../../shared/print/page-model';

/**
 * The fonts shipped with the app (npm packages, SIL Open Font License), Regular weight
 * only — no layout sets anything bold. Noto Serif for letters and Noto Sans for envelopes
 * and labels cover Latin, Greek and Cyrillic, and Noto Sans Devanagari too (letters take
 * it from there). Each other script has its own Noto font, shared by both styles: Naskh
 * Arabic, Sans Hebrew and Sans Thai; Sans CJK in its Simplified Chinese, Traditional
 * Chinese and Japanese cuts (the same Han code point is drawn differently in each), and
 * Sans KR for Hangul.
 */
export const fontKeys = ['serif', 'sans', 'hebrew', 'arabic', 'thai', 'sc', 'tc', 'jp', 'kr'] as const;
export type FontKey = (typeof fontKeys)[number];

export interface FontFile {
  /** The npm package that ships the font. */
  pkg: string;
  /** The file inside the package. */
  file: string;
  /** Written right to left: its runs are laid out right to left. */
  rtl?: boolean;
}

export const FONT_FILES: Record<FontKey, FontFile> = {
  serif: { pkg: '@expo-google-fonts/noto-serif', file: '400Regular/NotoSerif_400Regular.ttf' },
  sans: { pkg: '@embedpdf/fonts-latin', file: 'fonts/NotoSans-Regular.ttf' },
  hebrew: { pkg: '@embedpdf/fonts-hebrew', file: 'fonts/NotoSansHebrew-Regular.ttf', rtl: true },
  arabic: { pkg: '@embedpdf/fonts-arabic', file: 'fonts/NotoNaskhArabic-Regular.ttf', rtl: true },
  thai: { pkg: '@expo-google-fonts/noto-sans-thai', file: '400Regular/NotoSansThai_400Regular.ttf' },
  sc: { pkg: '@embedpdf/fonts-sc', file: 'fonts/NotoSansHans-Regular.otf' },
  tc: { pkg: '@embedpdf/fonts-tc', file: 'fonts/NotoSansHant-Regular.otf' },
  jp: { pkg: '@embedpdf/fonts-jp', file: 'fonts/NotoSansJP-Regular.otf' },
  kr: { pkg: '@embedpdf/fonts-kr', file: 'fonts/NotoSansKR-Regular.otf' },
};

// __filename, not import.meta: the core also runs as CommonJS (the built main process, Playwright).
const require = createRequire(__filename);

/** The package's folder: some of the packages export only their entry point, so walk up from it. */
export function packageDir(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

export function fontPath(key: FontKey): string {
  const { pkg, file } = FONT_FILES[key];
  return path.join(packageDir(pkg), file);
}

export interface LoadedFont {
  key: FontKey;
  data: Buffer;
  font: fontkit.Font;
}

const cache = new Map<FontKey, LoadedFont>();

/** Reads each font once per process; documents share the parsed font, pdfkit embeds subsets. */
export function loadFont(key: FontKey): LoadedFont {
  let loaded = cache.get(key);
  if (!loaded) {
    const file = fontPath(key);
    const data = fs.readFileSync(file);
    const font = fontkit.create(data);
    if (!('hasGlyphForCodePoint' in font)) throw new Error(`${file} is a font collection, not a font`);
    loaded = { key, data, font };
    cache.set(key, loaded);
  }
  return loaded;
}

/**
 * Which Han font first, by language: a Japanese, Traditional Chinese or Korean text takes
 * its own cut; the others follow only for characters it lacks. Without a language, the
 * Simplified Chinese cut, which covers the most characters.
 */
const HAN_ORDER: Record<HanLanguage | 'unknown', FontKey[]> = {
  ja: ['jp', 'sc', 'tc', 'kr'],
  'zh-Hant': ['tc', 'jp', 'sc', 'kr'],
  'zh-Hans': ['sc', 'tc', 'jp', 'kr'],
  ko: ['kr', 'tc', 'jp', 'sc'],
  unknown: ['sc', 'kr', 'jp', 'tc'],
};

const chains = new Map<string, FontKey[]>();

/** The fonts tried in order for a style: the style's own font, the other Latin one, then each script's. */
export function fallbackChain(style: FontStyle, lang?: HanLanguage): FontKey[] {
  const id = `${style}/${lang ?? ''}`;
  let chain = chains.get(id);
  if (!chain) {
    // The other Latin family fills gaps (symbols one of them lacks) before any other script.
    const latin: FontKey[] = style === 'serif' ? ['serif', 'sans'] : ['sans', 'serif'];
    chain = [...latin, 'hebrew', 'arabic', 'thai', ...HAN_ORDER[lang ?? 'unknown']];
    chains.set(id, chain);
  }
  return chain;
}
