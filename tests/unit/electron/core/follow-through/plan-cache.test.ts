import { describe, expect, it } from 'vitest';
import { markStepInput, reviewInput } from '../../../../../shared/api/follow-through/schemas';
import { stepTiming, type PlanStep } from '../../../../../shared/follow-through/plan';
import { addCalendarDays } from '../../../../../shared/domain/calendar-date';
import { DERIVED_TABLES } from '../../../../../electron/core/db/derived-tables';
import { TIMING_SQL } from '../../../../../electron/core/repositories/plan-cache-repository';
import { followThroughFixture } from './follow-through-fixture';

const NOW = '2026-09-14T20:00:00Z';

/** Interviews kept with a plan right now. */
function kept(f: ReturnType<typeof followThroughFixture>): string[] {
  return (f.db.prepare('SELECT interview_id FROM plan_cache ORDER BY interview_id').all() as Array<{ interview_id: string }>).map((r) => r.interview_id);
}

function twoOpportunities(now = NOW) {
  const f = followThroughFixture({ now });
  const north = f.opportunities.create({ company: 'Northwind', role: 'Analyst', location: '', notes: '' });
  const contoso = f.opportunities.create({ company: 'Contoso', role: 'Engineer', location: '', notes: '' });
  const round = (opportunityId: string, date: string) =>
    f.interviews.create({ opportunityId, date, startTime: '10:00', endTime: '11:00', title: '', location: '', notes: '' });
  const n1 = round(north.id, '2026-09-10');
  const n2 = round(north.id, '2026-09-12');
  const c1 = round(contoso.id, '2026-09-11');
  return { f, north, contoso, n1, n2, c1 };
}

