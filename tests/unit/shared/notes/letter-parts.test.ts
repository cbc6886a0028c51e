import { describe, expect, it } from 'vitest';
import { letterParts } from '../../../../shared/notes/letter-parts';

describe('letter parts for printing', () => {
  it('takes the greeting and leaves the sign-off and name to the letter layout', () => {
    const text = 'Dear Ms Nowak,\n\nThank you for the invitation.\n\nI remain interested.\n\nSincerely,\nSam Lee';
    expect(letterParts(text)).toEqual({ salutation: 'Dear Ms Nowak,', body: 'Thank you for the invitation.\n\nI remain interested.' });
  });

  it('knows "Warmly," as a sign-off, so a card draft signed that way is not closed twice', () => {
    expect(letterParts('Dear José,\n\nThe whiteboard session stayed with me.\n\nWarmly,\nSam')).toEqual({
      salutation: 'Dear José,',
      body: 'The whiteboard session stayed with me.',
    });
  });

  it('keeps a letter without greeting or sign-off whole', () => {
    expect(letterParts('Thank you for the invitation.\nI remain interested.')).toEqual({
      salutation: undefined,
      body: 'Thank you for the invitation.\nI remain interested.',
    });
  });
});
