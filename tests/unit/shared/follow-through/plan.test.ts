import { describe, expect, it } from 'vitest';
import { computePlan, stepTiming, type PlanInput, type StepKey } from '../../../../shared/follow-through/plan';

const NY = 'America/New_York';
const LONDON = 'Europe/London';

function plan(overrides: {
  interview: PlanInput['interview'];
  user?: PlanInput['user'];
  employer?: Partial<PlanInput['employer']>;
  earlierFollowUps?: string[];
}) {
  return computePlan({
    interview: overrides.interview,
    user: overrides.user ?? { timeZone: overrides.interview.timeZone ?? NY, country: 'US' },
    employer: { largeCompany: false, decisionDate: null, ...overrides.employer },
    earlierFollowUps: overrides.earlierFollowUps ?? [],
  });
}

function step(p: ReturnType<typeof computePlan>, key: StepKey) {
  const s = p.steps.find((x) => x.key === key);
  if (!s) throw new Error(`no ${key} step`);
  return s;
}

interface Row {
  name: string;
  input: Parameters<typeof plan>[0];
  emailDueOn: string;
  /** The email deadline as a UTC instant. */
  emailDueUtc: string;
  mailBy: string;
  arrive: [string, string];
  followUpOpens: string;
}

const table: Row[] = [
  {
    name: 'a Monday morning interview in New York',
    input: { interview: { date: '2026-09-14', startTime: '10:00', endTime: '11:00', timeZone: NY } },
    emailDueOn: '2026-09-14',
    emailDueUtc: '2026-09-14T22:00:00.000Z', // 18:00 EDT
    mailBy: '2026-09-15',
    arrive: ['2026-09-18', '2026-09-21'],
    followUpOpens: '2026-09-22',
  },
  {
    name: 'a Friday-evening interview in London: email next morning, letters on Monday',
    input: {
      interview: { date: '2026-09-18', startTime: '18:00', endTime: '19:30', timeZone: LONDON },
      user: { timeZone: LONDON, country: 'GB' },
    },
    emailDueOn: '2026-09-19',
    emailDueUtc: '2026-09-19T08:00:00.000Z', // 09:00 BST
    mailBy: '2026-09-21',
    arrive: ['2026-09-24', '2026-09-25'],
    followUpOpens: '2026-09-28',
  },
  {
    name: 'the day before Thanksgiving (US): letters skip the holiday',
    input: { interview: { date: '2026-11-25', startTime: '14:00', endTime: '15:00', timeZone: NY } },
    emailDueOn: '2026-11-25',
    emailDueUtc: '2026-11-25T23:00:00.000Z', // 18:00 EST
    mailBy: '2026-11-27',
    arrive: ['2026-12-02', '2026-12-03'],
    followUpOpens: '2026-12-04',
  },
  {
    name: 'Christmas Eve in the UK: Christmas, Boxing Day substitute and New Year skipped',
    input: {
      interview: { date: '2026-12-24', startTime: '10:00', endTime: '11:00', timeZone: LONDON },
      user: { timeZone: LONDON, country: 'GB' },
    },
    emailDueOn: '2026-12-24',
    emailDueUtc: '2026-12-24T18:00:00.000Z', // 18:00 GMT
    mailBy: '2026-12-29',
    arrive: ['2027-01-04', '2027-01-05'],
    followUpOpens: '2027-01-06',
  },
  {
    // The US moved its clocks on 2026-03-08, the UK only on 03-29: for these three weeks New
    // York is 4 hours behind London, not 5. A fixed offset would put the deadline at 23:00.
    name: 'a London user with a New York employer in the weeks between the two daylight-saving changes',
    input: {
      interview: { date: '2026-03-16', startTime: '10:00', endTime: '11:00', timeZone: NY },
      user: { timeZone: LONDON, country: 'GB' },
    },
    emailDueOn: '2026-03-16',
    emailDueUtc: '2026-03-16T22:00:00.000Z', // 18:00 EDT = 22:00 GMT
    mailBy: '2026-03-17',
    arrive: ['2026-03-20', '2026-03-23'],
    followUpOpens: '2026-03-24',
  },
  {
    name: 'a user in Berlin interviewing with a New York employer',
    input: {
      interview: { date: '2026-09-15', startTime: '11:00', endTime: '12:00', timeZone: NY },
      user: { timeZone: 'Europe/Berlin', country: 'DE' },
    },
    // 18:00 in New York is midnight in Berlin: due by the end of the Berlin evening, that day.
    emailDueOn: '2026-09-15',
    emailDueUtc: '2026-09-15T22:00:00.000Z',
    mailBy: '2026-09-16',
    arrive: ['2026-09-21', '2026-09-22'],
    followUpOpens: '2026-09-23',
  },
];

