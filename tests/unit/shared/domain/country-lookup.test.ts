import { describe, expect, it } from 'vitest';
import { countryCodeFrom } from '../../../../shared/domain/country-lookup';

describe('countryCodeFrom', () => {
  it.each([
    ['Germany', 'DE'],
    ['Deutschland', 'DE'],
    ['de', 'DE'],
    ['España', 'ES'],
    ['Spain', 'ES'],
    ['Mexico', 'MX'],
    ['México', 'MX'],
    ['China', 'CN'],
    ['中国', 'CN'],
    ['United States of America', 'US'],
    ['USA', 'US'],
    ['United Kingdom', 'GB'],
    ['Poland', 'PL'],
    ['Atlantis', ''],
    ['', ''],
  ])('%s → %s', (name, code) => {
    expect(countryCodeFrom(name)).toBe(code);
  });
});
