import ICAL from 'ical.js';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchApp, type AppHandle } from './harness';
import type { Api } from '../../shared/api/contract';
import { addCalendarDays } from '../../shared/domain/calendar-date';

let app: AppHandle | null = null;
test.afterEach(async () => {
  await app?.close();
  app = null;
});

/** Today's date on the page's clock, the same one the New interview form defaults to. */
async function pageToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

async function newOpportunity(page: Page, company: string, role: string) {
  await page.getByRole('button', { name: 'New opportunity' }).click();
  await page.getByLabel('Company').fill(company);
  await page.getByLabel('Role').fill(role);
  await page.getByRole('button', { name: 'Create opportunity' }).click();
}

async function newInterview(page: Page, date: string, start: string, end: string) {
  await page.getByRole('button', { name: 'New interview' }).click();
  await page.getByLabel('Interview date').fill(date);
  await page.getByLabel('Start time').fill(start);
  await page.getByLabel('End time').fill(end);
  await page.getByRole('button', { name: 'Add interview' }).click();
  await page
    .getByRole('button', { name: /^Open interview on/ })
    .last()
    .click();
}

async function addInterviewer(page: Page, name: string, title: string, email: string) {
  await page.getByRole('button', { name: 'Add interviewer' }).click();
  const form = page.getByRole('form', { name: 'Add interviewer' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Title', { exact: true }).fill(title);
  await form.getByLabel('Email').fill(email);
  await form.getByRole('button', { name: 'Add interviewer' }).click();
  await expect(form).toBeHidden();
}

test('from the interview to Today, the review, a rejection with feedback, and the prep view for the next one', async () => {
  app = await launchApp();
  const { page, dataDir } = app;
  // Tall enough that the screenshots below show whole panels (the content pane scrolls inside).
  await page.setViewportSize({ width: 1200, height: 1700 });
  const today = await pageToday(page);
  // Yesterday's interview: its steps are open whatever the time of day the test runs.
  const before = new Date(`${today}T12:00:00`);
  before.setDate(before.getDate() - 1);
  const yesterday = `${before.getFullYear()}-${String(before.getMonth() + 1).padStart(2, '0')}-${String(before.getDate()).padStart(2, '0')}`;

  await newOpportunity(page, 'Northwind Traders', 'Operations Analyst');
  await newInterview(page, yesterday, '09:00', '10:00');

  // Two interviewers, recorded on the interview page.
  await addInterviewer(page, 'Ana Lima', 'Hiring Manager', 'ana.lima@northwind.example');
  await addInterviewer(page, 'Łukasz Nowak', 'Operations Lead', 'lukasz.nowak@northwind.example');
  await expect(page.getByRole('list', { name: 'Interviewers' }).getByRole('listitem')).toHaveCount(2);
  // The interview's own part (adding someone opened their card).
  await page.getByRole('navigation', { name: 'This interview' }).getByRole('link', { name: 'Plan' }).click();
  await expect(page.getByRole('list', { name: 'Plan' })).toContainText('Send the thank-you emails');

  // Today: the emails, the review and the letters are there.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  const email = page.getByRole('listitem', { name: 'Send the thank-you emails — Northwind Traders' });
  await expect(email).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'Review the interview — Northwind Traders' })).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'Mail the letters — Northwind Traders' })).toBeVisible();
  await page.screenshot({ path: path.join(dataDir, 'today.png'), fullPage: true });

  // "Open" on the email goes to where the emails are written: the first interviewer's.
  await email.getByRole('link', { name: 'Open' }).click();
  await expect(page.getByRole('region', { name: 'Thank-you email to Ana Lima' })).toBeInViewport();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();

  await email.getByRole('button', { name: 'Mark sent' }).click();
  await expect(email).toHaveCount(0);

  // Open the review from Today: it lands on the interview's Review tab.
  await page.getByRole('listitem', { name: 'Review the interview — Northwind Traders' }).getByRole('link', { name: 'Open' }).click();
  const review = page.getByRole('form', { name: 'Review' });
  await expect(review).toBeVisible();
  // The list of interviewers beside it has loaded; fill the review once the view has settled.
  await expect(page.getByRole('list', { name: 'Interviewers' })).toContainText('Łukasz Nowak');
  await review.getByRole('button', { name: 'Add question' }).click();
  await review.getByRole('textbox', { name: 'Question 1' }).fill('Why do you want to leave your current job?');
  await review.getByLabel('How you answered').fill('I rambled about my manager.');
  await review.getByLabel('Better answer').fill('I want to own a larger operations budget, which this role offers.');
  await review.getByLabel('My answer was weak').check();
  await review.getByLabel('What went well').fill('The case study.');
  await review.getByLabel('What to do differently').fill('Bring numbers for the cost savings.');
  await review.getByLabel('How the rapport felt').selectOption('missing');
  await expect(review.getByRole('note')).toContainText('no reason on its own to drop a good job');
  await review.getByLabel('Would this company be a good place to work?').selectOption('yes');
  await expect(review.getByRole('status')).toHaveText('All changes saved');
  await page.screenshot({ path: path.join(dataDir, 'review.png'), fullPage: true });

  // The sent email and the written review have left Today.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('listitem', { name: 'Mail the letters — Northwind Traders' })).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'Send the thank-you emails — Northwind Traders' })).toHaveCount(0);
  await expect(page.getByRole('listitem', { name: 'Review the interview — Northwind Traders' })).toHaveCount(0);
  await page
    .getByRole('complementary', { name: 'Opportunities' })
    .getByRole('link', { name: /Northwind Traders/ })
    .click();
  await page.getByRole('button', { name: /^Open interview on/ }).click();

  // The plan shows the email as done, with its log entry (after the interview, the page opens on it).
  await expect(page.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-selected', 'true');
  const plan = page.getByRole('list', { name: 'Plan' });
  await expect(plan.getByRole('listitem').filter({ hasText: 'Send the thank-you emails' }).first()).toContainText('Done');
  await expect(page.getByRole('list', { name: 'Send the thank-you emails log' })).toContainText('done');
  await page.screenshot({ path: path.join(dataDir, 'plan.png'), fullPage: true });

  // Calendar export through the save dialog, read back by a real parser.
  const ics = path.join(dataDir, 'plan.ics');
  app.answerNextSaveDialog(ics);
  await page.getByRole('button', { name: 'Export to calendar (.ics)' }).click();
  await expect(page.getByText(/Saved 5 events/)).toBeVisible();
  const events = new ICAL.Component(ICAL.parse(fs.readFileSync(ics, 'utf8'))).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  expect(events.map((e) => e.summary)).toContain('Done: Send the thank-you emails (Northwind Traders — Operations Analyst)');

  // A rejection: ask for feedback, record it with reasons and the concern.
  await page.getByRole('tab', { name: 'Outcome' }).click();
  await page.getByRole('radio', { name: 'Rejection' }).check();
  const request = page.getByRole('region', { name: 'Ask for feedback' });
  await expect(request.getByLabel('Feedback request')).toHaveValue(/Operations Analyst position/);
  const ana = await request.getByRole('option', { name: /^Ana Lima/ }).getAttribute('value');
  await request.getByLabel('To', { exact: true }).selectOption(ana ?? '');
  await expect(request.getByLabel('Feedback request')).toHaveValue(/^Dear Ana,/);
  await request.getByRole('button', { name: 'Open in mail app' }).click();
  await expect.poll(() => app?.openedExternally() ?? []).toHaveLength(1);
  expect(app.openedExternally()[0]).toMatch(
    /^mailto:ana\.lima@northwind\.example\?subject=Your%20feedback%20on%20my%20Operations%20Analyst%20interview&body=Dear%20Ana%2C/,
  );
  const form = page.getByRole('form', { name: 'Record feedback' });
  await form.getByLabel('From').fill('The recruiter');
  await form.getByLabel('Skills gap').check();
  await form.getByLabel('Under-qualified').check();
  await form.getByLabel('The concern behind it').fill('Not enough experience with budgeting tools.');
  await form.getByRole('button', { name: 'Save feedback' }).click();
  await expect(page.getByRole('region', { name: 'Feedback received' })).toContainText('Not enough experience with budgeting tools.');
  await page.screenshot({ path: path.join(dataDir, 'outcome.png'), fullPage: true });

  // The rejected interview leaves Today.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await expect(page.getByText('Nothing is due.')).toBeVisible();

  // A new interview elsewhere: its prep view gathers the concern and the better answer.
  await newOpportunity(page, 'Contoso', 'Operations Lead');
  const next = new Date(`${today}T12:00:00`);
  next.setDate(next.getDate() + 7);
  const nextDay = `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}-${String(next.getDate()).padStart(2, '0')}`;
  await newInterview(page, nextDay, '14:00', '15:00');
  // Before the interview its page opens on the prep view.
  await expect(page.getByRole('tab', { name: 'Prep' })).toHaveAttribute('aria-selected', 'true');
  const prep = page.getByRole('region', { name: 'Prep' });
  await expect(prep.getByRole('region', { name: 'Concerns to address' })).toContainText('Not enough experience with budgeting tools.');
  await expect(prep.getByRole('region', { name: 'Concerns to address' })).toContainText('Skills gap ×1');
  await expect(prep.getByRole('region', { name: 'Questions to prepare' })).toContainText('Better answer: I want to own a larger operations budget');
  await expect(prep.getByRole('region', { name: 'What to do differently' })).toContainText('Bring numbers for the cost savings.');
  await expect(prep.getByRole('img', { name: /Counts per month/ })).toBeVisible();
  await expect(prep.getByRole('img', { name: /Reasons given in feedback\. .*Skills gap: 1/ })).toBeVisible();
  await page.screenshot({ path: path.join(dataDir, 'prep.png'), fullPage: true });

  // Everything survives a restart.
  await app.close();
  app = await launchApp({ dataDir });
  await app.page
    .getByRole('complementary', { name: 'Opportunities' })
    .getByRole('link', { name: /Northwind Traders/ })
    .click();
  await app.page.getByRole('button', { name: /^Open interview on/ }).click();
  await app.page.getByRole('tab', { name: 'Review' }).click();
  await expect(app.page.getByLabel('Better answer')).toHaveValue('I want to own a larger operations budget, which this role offers.');
});

