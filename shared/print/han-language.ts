import type { HanLanguage } from './page-model';

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;

/** Where Han characters are read one way: ISO 3166-1 alpha-2 → the language they are written in there. */
const BY_COUNTRY: Readonly<Record<string, HanLanguage>> = {
  TW: 'zh-Hant',
  HK: 'zh-Hant',
  MO: 'zh-Hant',
  JP: 'ja',
  CN: 'zh-Hans',
  SG: 'zh-Hans',
  KR: 'ko',
};

/**
 * The language of a person's Han characters, where it can be told: kana among them
 * make it Japanese, Hangul Korean; otherwise the country they live in (an address
 * without a country is domestic: the sender's). Undefined when nothing tells.
 */
export function hanLanguage(texts: readonly string[], country: string): HanLanguage | undefined {
  const all = texts.join(' ');
  if (KANA.test(all)) return 'ja';
  if (HANGUL.test(all)) return 'ko';
  return BY_COUNTRY[country.trim().toUpperCase()];
}

/** The language of text written out for a locale (a date): "ja-JP" → Japanese, "zh-TW" or "zh-Hant" → Traditional Chinese. */
export function hanLanguageOfLocale(locale: string): HanLanguage | undefined {
  let tag: Intl.Locale;
  try {
    tag = new Intl.Locale(locale).maximize();
  } catch {
    return undefined;
  }
  if (tag.language === 'ja') return 'ja';
  if (tag.language === 'ko') return 'ko';
  if (tag.language === 'zh') return tag.script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
  return undefined;
}
