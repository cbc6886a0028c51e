import { describe, expect, it } from 'vitest';
import { phoneText } from '../../../../../../renderer/src/features/people/card-scan/reading-draft';

const phone = (number: string, printed: string) => ({ type: 'office' as const, number, printed, certainty: 0.9 });

describe('the Phone field for a number read from a card', () => {
  it('keeps a number the card printed with its calling code as printed', () => {
    expect(phoneText(phone('+3237585060', '+32 3.758.50.60'))).toBe('+32 3.758.50.60');
  });

  it('gives a national number its calling code, spaced the international way', () => {
    expect(phoneText(phone('+12064413216', '(206) 441-3216'))).toBe('+1 206 441 3216');
    expect(phoneText(phone('+4930123456', '030 123456'))).toBe('+49 30 123456');
  });

  it('leaves what cannot be parsed as the reader gave it', () => {
    expect(phoneText(phone('12', '12'))).toBe('12');
  });
});