test('a large company gets a follow-up note instead of a call, and a snoozed step leaves Today', async () => {
  app = await launchApp();
  const { page } = app;
  await page.setViewportSize({ width: 1200, height: 1700 });
  const today = await pageToday(page);
  const past = new Date(`${today}T12:00:00`);
  past.setDate(past.getDate() - 28);
  const pastDay = `${past.getFullYear()}-${String(past.getMonth() + 1).padStart(2, '0')}-${String(past.getDate()).padStart(2, '0')}`;

  await newOpportunity(page, 'Globex', 'Analyst');
  await newInterview(page, pastDay, '10:00', '11:00');
  const plan = page.getByRole('list', { name: 'Plan' });
  await expect(plan).toContainText('Follow-up call');
  await expect(plan).toContainText('Call prep');
  // The call-prep note saves as the user types and says so.
  await page.getByLabel('Call prep note').fill('Their Q4 inventory plan: a weekly cycle count.');
  await expect(page.getByRole('listitem').filter({ hasText: 'Call prep' }).getByRole('status')).toHaveText('All changes saved');

  await page.getByText('What the plan is based on').click();
  await page.getByLabel('Large company with many candidates').check();
  await expect(plan).toContainText('Send a short follow-up note');
  await expect(page.getByRole('note', { name: 'Guard rails' })).toContainText('send a short note and wait rather than call');
  const draft = page.getByRole('region', { name: 'Follow-up note' });
  await expect(draft.getByLabel('Follow-up note')).toHaveValue(/One idea I did not mention: \[an idea you did not mention in the interview\]/);
  await expect(draft.getByRole('note')).toHaveText('Fill in the parts in [square brackets] before you send it.');
  await draft.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(app.dataDir, 'follow-up.png') });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  const followUp = page.getByRole('listitem', { name: 'Send a short follow-up note — Globex' });
  await expect(followUp).toBeVisible();
  await followUp.getByRole('button', { name: 'Snooze' }).click();
  await expect(followUp).toHaveCount(0);
  // The other overdue steps of that interview are still there until dealt with.
  await expect(page.getByRole('listitem', { name: 'Review the interview — Globex' })).toBeVisible();
  // Snooze to a chosen day, which starts at the user's tomorrow: today is refused with the reason, a later day is kept.
  const review = page.getByRole('listitem', { name: 'Review the interview — Globex' });
  const { userToday, interviewId } = await page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Api }).api;
    const [day, due] = await Promise.all([api['plan.userToday']({}), api['plan.today']({})]);
    if (!day.ok || !due.ok) throw new Error('Today did not load');
    return { userToday: day.value, interviewId: due.value.items.find((i) => i.key === 'review' && i.company === 'Globex')!.interviewId };
  });
  const snoozeDay = review.getByLabel('Snooze until');
  await expect(snoozeDay).toHaveValue(addCalendarDays(userToday, 1));
  await snoozeDay.fill(userToday);
  await review.getByRole('button', { name: 'Snooze' }).click();
  await expect(page.getByRole('alert')).toContainText(`must be after today (${userToday})`);
  await expect(review).toBeVisible();
  await snoozeDay.fill(addCalendarDays(userToday, 5));
  await review.getByRole('button', { name: 'Snooze' }).click();
  await expect(review).toHaveCount(0);
  const snoozedUntil = await page.evaluate(async (id) => {
    const api = (globalThis as unknown as { api: Api }).api;
    const r = await api['plan.forInterview']({ interviewId: id });
    if (!r.ok) throw new Error(r.error.message);
    return r.value.steps.find((step) => step.key === 'review')!.snoozedUntil;
  }, interviewId);
  expect(snoozedUntil).toBe(addCalendarDays(userToday, 5));
});