describe('the plan cache', () => {
  it('computes every plan once, then drops only those a change touches', async () => {
    const { f, north, n1, n2, c1 } = twoOpportunities();
    await f.todayItems();
    const all = [n1.id, n2.id, c1.id].sort();
    expect(kept(f)).toEqual(all);
    const without = (...ids: string[]) => all.filter((id) => !ids.includes(id));

    // A step marked in one interview: that plan only (not a follow-up, so not its siblings).
    f.db.transaction(() => f.handlers['plan.markStep'](markStepInput.parse({ interviewId: n1.id, key: 'review', action: 'done' })))();
    const afterMark = f.db.prepare('SELECT count(*) AS n FROM plan_cache').get() as { n: number };
    expect(afterMark.n).toBe(3); // planFor computed it again at once
    f.db.prepare("UPDATE plan_steps SET note = 'x' WHERE interview_id = ?").run(n1.id);
    expect(kept(f)).toEqual(without(n1.id));
    await f.todayItems();

    // A follow-up done bears on the opportunity's other rounds.
    f.db.prepare("INSERT INTO plan_steps (interview_id, step_key, status, done_on, updated_at) VALUES (?, 'follow-up', 'done', '2026-09-14', 'x')").run(n1.id);
    expect(kept(f)).toEqual(without(n1.id, n2.id));
    await f.todayItems();

    // The employer's context, and an interview's date, touch their opportunity's rounds.
    f.db.prepare('INSERT INTO opportunity_follow_through (opportunity_id, large_company) VALUES (?, 1)').run(north.id);
    expect(kept(f)).toEqual(without(n1.id, n2.id));
    await f.todayItems();
    f.interviews.update({ id: c1.id, title: 'Only the title' });
    expect(kept(f)).toEqual(all);
    f.interviews.update({ id: c1.id, date: '2026-09-13' });
    expect(kept(f)).toEqual(without(c1.id));
    await f.todayItems();

    // Who was met, the notes sent to them, the review, the outcome, the opportunity's status.
    f.setNoteProgress(n2.id, { interviewers: 1, emailsSent: 0, lettersMailed: 0 });
    expect(kept(f)).toEqual(without(n2.id));
    await f.todayItems();
    f.db.prepare("UPDATE notes SET body = 'Typed letter by letter' WHERE interview_id = ?").run(n2.id);
    f.db.prepare("UPDATE interview_participants SET topics = 'Typed letter by letter' WHERE interview_id = ?").run(n2.id);
    expect(kept(f)).toEqual(all);
    f.db.prepare("UPDATE notes SET status = 'sent' WHERE interview_id = ? AND kind = 'email'").run(n2.id);
    expect(kept(f)).toEqual(without(n2.id));
    await f.todayItems();
    f.db.prepare("UPDATE people SET deleted_at = 'x' WHERE id IN (SELECT person_id FROM interview_participants WHERE interview_id = ?)").run(n2.id);
    expect(kept(f)).toEqual(without(n2.id));
    await f.todayItems();
    await f.handlers['review.save'](
      reviewInput.parse({
        interviewId: c1.id,
        questions: [],
        wentWell: 'x',
        wentBadly: '',
        doDifferently: '',
        rapport: '',
        rapportNote: '',
        goodPlace: '',
        goodPlaceNote: '',
      }),
    );
    expect(kept(f)).toEqual(without(c1.id));
    await f.todayItems();
    await f.handlers['outcome.set']({ interviewId: c1.id, kind: 'no-answer', decidedOn: null });
    expect(kept(f)).toEqual(without(c1.id));
    await f.todayItems();
    f.opportunities.update({ id: north.id, status: 'offer' });
    expect(kept(f)).toEqual(without(n1.id, n2.id));
    await f.todayItems();
    f.opportunities.update({ id: north.id, notes: 'Only the notes' });
    expect(kept(f)).toEqual(all);

    // A deleted interview takes its plan along, and its siblings are planned again.
    f.interviews.delete(n1.id);
    expect(kept(f)).toEqual([c1.id]);
  });

  it('answers the same with the derived tables emptied, as an export that leaves them out would be imported', async () => {
    const { f, n1 } = twoOpportunities('2026-09-16T14:00:00Z');
    f.setNoteProgress(n1.id, { interviewers: 2, emailsSent: 2, lettersMailed: 1 });
    await f.handlers['plan.markStep'](markStepInput.parse({ interviewId: n1.id, key: 'review', action: 'snoozed', until: '2026-09-20' }));
    const before = { today: await f.handlers['plan.today']({ offset: 0, limit: 100 }), plan: await f.handlers['plan.forInterview']({ interviewId: n1.id }) };
    for (const table of DERIVED_TABLES) f.db.prepare(`DELETE FROM ${table}`).run();
    expect(await f.handlers['plan.today']({ offset: 0, limit: 100 })).toEqual(before.today);
    expect(await f.handlers['plan.forInterview']({ interviewId: n1.id })).toEqual(before.plan);
  });

  it('computes every plan again when the user moves to another zone or country', async () => {
    const { f, n1 } = twoOpportunities();
    const plan = await f.handlers['plan.forInterview']({ interviewId: n1.id });
    await f.handlers['followThrough.updateSettings']({ country: 'GB', timeZone: 'Europe/London' });
    expect(kept(f)).toEqual([n1.id]); // kept plans were dropped; this one is computed on reading it
    const again = await f.handlers['plan.forInterview']({ interviewId: n1.id });
    expect(again.settings).toMatchObject({ country: 'GB', timeZone: 'Europe/London' });
    expect(again.steps[0]?.dueAt).not.toBe(plan.steps[0]?.dueAt);
  });

  it('works out timing in SQL exactly as the shared rule does, snoozes included', () => {
    const f = followThroughFixture({ now: NOW });
    const check = f.db.prepare<Record<string, unknown>, { timing: string }>(
      `SELECT ${TIMING_SQL} AS timing FROM (SELECT @opensOn AS opens_on, @opensAt AS opens_at, @dueOn AS due_on, @lastDay AS last_day, @dueAt AS due_at, @snoozedUntil AS snoozed_until) s`,
    );
    const days = ['2026-09-12', '2026-09-13', '2026-09-14', '2026-09-15', '2026-09-16'];
    const instants = ['2026-09-14T09:00:00Z', '2026-09-14T15:00:00Z', '2026-09-14T23:30:00Z', '2026-09-15T12:00:00Z'];
    let cases = 0;
    for (const opensOn of days.slice(0, 3))
      for (const dueOn of days.filter((d) => d >= opensOn))
        for (const lastDay of days.filter((d) => d >= dueOn).slice(0, 2))
          for (const opensAt of [null, '2026-09-14T11:00:00.000-04:00'])
            for (const dueAt of [null, '2026-09-14T18:00:00.000-04:00'])
              for (const snoozedUntil of [null, '2026-09-14', '2026-09-15'])
                for (const today of days)
                  for (const now of instants) {
                    const step = { opensOn, opensAt, dueOn, lastDay, dueAt } as PlanStep;
                    const expected = snoozedUntil !== null && snoozedUntil > today ? 'upcoming' : stepTiming(step, today, new Date(now));
                    const got = check.get({
                      opensOn,
                      opensAt: opensAt && new Date(opensAt).getTime(),
                      dueOn,
                      lastDay,
                      dueAt: dueAt && new Date(dueAt).getTime(),
                      snoozedUntil,
                      today,
                      now: new Date(now).getTime(),
                    })!.timing;
                    expect({ step, snoozedUntil, today, now, got }).toEqual({ step, snoozedUntil, today, now, got: expected });
                    cases++;
                  }
    expect(cases).toBeGreaterThan(1000);
  });
});

