import { describe, expect, it } from 'vitest';
import { draftInput, markStepInput, openDraftInput, reviewInput, feedbackInput } from '../../../../../shared/api/follow-through/schemas';
import { followThroughDb, followThroughFixture } from './follow-through-fixture';
import { createPlanStateRepository } from '../../../../../electron/core/repositories/plan-state-repository';
import { createReviewRepository } from '../../../../../electron/core/repositories/review-repository';

const P1 = '00000000-0000-4000-8000-000000000001';
const P2 = '00000000-0000-4000-8000-000000000002';
const P3 = '00000000-0000-4000-8000-000000000003';
const P4 = '00000000-0000-4000-8000-000000000004';
const P5 = '00000000-0000-4000-8000-000000000005';
const P6 = '00000000-0000-4000-8000-000000000006';
const P7 = '00000000-0000-4000-8000-000000000007';

function emptyReview(interviewId: string) {
  return { interviewId, questions: [], wentWell: '', wentBadly: '', doDifferently: '', rapport: '', rapportNote: '', goodPlace: '', goodPlaceNote: '' };
}

function setup(now = '2026-09-14T20:00:00Z') {
  const f = followThroughFixture({ now });
  const o = f.opportunities.create({ company: 'Northwind', role: 'Analyst', location: '', notes: '' });
  const i = f.interviews.create({ opportunityId: o.id, date: '2026-09-14', startTime: '10:00', endTime: '11:00', title: '', location: '', notes: '' });
  return { ...f, o, i };
}