test('Settings: your time zone, country and region for the plan, with a clear message for a wrong region', async () => {
  app = await launchApp();
  const { page } = app;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const panel = page.getByRole('region', { name: 'Follow-up timing' });
  await panel.getByLabel('Your time zone').fill('Europe/London');
  await panel.getByLabel('Your country (for public holidays)').fill('GB');
  await panel.getByLabel('Your region (optional)').fill('XYZ');
  await panel.getByLabel('Your time zone').focus();
  await expect(panel.getByRole('alert')).toHaveText('Region must be a region code of GB, such as ENG or SCT for GB');
  await panel.getByLabel('Your region (optional)').fill('ENG');
  await panel.getByLabel('Your time zone').focus();
  await expect(panel.getByRole('status')).toHaveText('All changes saved');
  await page.screenshot({ path: path.join(app.dataDir, 'settings.png') });

  await app.close();
  app = await launchApp({ dataDir: app.dataDir });
  await app.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const again = app.page.getByRole('region', { name: 'Follow-up timing' });
  await expect(again.getByLabel('Your time zone')).toHaveValue('Europe/London');
  await expect(again.getByLabel('Your country (for public holidays)')).toHaveValue('GB');
  await expect(again.getByLabel('Your region (optional)')).toHaveValue('ENG');
  await expect(again).toContainText('United Kingdom');

  // A new country clears the region, and the field shows it at once; no region is explained.
  await again.getByLabel('Your country (for public holidays)').fill('US');
  await again.getByLabel('Your time zone').focus();
  await expect(again.getByLabel('Your region (optional)')).toHaveValue('');
  await expect(again.getByRole('note')).toContainText('only national holidays of United States are used');
});

