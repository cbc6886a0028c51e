import { describe, expect, it } from 'vitest';
import { hanLanguage, hanLanguageOfLocale } from '../../../../shared/print/han-language';

describe('the language of Han characters', () => {
  it('is Japanese with kana, Korean with Hangul, whatever the country', () => {
    expect(hanLanguage(['山田さくら'], 'US')).toBe('ja');
    expect(hanLanguage(['アクメ株式会社', '王'], 'CN')).toBe('ja');
    expect(hanLanguage(['金民俊', '김민준'], '')).toBe('ko');
  });

  it('else follows the country: Taiwan, Hong Kong and Macau Traditional, China and Singapore Simplified, Japan Japanese', () => {
    expect(['TW', 'HK', 'MO', 'tw'].map((c) => hanLanguage(['陳大文'], c))).toEqual(['zh-Hant', 'zh-Hant', 'zh-Hant', 'zh-Hant']);
    expect(['CN', 'SG'].map((c) => hanLanguage(['王伟'], c))).toEqual(['zh-Hans', 'zh-Hans']);
    expect(hanLanguage(['山田太郎'], 'JP')).toBe('ja');
    expect(hanLanguage(['金民俊'], 'KR')).toBe('ko');
  });

  it('is not guessed when nothing tells', () => {
    expect(hanLanguage(['陳大文'], 'US')).toBeUndefined();
    expect(hanLanguage(['陳大文'], '')).toBeUndefined();
  });

  it('of a locale’s written-out text', () => {
    expect(['zh-TW', 'zh-HK', 'zh-Hant', 'zh', 'zh-CN', 'ja-JP', 'ko-KR', 'en-US', 'not a language!!'].map(hanLanguageOfLocale)).toEqual([
      'zh-Hant',
      'zh-Hant',
      'zh-Hant',
      'zh-Hans',
      'zh-Hans',
      'ja',
      'ko',
      undefined,
      undefined,
    ]);
  });
});
