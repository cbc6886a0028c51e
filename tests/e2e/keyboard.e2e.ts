import { expect, test, type Page } from '@playwright/test';
import type { Api } from '../../shared/api/contract';
import { launchApp, type AppHandle } from './harness';
import { focusState } from './page-checks';

/**
 * The whole day after an interview with the keyboard alone, no mouse anywhere: new
 * opportunity, interview, an interviewer, the email written and marked sent, the letter
 * written and added to the print queue. At every step the focus is somewhere, and seen.
 */

let app: AppHandle | null = null;
test.afterEach(async () => {
  await app?.close();
  app = null;
});

async function expectVisibleFocus(page: Page, step: string) {
  const focus = await focusState(page);
  expect(focus, `focus after ${step}: ${JSON.stringify(focus)}`).toMatchObject({ visible: true });
  return focus;
}

/** Presses Tab (or Shift+Tab) until the focused element is the one wanted, the focus visible at each stop. */
async function tabTo(page: Page, wanted: (focus: { tag: string; role: string; name: string }) => boolean, label: string, back = false) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const focus = await expectVisibleFocus(page, `Tab towards ${label}`);
    if (wanted(focus)) return;
  }
  throw new Error(`Tab never reached ${label}`);
}

const named = (name: string) => (f: { name: string }) => f.name === name;
const startsWith = (name: string) => (f: { name: string }) => f.name.startsWith(name);
const tab = (name: string) => (f: { role: string; name: string }) => f.role === 'tab' && f.name === name;

test('new opportunity → interview → interviewer → email written and marked sent → letter → print queue, with the keyboard only', async () => {
  test.setTimeout(120_000);
  app = await launchApp();
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(page.getByRole('button', { name: 'New opportunity' })).toBeVisible();

  await tabTo(page, named('New opportunity'), 'New opportunity');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'New opportunity' })).toBeVisible();
  expect(await expectVisibleFocus(page, 'opening New opportunity')).toMatchObject({ tag: 'input', name: 'Company' });
  await page.keyboard.type('Northwind Traders');
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page, 'moving to Role');
  await page.keyboard.type('Operations Analyst');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Northwind Traders/ })).toBeVisible();
  await expectVisibleFocus(page, 'creating the opportunity');

  await tabTo(page, named('New interview'), 'New interview');
  await page.keyboard.press('Enter');
  expect(await expectVisibleFocus(page, 'opening New interview')).toMatchObject({ tag: 'input', name: 'Interview date' });
  await tabTo(page, named('Add interview'), 'Add interview');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Interviews' }).getByRole('listitem')).toHaveCount(1);
  expect(await expectVisibleFocus(page, 'adding the interview')).toMatchObject({ name: 'New interview' });

  await tabTo(page, startsWith('Open interview on'), 'Open');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^Interview ·/, level: 2 })).toBeVisible();
  await expectVisibleFocus(page, 'opening the interview');

  await tabTo(page, named('Add interviewer'), 'Add interviewer');
  await page.keyboard.press('Enter');
  expect(await expectVisibleFocus(page, 'opening Add interviewer')).toMatchObject({ name: 'Name' });
  await page.keyboard.type('Ana Silva');
  await tabTo(page, named('Email'), 'Email');
  await page.keyboard.type('ana.silva@northwind.example');
  await page.keyboard.press('Enter');
  const ana = page.getByRole('article', { name: 'Ana Silva' });
  await expect(ana).toBeVisible();
  await expectVisibleFocus(page, 'adding the interviewer');

  // The email: the tab row is one stop; the arrow keys choose the part.
  await tabTo(page, tab('What you noted'), 'the tabs');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Thank-you email' })).toHaveAttribute('aria-selected', 'true');
  expect(await expectVisibleFocus(page, 'choosing Thank-you email')).toMatchObject({ name: 'Thank-you email' });
  await tabTo(page, named('Subject'), 'Subject');
  await page.keyboard.type('Thank you for the weekly forecast');
  await tabTo(page, (f) => f.tag === 'textarea' && f.name === 'Thank-you email', 'the email text');
  await page.keyboard.type(
    'Dear Ana,\n\nThank you for walking me through the weekly forecast on Tuesday.\nHearing how the close went from five days to two stayed with me.\nI remain interested in the analyst role.\n\nBest regards,\nSam Lee',
  );
  await tabTo(page, named('Mark sent'), 'Mark sent');
  await page.keyboard.press('Enter');
  const email = page.getByRole('region', { name: 'Thank-you email to Ana Silva' });
  await expect(email.locator('.note-status')).toHaveText(/^Sent /);
  await expectVisibleFocus(page, 'marking the email sent');

  // The letter.
  await tabTo(page, tab('Thank-you email'), 'the tabs again', true);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Letter' })).toHaveAttribute('aria-selected', 'true');
  await expectVisibleFocus(page, 'choosing Letter');
  await tabTo(page, (f) => f.tag === 'textarea' && f.name === 'Letter', 'the letter text');
  await page.keyboard.type(
    'Dear Ana,\n\nThank you for the invitation to interview for the operations analyst position. It was a pleasure to meet you and to hear how your team rebuilt the weekly forecast.\n\nI learned that the close now takes two days instead of five, and I would be glad to help keep it there.\n\nI remain interested in the role and look forward to hearing from you.\n\nSincerely,\nSam Lee',
  );
  await tabTo(page, named('Add to print queue'), 'Add to print queue');
  await page.keyboard.press('Enter');
  const letter = page.getByRole('region', { name: 'Letter to Ana Silva' });
  const asked = page.getByRole('dialog');
  await expect(letter.getByText('Added to the print queue, with an envelope.').or(asked)).toBeVisible();
  if (await asked.isVisible()) {
    // The checks speak first; going on is a keyboard choice too.
    expect(await expectVisibleFocus(page, 'the checks asking first')).toMatchObject({ name: 'Cancel' });
    await tabTo(page, named('Add anyway'), 'Add anyway');
    await page.keyboard.press('Enter');
  }
  await expect(letter.getByText('Added to the print queue, with an envelope.')).toBeVisible();
  await expectVisibleFocus(page, 'adding the letter to the print queue');

  const queued = await page.evaluate(async () => {
    const r = await (globalThis as unknown as { api: Api }).api['printQueue.list']({});
    if (!r.ok) throw new Error(r.error.message);
    return r.value.map((i) => i.title).sort();
  });
  expect(queued).toEqual(['Envelope to Ana Silva', 'Letter to Ana Silva']);
});