describe('Today over a long search', () => {
  /** One interview a week for 20 weeks, each in its own opportunity, nothing done. */
  function longSearch() {
    const f = followThroughFixture({ now: '2026-09-14T20:00:00Z' });
    const ids: Array<{ opportunityId: string; interviewId: string; date: string }> = [];
    for (let week = 0; week < 20; week++) {
      const o = f.opportunities.create({ company: `Company ${String(week).padStart(2, '0')}`, role: 'Analyst', location: '', notes: '' });
      const date = addCalendarDays('2026-09-14', -7 * week - 1);
      const i = f.interviews.create({ opportunityId: o.id, date, startTime: '10:00', endTime: '11:00', title: '', location: '', notes: '' });
      ids.push({ opportunityId: o.id, interviewId: i.id, date });
    }
    return { f, ids };
  }

  it('shows recent interviews in full and folds the overdue steps of those over 30 days ago into one line per opportunity', async () => {
    const { f, ids } = longSearch();
    const page = await f.handlers['plan.today']({ offset: 0, limit: 500 });
    expect(page.foldedBefore).toBe('2026-08-15');
    const recent = ids.filter((i) => i.date >= page.foldedBefore);
    expect(new Set(page.items.map((i) => i.interviewId))).toEqual(new Set(recent.map((i) => i.interviewId)));
    expect(page.folded.map((l) => l.opportunityId)).toEqual(ids.filter((i) => i.date < page.foldedBefore).map((i) => i.opportunityId));
    expect(page.folded[0]).toMatchObject({ company: 'Company 05', steps: 4, interviews: 1, lastInterviewDate: ids[5]!.date });
    const count = (timing: string) => page.items.filter((i) => i.timing === timing).length;
    expect(page.counts).toEqual({ overdue: count('overdue'), dueToday: count('due-today'), open: count('open'), folded: 15, foldedSteps: 60 });
    expect(count('overdue')).toBeGreaterThan(0);
    expect(page.nextOffset).toBeNull();
  });

  it('pages through the same list the whole answer holds, steps in full first', async () => {
    const { f } = longSearch();
    const whole = await f.handlers['plan.today']({ offset: 0, limit: 500 });
    const items: string[] = [];
    const lines: string[] = [];
    let offset: number | null = 0;
    let pages = 0;
    while (offset !== null) {
      const page = await f.handlers['plan.today']({ offset, limit: 7 });
      expect(page.items.length + page.folded.length).toBeLessThanOrEqual(7);
      expect(page.counts).toEqual(whole.counts);
      items.push(...page.items.map((i) => `${i.interviewId}/${i.key}`));
      lines.push(...page.folded.map((l) => l.opportunityId));
      offset = page.nextOffset;
      pages++;
    }
    expect(items).toEqual(whole.items.map((i) => `${i.interviewId}/${i.key}`));
    expect(lines).toEqual(whole.folded.map((l) => l.opportunityId));
    expect(pages).toBe(Math.ceil((whole.items.length + whole.folded.length) / 7));

    // Each part on its own, as the view loads them: the same rows, part by part.
    const partly = async (part: 'overdue' | 'due-today' | 'open' | 'folded') => {
      const rows: string[] = [];
      for (let at: number | null = 0; at !== null;) {
        const page = await f.handlers['plan.today']({ part, offset: at, limit: 3 });
        rows.push(...page.items.map((i) => `${i.interviewId}/${i.key}`), ...page.folded.map((l) => l.opportunityId));
        at = page.nextOffset;
      }
      return rows;
    };
    const inPart = (timing: string) => whole.items.filter((i) => i.timing === timing).map((i) => `${i.interviewId}/${i.key}`);
    expect(await partly('overdue')).toEqual(inPart('overdue'));
    expect(await partly('due-today')).toEqual(inPart('due-today'));
    expect(await partly('open')).toEqual(inPart('open'));
    expect(await partly('folded')).toEqual(lines);
  });

  it('"Mark all done" and "Skip all" mark every step of one folded line, each logged, and nothing else', async () => {
    const { f, ids } = longSearch();
    const old = ids[10]!;
    expect(await f.handlers['plan.markFolded']({ opportunityId: old.opportunityId, action: 'done' })).toEqual({ marked: 4 });
    const plan = await f.handlers['plan.forInterview']({ interviewId: old.interviewId });
    expect(plan.steps.filter((s) => s.actionable).map((s) => s.status)).toEqual(['done', 'done', 'done', 'done']);
    expect(plan.steps.find((s) => s.key === 'review')?.log).toEqual([
      { action: 'done', detail: 'All at once, from a folded line of Today', at: '2026-09-14T20:00:00.000Z' },
    ]);
    const page = await f.handlers['plan.today']({ offset: 0, limit: 500 });
    expect(page.folded.map((l) => l.opportunityId)).not.toContain(old.opportunityId);
    expect(page.counts.folded).toBe(14);

    expect(await f.handlers['plan.markFolded']({ opportunityId: ids[11]!.opportunityId, action: 'skipped' })).toEqual({ marked: 4 });
    // A recent interview has no folded line: nothing is marked.
    expect(await f.handlers['plan.markFolded']({ opportunityId: ids[0]!.opportunityId, action: 'done' })).toEqual({ marked: 0 });
    expect((await f.handlers['plan.forInterview']({ interviewId: ids[0]!.interviewId })).steps.every((s) => s.status === 'open')).toBe(true);
  });
});