describe('computePlan', () => {
  for (const row of table) {
    it(row.name, () => {
      const p = plan(row.input);
      const email = step(p, 'thank-you-email');
      expect(email.dueOn).toBe(row.emailDueOn);
      expect(new Date(email.dueAt ?? '').toISOString()).toBe(row.emailDueUtc);
      expect(step(p, 'mail-letters').dueOn).toBe(row.mailBy);
      const arrive = step(p, 'letters-arrive');
      expect([arrive.dueOn, arrive.lastDay]).toEqual(row.arrive);
      expect(arrive.actionable).toBe(false);
      expect(step(p, 'follow-up').opensOn).toBe(row.followUpOpens);
    });
  }

  it('names the holidays the letters wait for', () => {
    const p = plan({ interview: { date: '2026-12-24', startTime: '10:00', endTime: '11:00', timeZone: LONDON }, user: { timeZone: LONDON, country: 'GB' } });
    expect(step(p, 'mail-letters').detail).toMatch(/Christmas Day \(2026-12-25\).*Boxing Day \(substitute day\) \(2026-12-28\)/);
  });

  it('between the daylight-saving changes the deadline is 4 hours later on the London clock', () => {
    const email = step(plan(table[4]!.input), 'thank-you-email');
    expect(email.dueAt).toBe('2026-03-16T22:00:00.000+00:00');
    expect(email.dueAtEmployerTime).toBe('2026-03-16T18:00:00.000-04:00');
    expect(plan(table[4]!.input).endedAt).toBe('2026-03-16T15:00:00.000+00:00');
  });

  it('shows the employer-clock deadline only when the zones differ', () => {
    const away = plan(table[5]!.input);
    expect(step(away, 'thank-you-email').dueAtEmployerTime).toBe('2026-09-15T18:00:00.000-04:00');
    expect(step(away, 'thank-you-email').dueAt).toBe('2026-09-16T00:00:00.000+02:00');
    expect(step(plan(table[0]!.input), 'thank-you-email').dueAtEmployerTime).toBeNull();
  });

  it('an interview without times is taken as ending at midday', () => {
    const p = plan({ interview: { date: '2026-09-14', startTime: null, endTime: null, timeZone: NY } });
    expect(p.endedAt).toBe('2026-09-14T12:00:00.000-04:00');
    expect(step(p, 'thank-you-email').dueOn).toBe('2026-09-14');
  });

  it('an interview with only a start time is taken as lasting an hour', () => {
    const p = plan({ interview: { date: '2026-09-14', startTime: '16:30', endTime: null, timeZone: NY } });
    expect(p.endedAt).toBe('2026-09-14T17:30:00.000-04:00');
    expect(step(p, 'thank-you-email').dueOn).toBe('2026-09-15'); // ended in the evening
  });

  it('waits for the stated decision date', () => {
    const p = plan({ interview: table[0]!.input.interview, employer: { decisionDate: '2026-10-01' } });
    expect(step(p, 'follow-up').opensOn).toBe('2026-10-02');
    expect(p.guardRails.join(' ')).toMatch(/decide by 2026-10-01/);
  });

  it('a decision date before the letters arrive changes nothing', () => {
    const p = plan({ interview: table[0]!.input.interview, employer: { decisionDate: '2026-09-16' } });
    expect(step(p, 'follow-up').opensOn).toBe('2026-09-22');
  });

  it('spaces follow-ups at least five business days apart', () => {
    const p = plan({ interview: table[0]!.input.interview, earlierFollowUps: ['2026-09-21'] });
    expect(step(p, 'follow-up').opensOn).toBe('2026-09-28');
  });

  it('plans no more follow-ups once the limit is reached', () => {
    const p = plan({ interview: table[0]!.input.interview, earlierFollowUps: ['2026-09-01', '2026-09-09'] });
    expect(p.steps.some((s) => s.key === 'follow-up')).toBe(false);
    expect(p.guardRails.join(' ')).toMatch(/already followed up 2 times/);
  });

  it('a large company with many candidates gets a note and waiting, not a call', () => {
    const large = plan({ interview: table[0]!.input.interview, employer: { largeCompany: true } });
    expect(step(large, 'follow-up').action).toBe('note');
    expect(large.callPrep).toBeNull();
    const small = plan({ interview: table[0]!.input.interview });
    expect(step(small, 'follow-up').action).toBe('call');
    expect(small.callPrep?.prompts.join(' ')).toMatch(/idea you did not mention/);
  });

  it('stepTiming tells upcoming, open, due today and overdue apart', () => {
    const f = step(plan(table[0]!.input), 'follow-up'); // opens 09-22, due 09-24
    expect(stepTiming(f, '2026-09-21')).toBe('upcoming');
    expect(stepTiming(f, '2026-09-23')).toBe('open');
    expect(stepTiming(f, '2026-09-24')).toBe('due-today');
    expect(stepTiming(f, '2026-09-25')).toBe('overdue');
  });

  it('a user ahead of the employer sees the email due today until the deadline, then overdue', () => {
    const email = step(plan(table[5]!.input), 'thank-you-email'); // 18:00 New York = 00:00 Berlin
    expect(stepTiming(email, '2026-09-15', new Date('2026-09-15T21:00:00Z'))).toBe('due-today');
    expect(stepTiming(email, '2026-09-16', new Date('2026-09-15T22:30:00Z'))).toBe('overdue');
  });

  it('the email and the review open when the interview has ended, not earlier that day', () => {
    const p = plan(table[0]!.input); // 10:00–11:00 New York = 15:00Z
    for (const key of ['thank-you-email', 'review'] as const) {
      expect(stepTiming(step(p, key), '2026-09-14', new Date('2026-09-14T13:00:00Z'))).toBe('upcoming');
      expect(stepTiming(step(p, key), '2026-09-14', new Date('2026-09-14T15:05:00Z'))).not.toBe('upcoming');
    }
  });

  it('a timed step is overdue once its deadline has passed on its own day', () => {
    const email = step(plan(table[0]!.input), 'thank-you-email'); // due 18:00 New York = 22:00Z
    expect(stepTiming(email, '2026-09-14', new Date('2026-09-14T21:59:00Z'))).toBe('due-today');
    expect(stepTiming(email, '2026-09-14', new Date('2026-09-14T22:01:00Z'))).toBe('overdue');
  });
});