test('a long search: Today draws only the rows in view, loads the rest as it scrolls, and folds the long past into lines with Skip all / Mark all done', async () => {
  test.setTimeout(120_000);
  app = await launchApp();
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  // 60 interviews of the past month (three or four overdue steps each) and two from months ago, through the real core.
  const today = await pageToday(page);
  await page.evaluate(async (today) => {
    const api = (globalThis as unknown as { api: Api }).api;
    const must = async <T>(r: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) => {
      const x = await r;
      if (!x.ok) throw new Error(x.error.message);
      return x.value;
    };
    const dayBefore = (days: number) => {
      const d = new Date(`${today}T12:00:00`);
      d.setDate(d.getDate() - days);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    for (let n = 0; n < 62; n++) {
      const old = n >= 60;
      const o = await must(api['opportunities.create']({ company: old ? `Old Company ${n}` : `Company ${String(n).padStart(2, '0')}`, role: 'Analyst' }));
      await must(api['interviews.create']({ opportunityId: o.id, date: dayBefore(old ? 90 + n : 16 + (n % 14)), startTime: '10:00', endTime: '11:00' }));
    }
  }, today);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  const overdue = page.getByRole('region', { name: 'Overdue' });
  await expect(overdue.getByRole('listitem').first()).toBeVisible();
  const total = Number((await overdue.getByRole('heading').textContent())?.match(/\((\d+)\)/)?.[1]);
  expect(total).toBeGreaterThanOrEqual(180);
  // Only what is in view (and a few rows either side) is drawn, not 200 rows each with a date field.
  expect(await overdue.getByRole('listitem').count()).toBeLessThan(40);

  // Scrolled to its end, the rest loads a page at a time, and the last step is there.
  const main = page.getByRole('main');
  const lastRow = overdue.getByRole('listitem').last();
  await expect
    .poll(async () => {
      await main.evaluate((m) => m.scrollBy(0, 4000));
      return lastRow.getAttribute('aria-posinset');
    })
    .toBe(String(total));
  expect(await overdue.getByRole('listitem').count()).toBeLessThan(40);

  // The long past: one line per opportunity, its steps marked all at once.
  const longPast = page.getByRole('region', { name: 'Long past' });
  await expect(longPast.getByRole('heading')).toHaveText('Long past (2)');
  const line = longPast.getByRole('listitem', { name: 'Old Company 60 — Analyst: 4 overdue steps' });
  await line.scrollIntoViewIfNeeded();
  await line.getByRole('button', { name: 'Skip all' }).click();
  await expect(page.getByRole('status')).toHaveText('Old Company 60: 4 steps marked skipped.');
  await expect(line).toHaveCount(0);
  await expect(longPast.getByRole('heading')).toHaveText('Long past (1)');
  await longPast.getByRole('listitem', { name: 'Old Company 61 — Analyst: 4 overdue steps' }).getByRole('button', { name: 'Mark all done' }).click();
  await expect(longPast).toHaveCount(0);
  await expect(overdue.getByRole('heading')).toHaveText(`Overdue (${total})`);
  await page.screenshot({ path: path.join(app.dataDir, 'today-long.png') });
});
