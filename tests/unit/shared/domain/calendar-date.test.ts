import { describe, expect, it } from 'vitest';
import { isCalendarDate, isClockTime } from '../../../../shared/domain/calendar-date';

describe('isCalendarDate', () => {
  it.each([
    ['2026-11-23', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2026-02-30', false],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-5', false],
    ['23/11/2026', false],
    ['2026-11-23T10:00', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe('isClockTime', () => {
  it.each([
    ['09:30', true],
    ['23:59', true],
    ['00:00', true],
    ['24:00', false],
    ['9:30', false],
    ['12:60', false],
  ])('%s → %s', (value, expected) => {
    expect(isClockTime(value)).toBe(expected);
  });
});