describe('follow-through handlers on SQLite', () => {
  it('computes the plan from the interview and the stored context', async () => {
    const f = setup();
    const plan = await f.handlers['plan.forInterview']({ interviewId: f.i.id });
    expect(plan.today).toBe('2026-09-14'); // 16:00 in New York
    expect(plan.steps.map((s) => s.key)).toEqual(['thank-you-email', 'review', 'mail-letters', 'letters-arrive', 'follow-up']);
    expect(plan.steps[0]?.timing).toBe('due-today');
    expect(plan.steps.find((s) => s.key === 'follow-up')?.action).toBe('call');

    await f.handlers['plan.updateContext']({ opportunityId: f.o.id, largeCompany: true, decisionDate: '2026-10-01' });
    const again = await f.handlers['plan.forInterview']({ interviewId: f.i.id });
    const followUp = again.steps.find((s) => s.key === 'follow-up');
    expect(followUp?.action).toBe('note');
    expect(followUp?.opensOn).toBe('2026-10-02');
    expect(again.callPrep).toBeNull();
  });

  it('an interview in another zone moves the email deadline', async () => {
    const f = setup();
    const plan = await f.handlers['plan.setInterviewTimeZone']({ interviewId: f.i.id, timeZone: 'Europe/London' });
    const email = plan.steps.find((s) => s.key === 'thank-you-email');
    expect(plan.interviewTimeZone).toBe('Europe/London');
    expect(new Date(email?.dueAt ?? '').toISOString()).toBe('2026-09-14T17:00:00.000Z'); // 18:00 BST
    expect(email?.dueAtEmployerTime).toBe('2026-09-14T18:00:00.000+01:00');
  });

  it('marks steps done, skipped and snoozed, logging each with its time, and survives reopening', async () => {
    const f = setup();
    await f.handlers['plan.markStep'](markStepInput.parse({ interviewId: f.i.id, key: 'thank-you-email', action: 'done', detail: 'Sent to both' }));
    f.setNow('2026-09-14T21:00:00Z');
    await f.handlers['plan.markStep'](markStepInput.parse({ interviewId: f.i.id, key: 'mail-letters', action: 'snoozed', until: '2026-09-15' }));
    await f.handlers['plan.markStep'](markStepInput.parse({ interviewId: f.i.id, key: 'review', action: 'skipped' }));
    const plan = await f.handlers['plan.forInterview']({ interviewId: f.i.id });
    const by = (k: string) => plan.steps.find((s) => s.key === k);
    expect(by('thank-you-email')?.status).toBe('done');
    expect(by('thank-you-email')?.log).toEqual([{ action: 'done', detail: 'Sent to both', at: '2026-09-14T20:00:00.000Z' }]);
    expect(by('mail-letters')?.status).toBe('snoozed');
    expect(by('mail-letters')?.timing).toBe('upcoming');
    expect(by('mail-letters')?.log[0]).toEqual({ action: 'snoozed', detail: 'until 2026-09-15', at: '2026-09-14T21:00:00.000Z' });
    expect(by('review')?.status).toBe('skipped');

    // Reopen the same file with fresh repositories: everything is still there.
    f.db.close();
    const { db } = followThroughDb(f.dir);
    const states = createPlanStateRepository(db, { now: () => new Date() }, { timeZone: 'UTC', country: '', region: '' }).steps(f.i.id);
    expect(states.get('thank-you-email')?.status).toBe('done');
    expect(states.get('mail-letters')?.snoozedUntil).toBe('2026-09-15');
    db.close();
  });

  it('Today lists due and overdue steps across opportunities, hides done and snoozed ones', async () => {
    const f = setup('2026-09-16T14:00:00Z');
    const other = f.opportunities.create({ company: 'Contoso', role: 'Engineer', location: '', notes: '' });
    f.interviews.create({ opportunityId: other.id, date: '2026-09-16', startTime: '09:00', endTime: '10:00', title: '', location: '', notes: '' });
    f.interviews.create({ opportunityId: other.id, date: '2026-10-20', startTime: '09:00', endTime: '10:00', title: '', location: '', notes: '' });

    let today = await f.todayItems();
    expect(today.map((t) => `${t.company}:${t.key}:${t.timing}`)).toEqual([
      'Northwind:thank-you-email:overdue',
      'Northwind:review:overdue',
      'Northwind:mail-letters:overdue',
      'Contoso:thank-you-email:due-today',
      'Contoso:review:open',
      'Contoso:mail-letters:open',
    ]);
    await f.handlers['plan.markStep'](markStepInput.parse({ interviewId: f.i.id, key: 'thank-you-email', action: 'done' }));
    await f.handlers['plan.markStep'](markStepInput.parse({ interviewId: f.i.id, key: 'mail-letters', action: 'snoozed', until: '2026-09-18' }));
    today = await f.todayItems();
    expect(today.filter((t) => t.company === 'Northwind').map((t) => t.key)).toEqual(['review']);

    // A rejection ends the follow-through for that interview.
    await f.handlers['outcome.set']({ interviewId: f.i.id, kind: 'rejection', decidedOn: '2026-09-16' });
    today = await f.todayItems();
    expect(today.some((t) => t.company === 'Northwind')).toBe(false);
    expect(f.opportunities.get(f.o.id).status).toBe('active');
  });

  it('notes sent complete the email step even after a snooze; a written review completes the review', async () => {
    const f = setup('2026-09-14T20:00:00Z');
    await f.handlers['plan.markStep'](markStepInput.parse({ interviewId: f.i.id, key: 'thank-you-email', action: 'snoozed', until: '2026-09-15' }));
    f.setNoteProgress(f.i.id, { interviewers: 2, emailsSent: 1, lettersMailed: 0 });
    let plan = await f.handlers['plan.forInterview']({ interviewId: f.i.id });
    expect(plan.steps.find((s) => s.key === 'thank-you-email')?.status).toBe('snoozed');

    f.setNoteProgress(f.i.id, { interviewers: 2, emailsSent: 2, lettersMailed: 0 });
    await f.handlers['review.save'](reviewInput.parse({ ...emptyReview(f.i.id), wentWell: 'The case study' }));
    f.setNow('2026-09-15T14:00:00Z'); // the snooze is over
    plan = await f.handlers['plan.forInterview']({ interviewId: f.i.id });
    expect(plan.steps.find((s) => s.key === 'thank-you-email')?.status).toBe('done');
    expect(plan.steps.find((s) => s.key === 'review')?.status).toBe('done');
    const today = await f.todayItems();
    expect(today.map((t) => t.key)).toEqual(['mail-letters']);

    // Reopened by hand: the user's decision stands over the notes' count.
    await f.handlers['plan.markStep'](markStepInput.parse({ interviewId: f.i.id, key: 'thank-you-email', action: 'reopened' }));
    plan = await f.handlers['plan.forInterview']({ interviewId: f.i.id });
    expect(plan.steps.find((s) => s.key === 'thank-you-email')?.status).toBe('open');
  });

  it("Today carries the user's day in their zone; a snooze must end after it; the letters' arrival cannot be marked", async () => {
    const f = followThroughFixture({ now: '2026-09-15T02:00:00Z', timeZone: 'America/Los_Angeles' }); // 19:00 on 09-14 in LA
    const o = f.opportunities.create({ company: 'Northwind', role: 'Analyst', location: '', notes: '' });
    const i = f.interviews.create({ opportunityId: o.id, date: '2026-09-14', startTime: '10:00', endTime: '11:00', title: '', location: '', notes: '' });
    expect(await f.handlers['plan.userToday']({})).toBe('2026-09-14');
    const today = await f.todayItems();
    expect(today.length).toBeGreaterThan(0);
    expect(today.every((t) => t.today === '2026-09-14')).toBe(true);

    const snooze = (until: string) => f.handlers['plan.markStep'](markStepInput.parse({ interviewId: i.id, key: 'review', action: 'snoozed', until }));
    expect(() => snooze('2026-09-14')).toThrow(/after today \(2026-09-14\)/);
    expect(() => snooze('2026-09-01')).toThrow(/after today/);
    const plan = await snooze('2026-09-15');
    expect(plan.steps.find((s) => s.key === 'review')?.snoozedUntil).toBe('2026-09-15');

    expect(() => f.handlers['plan.markStep'](markStepInput.parse({ interviewId: i.id, key: 'letters-arrive', action: 'done' }))).toThrow(/nothing to mark/);
    expect((await f.handlers['plan.forInterview']({ interviewId: i.id })).steps.find((s) => s.key === 'letters-arrive')?.log).toEqual([]);
  });

  it("a later round's follow-up does not count against an earlier round; a scheduled later round supersedes the earlier follow-up", async () => {
    const f = setup('2026-10-20T14:00:00Z');
    const round2 = f.interviews.create({ opportunityId: f.o.id, date: '2026-09-28', startTime: '10:00', endTime: '11:00', title: '', location: '', notes: '' });
    await f.handlers['plan.markStep'](markStepInput.parse({ interviewId: round2.id, key: 'follow-up', action: 'done' }));
    const round1 = await f.handlers['plan.forInterview']({ interviewId: f.i.id });
    expect(round1.guardRails.join(' ')).not.toMatch(/last followed up/);

    const round1FollowUp = round1.steps.find((s) => s.key === 'follow-up');
    expect(round1FollowUp?.status).toBe('skipped');
    expect(round1FollowUp?.detail).toMatch(/next interview, on 2026-09-28/);
    const today = await f.todayItems();
    expect(today.some((t) => t.interviewId === f.i.id && t.key === 'follow-up')).toBe(false);
  });

  it('"No answer" keeps only the follow-up in Today; an interview that cannot be planned does not hide the others', async () => {
    const errors: string[] = [];
    const f = followThroughFixture({ now: '2026-09-25T14:00:00Z', logger: { error: (m: string) => errors.push(m) } });
    const o = f.opportunities.create({ company: 'Northwind', role: 'Analyst', location: '', notes: '' });
    const i = f.interviews.create({ opportunityId: o.id, date: '2026-09-14', startTime: '10:00', endTime: '11:00', title: '', location: '', notes: '' });
    await f.handlers['outcome.set']({ interviewId: i.id, kind: 'no-answer', decidedOn: null });
    expect((await f.todayItems()).map((t) => t.key)).toEqual(['follow-up']);

    const other = f.opportunities.create({ company: 'Contoso', role: 'Engineer', location: '', notes: '' });
    const broken = f.interviews.create({
      opportunityId: other.id,
      date: '2026-09-15',
      startTime: '10:00',
      endTime: '11:00',
      title: '',
      location: '',
      notes: '',
    });
    f.db.prepare('INSERT INTO interview_follow_through (interview_id, time_zone) VALUES (?, ?)').run(broken.id, 'Nowhere/Atlantis');
    expect((await f.todayItems()).map((t) => `${t.company}:${t.key}`)).toEqual(['Northwind:follow-up']);
    expect(errors.join('\n')).toContain(broken.id);
  });

  it('a follow-up done in one interview spaces and limits the next', async () => {
    const f = setup('2026-09-25T14:00:00Z');
    await f.handlers['plan.markStep'](markStepInput.parse({ interviewId: f.i.id, key: 'follow-up', action: 'done' }));
    const second = f.interviews.create({ opportunityId: f.o.id, date: '2026-09-15', startTime: '10:00', endTime: '11:00', title: '', location: '', notes: '' });
    const plan = await f.handlers['plan.forInterview']({ interviewId: second.id });
    expect(plan.steps.find((s) => s.key === 'follow-up')?.opensOn).toBe('2026-10-02'); // 5 business days after 09-25
    expect(plan.guardRails.join(' ')).toMatch(/last followed up on 2026-09-25/);
  });

  it('saves the review, the outcome and feedback; bad input is refused by the contract', async () => {
    const f = setup();
    const saved = await f.handlers['review.save'](
      reviewInput.parse({
        interviewId: f.i.id,
        questions: [{ question: 'Why leave?', answer: 'Rambled', betterAnswer: 'Growth, briefly', weak: true }],
        wentWell: 'Case study',
        wentBadly: 'Salary question',
        doDifferently: 'Prepare numbers',
        rapport: 'missing',
        rapportNote: 'Cold panel',
        goodPlace: 'yes',
        goodPlaceNote: 'Good team',
      }),
    );
    expect(saved.updatedAt).toBe('2026-09-14T20:00:00.000Z');
    expect((await f.handlers['review.get']({ interviewId: f.i.id })).questions[0]?.betterAnswer).toBe('Growth, briefly');

    const fb = await f.handlers['feedback.add'](
      feedbackInput.parse({ interviewId: f.i.id, source: 'Recruiter', reasons: ['skills-gap', 'culture-fit'], concern: 'No SQL depth' }),
    );
    expect(fb.opportunityId).toBe(f.o.id);
    const got = await f.handlers['outcome.get']({ interviewId: f.i.id });
    expect(got.outcome.kind).toBe('pending');
    expect(got.feedback.map((x) => x.concern)).toEqual(['No SQL depth']);

    expect(feedbackInput.safeParse({ interviewId: f.i.id, reasons: [] }).success).toBe(false);
    const twice = feedbackInput.safeParse({ interviewId: f.i.id, reasons: ['skills-gap', 'skills-gap'] });
    expect(twice.success ? '' : twice.error.issues[0]?.message).toBe('Each reason once');
    expect(feedbackInput.safeParse({ interviewId: f.i.id, reasons: ['too-tall'] }).success).toBe(false);
    expect(markStepInput.safeParse({ interviewId: f.i.id, key: 'review', action: 'snoozed' }).error?.issues[0]?.path).toEqual(['until']);
  });

  it("hands the feedback request to the mail app at the person's address on record, saves the text and logs it", async () => {
    const f = setup();
    f.addParticipant(f.i.id, P1, 'Zoë Park', 'zoë@example.com', 'confirmed');
    const draft = {
      interviewId: f.i.id,
      stage: 'feedback' as const,
      personId: P1,
      subject: 'Your feedback on my Analyst interview',
      body: 'Dear Zoë,\nThank you.',
      edited: true,
    };
    const { url, draft: after } = await f.handlers['followThrough.openDraftInMailApp'](openDraftInput.parse(draft));
    expect(f.opened).toEqual([url]);
    expect(url).toBe('mailto:zo%C3%AB@example.com?subject=Your%20feedback%20on%20my%20Analyst%20interview&body=Dear%20Zo%C3%AB%2C%0D%0AThank%20you.');
    expect(after.sends).toEqual([{ sentTo: 'zoë@example.com', subject: draft.subject, at: '2026-09-14T20:00:00.000Z' }]);
    expect((await f.handlers['drafts.get']({ interviewId: f.i.id, stage: 'feedback' })).body).toBe(draft.body);
  });

  it('a drafted note keeps its text when "To" changes; an untouched template follows "To"', async () => {
    const f = setup();
    f.addParticipant(f.i.id, P6, 'Fay Lin', 'fay.lin@northwind.example', 'confirmed');
    f.addParticipant(f.i.id, P7, 'Gus Roy', 'gus.roy@northwind.example', 'confirmed');
    const saved = await f.handlers['drafts.save'](
      draftInput.parse({ interviewId: f.i.id, stage: 'follow-up', personId: P6, subject: 'Hello', body: 'My own words', edited: true }),
    );
    expect(saved).toMatchObject({ personId: P6, subject: 'Hello', body: 'My own words', edited: true });
    const moved = await f.handlers['drafts.save'](
      draftInput.parse({ interviewId: f.i.id, stage: 'follow-up', subject: saved.subject, body: saved.body, personId: P7, edited: true }),
    );
    expect(moved).toMatchObject({ personId: P7, body: 'My own words' });
    const template = await f.handlers['drafts.save'](
      draftInput.parse({ interviewId: f.i.id, stage: 'feedback', personId: P7, subject: 'x', body: 'y', edited: false }),
    );
    expect(template).toMatchObject({ personId: P7, subject: '', body: '', edited: false });
  });

  it("a guessed address needs the warning seen; a missing, invalid or stranger's address is refused; nothing opens", async () => {
    const f = setup();
    f.addParticipant(f.i.id, P2, 'Ana Lima', 'ana.lima@northwind.example', 'guessed');
    f.addParticipant(f.i.id, P3, 'Ben Cole', '', 'none');
    f.addParticipant(f.i.id, P4, 'Cy Dee', 'not an address', 'confirmed');
    const other = f.interviews.create({ opportunityId: f.o.id, date: '2026-09-20', startTime: null, endTime: null, title: '', location: '', notes: '' });
    f.addParticipant(other.id, P5, 'Di Eve', 'di@example.com', 'confirmed');
    const send = (personId: string, acknowledgeGuessedAddress = false) =>
      f.handlers['followThrough.openDraftInMailApp'](
        openDraftInput.parse({ interviewId: f.i.id, stage: 'feedback', personId, subject: 'S', body: 'B', edited: true, acknowledgeGuessedAddress }),
      );
    await expect(send(P2)).rejects.toThrow(/guessed address for Ana Lima/);
    await expect(send(P3)).rejects.toThrow(/no email address for Ben Cole/);
    await expect(send(P4)).rejects.toThrow(/not an email address/);
    await expect(send(P5)).rejects.toThrow(/was at this interview/);
    expect(f.opened).toEqual([]);
    expect((await f.handlers['drafts.get']({ interviewId: f.i.id, stage: 'feedback' })).sends).toEqual([]);
    const { url } = await send(P2, true);
    expect(url).toMatch(/^mailto:ana\.lima@northwind\.example\?/);
  });

  it('a damaged JSON column reads back as empty instead of failing', () => {
    const f = setup();
    f.db.prepare("INSERT INTO interview_reviews (interview_id, questions, updated_at) VALUES (?, '{not json', 'x')").run(f.i.id);
    expect(createReviewRepository(f.db, { now: () => new Date() }).review(f.i.id).questions).toEqual([]);
  });

  it('deleting an interview removes its steps, review and feedback', async () => {
    const f = setup();
    await f.handlers['plan.markStep'](markStepInput.parse({ interviewId: f.i.id, key: 'review', action: 'done' }));
    await f.handlers['feedback.add'](feedbackInput.parse({ interviewId: f.i.id, reasons: ['other'] }));
    f.interviews.delete(f.i.id);
    for (const table of ['plan_steps', 'plan_step_log', 'interview_feedback']) {
      expect(f.db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
  });

  it('unknown interviews are reported as not found', async () => {
    const f = setup();
    expect(() => f.handlers['review.get']({ interviewId: '5b0c6a55-4cf3-4bd6-8d3e-7a0a3f4d2a11' })).toThrow(/no longer exists/);
  });
});
