import { describe, expect, it } from 'vitest';
import { formatDeadline } from '../../../../../renderer/src/features/follow-through/format-deadline';
import { formatCalendarDate } from '../../../../../renderer/src/format-date';

describe('formatDeadline', () => {
  it('adds the date to a time that falls on another day than the due day', () => {
    const text = formatDeadline('2026-09-16T00:00:00.000+02:00', '2026-09-15T18:00:00.000-04:00', '2026-09-15');
    expect(text).toBe(`by 00:00 on ${formatCalendarDate('2026-09-16')} your time (18:00 theirs)`);
  });

  it('shows only the time when the deadline is on the due day', () => {
    expect(formatDeadline('2026-09-14T18:00:00.000-04:00', null, '2026-09-14')).toBe('by 18:00');
  });
});
