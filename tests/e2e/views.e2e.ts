import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Api } from '../../shared/api/contract';
import { launchApp, type AppHandle } from './harness';
import { axe, expectNoSidewaysOverflow, viewHeight } from './page-checks';

/**
 * Every view at 1366×768 (a common laptop screen) with a panel of eight interviewers: it
 * fits, nothing runs off sideways, each view and each dialog passes axe, and a picture of
 * each is kept to look at.
 */

let app: AppHandle | null = null;
test.afterEach(async () => {
  await app?.close();
  app = null;
});

const SHOTS = process.env.AFTERWORD_SHOTS_DIR;

const panel = [
  ['Ana Silva', 'Head of Operations'],
  ['Ben Okafor', 'Warehouse Lead'],
  ['Chloé Martin', 'Supplier Manager'],
  ['Dmitri Ivanov', 'Finance Partner'],
  ['Elena Rossi', 'Recruiter'],
  ['Farid Haddad', 'Data Analyst'],
  ['Grace Kim', 'VP Supply Chain'],
  ['Hiro Tanaka', 'Planning Manager'],
] as const;

/** Two opportunities, one interview with all eight people, notes in several states, a print queue. */
async function seed(page: Page): Promise<{ opportunityId: string; interviewId: string; people: string[] }> {
  const ids = await page.evaluate(async (panel) => {
    const api = (globalThis as unknown as { api: Api }).api;
    const must = async <T>(r: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) => {
      const x = await r;
      if (!x.ok) throw new Error(x.error.message);
      return x.value;
    };
    await must(api['settings.update']({ yourName: 'Sam Lee', returnAddress: '742 Evergreen Terrace\nSpringfield, IL 62704' }));
    const opportunity = await must(api['opportunities.create']({ company: 'Northwind Traders', role: 'Operations Analyst', location: 'Seattle' }));
    const yesterday = new Date(Date.now() - 86_400_000);
    const date = `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-${String(yesterday.getDate()).padStart(2, '0')}`;
    const interview = await must(
      api['interviews.create']({ opportunityId: opportunity.id, date, startTime: '09:00', endTime: '12:00', title: 'Panel with the operations team' }),
    );
    const people: string[] = [];
    for (const [i, [fullName, title]] of panel.entries()) {
      const first = fullName
        .split(' ')[0]!
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]/g, '');
      const last = fullName.split(' ')[1]!.toLowerCase();
      const added = await must(
        api['participants.add']({
          interviewId: interview.id,
          person: {
            fullName,
            title,
            ...(i % 3 === 2 ? {} : { email: `${first}.${last}@northwind.example` }),
            address: { lines: [`${100 + i} Pike Street`], city: 'Seattle', region: 'WA', postalCode: '98101', country: 'US' },
          },
        }),
      );
      people.push(added.person.id);
      await must(
        api['participants.update']({
          interviewId: interview.id,
          personId: added.person.id,
          topics: `the ${title.toLowerCase()} work`,
          learned: 'they plan weekly',
        }),
      );
      if (i < 3) {
        const email = await must(
          api['notes.save']({
            interviewId: interview.id,
            personId: added.person.id,
            kind: 'email',
            subject: `Thank you, ${fullName.split(' ')[0]}`,
            body: `Dear ${fullName.split(' ')[0]},\n\nThank you for explaining the ${title.toLowerCase()} work on ${date}.\nI learned that the team plans weekly, and I liked that.\nI remain interested in the role.\n\nBest regards,\nSam Lee`,
          }),
        );
        if (i === 0) await must(api['notes.setStatus']({ id: email.id, status: 'sent' }));
      }
      if (i < 2) {
        const letter = await must(
          api['notes.save']({
            interviewId: interview.id,
            personId: added.person.id,
            kind: 'letter',
            body: `Dear ${fullName.split(' ')[0]},\n\nThank you for the invitation to interview for the operations analyst position. It was a pleasure to meet you and the team.\n\nSincerely,\nSam Lee`,
          }),
        );
        await must(api['notes.setStatus']({ id: letter.id, status: 'ready' }));
      }
    }
    await must(api['printQueue.addForInterview']({ interviewId: interview.id, letters: true, envelopes: true, labels: false }));
    const other = await must(api['opportunities.create']({ company: 'Contoso', role: 'Planner' }));
    const next = await must(api['interviews.create']({ opportunityId: other.id, date: '2031-03-02' }));
    await must(api['participants.add']({ interviewId: next.id, person: { fullName: 'Iris Novak', title: 'Hiring Manager' } }));
    await must(api['people.create']({ fullName: 'Jonas Berg', company: 'Fabrikam' }));
    return { opportunityId: opportunity.id, interviewId: interview.id, people };
  }, panel);
  // Written behind the window's back (no person can): the window reads everything afresh.
  await page.reload();
  return ids;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

test('every view at 1366×768 with eight interviewers fits, reads, and passes axe, dialogs included', async () => {
  test.setTimeout(180_000);
  app = await launchApp();
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const { opportunityId, interviewId } = await seed(page);
  const nav = page.getByRole('navigation', { name: 'Main' });

  // Today.
  await nav.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('listitem', { name: 'Send the thank-you emails — Northwind Traders' })).toBeVisible();
  await expectNoSidewaysOverflow(page, 'Today');
  await axe(page, 'Today');
  await shot(page, 'today');

  // The opportunity shows who was met, and how far the notes to each have got.
  await page
    .getByRole('complementary', { name: 'Opportunities' })
    .getByRole('link', { name: /Northwind Traders/ })
    .click();
  const met = page.getByRole('table', { name: /^People met on/ });
  await expect(met.getByRole('row')).toHaveCount(9);
  await expect(met).toContainText('Hiro Tanaka');
  await expect(met.getByRole('link', { name: 'Thank-you email to Ana Silva: Sent' })).toBeVisible();
  await expect(met.getByRole('link', { name: 'Letter to Ben Okafor: Ready' })).toBeVisible();
  await expectNoSidewaysOverflow(page, 'the opportunity');
  await axe(page, 'the opportunity');
  await shot(page, 'opportunity');
  await page.getByRole('button', { name: /^Delete interview on/ }).click();
  await expect(page.getByRole('dialog', { name: 'Delete this interview?' })).toBeVisible();
  await axe(page, 'the delete-interview dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Delete opportunity' }).click();
  await axe(page, 'the delete-opportunity dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The interview: follow-through first, the eight people beside it.
  await page.getByRole('button', { name: /^Open interview on/ }).click();
  const interviewers = page.getByRole('list', { name: 'Interviewers' });
  await expect(interviewers.getByRole('listitem')).toHaveCount(8);
  await expect(page.getByRole('list', { name: 'Plan' })).toBeVisible();
  await expectNoSidewaysOverflow(page, 'the interview');
  await axe(page, 'the interview (plan)');
  await shot(page, 'interview-plan');

  // Any interviewer's email is two actions away: their name, then the tab.
  await interviewers.getByRole('link', { name: /^Hiro Tanaka/ }).click();
  await page.getByRole('tab', { name: 'Thank-you email' }).click();
  const hiro = page.getByRole('article', { name: 'Hiro Tanaka' });
  await expect(hiro.getByRole('textbox', { name: 'Thank-you email', exact: true })).toBeEditable();
  await expectNoSidewaysOverflow(page, "an interviewer's email");
  // One interviewer's view fits in about two screens.
  expect(await viewHeight(page)).toBeLessThanOrEqual(2 * 768);
  await axe(page, "an interviewer's email");
  await shot(page, 'interviewer-email');

  for (const [tab, name] of [
    ['What you noted', 'interviewer-noted'],
    ['Letter', 'interviewer-letter'],
    ['Card draft', 'interviewer-card'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await expectNoSidewaysOverflow(page, `the ${tab} tab`);
    expect(await viewHeight(page)).toBeLessThanOrEqual(2 * 768);
    await axe(page, `the ${tab} tab`);
    await shot(page, name);
  }

  // The edit dialog, and the country combo box in it, open.
  await hiro.getByRole('button', { name: 'Edit Hiro Tanaka' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Hiro Tanaka' });
  await expect(edit).toBeVisible();
  await axe(page, 'the edit dialog');
  await shot(page, 'edit-person');
  await edit.getByRole('combobox', { name: 'Country' }).fill('Unit');
  await expect(page.getByRole('option', { name: 'United States' })).toBeVisible();
  await axe(page, 'the country combo box, open');
  await page.keyboard.press('Escape');
  await edit.getByRole('button', { name: 'Done editing Hiro Tanaka' }).click();
  await expect(edit).toHaveCount(0);
  await hiro.getByRole('button', { name: 'Remove Hiro Tanaka' }).click();
  await axe(page, 'the remove dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  // Two notes that read alike: the finding names the colleague and opens both side by side.
  await interviewers.getByRole('link', { name: /^Chloé Martin/ }).click();
  await page.getByRole('tab', { name: 'Thank-you email' }).click();
  const chloe = page.getByRole('region', { name: 'Thank-you email to Chloé Martin' });
  await expect(chloe.getByRole('list', { name: 'Findings: Thank-you email to Chloé Martin' })).toContainText('reads like the email to');
  await chloe.getByRole('button', { name: 'Compare side by side' }).first().click();
  const compare = page.getByRole('dialog', { name: /^Side by side: Chloé Martin and / });
  await expect(compare.locator('mark').first()).toBeVisible();
  await expectNoSidewaysOverflow(page, 'the side-by-side dialog');
  await axe(page, 'the side-by-side dialog');
  await shot(page, 'compare-notes');
  await compare.getByRole('button', { name: 'Close' }).click();
  await chloe.getByRole('button', { name: 'Open in mail app' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await axe(page, 'the checks-first dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  // The rest of the follow-through.
  for (const tab of ['Review', 'Outcome', 'Prep'] as const) {
    await page.getByRole('navigation', { name: 'This interview' }).getByRole('link', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await expectNoSidewaysOverflow(page, tab);
    await axe(page, `the ${tab} tab`);
    await shot(page, `interview-${tab.toLowerCase()}`);
  }

  // Add interviewer and Import contacts.
  await page.getByRole('button', { name: 'Add interviewer' }).click();
  await expectNoSidewaysOverflow(page, 'Add interviewer');
  await axe(page, 'the Add interviewer form');
  await page.getByRole('form', { name: 'Add interviewer' }).getByRole('button', { name: 'Cancel' }).click();

  // People: everyone, grouped by company.
  await nav.getByRole('link', { name: 'People' }).click();
  for (const [name] of panel) await expect(page.getByRole('region', { name: 'Northwind Traders' })).toContainText(name);
  await expect(page.getByRole('region', { name: 'Contoso' })).toContainText('Iris Novak');
  await expect(page.getByRole('region', { name: 'Fabrikam' })).toContainText('Jonas Berg');
  await page.getByRole('link', { name: /^Ana Silva/ }).click();
  await expect(page.getByRole('link', { name: /^Thank-you email of .*: Sent$/ })).toBeVisible();
  await expectNoSidewaysOverflow(page, 'People');
  await axe(page, 'People');
  await shot(page, 'people');
  app.answerNextOpenDialog(null);
  await page.getByRole('button', { name: 'Import contacts' }).click();

  // Print queue: the list beside the preview, the bar in view.
  await nav.getByRole('link', { name: 'Print queue' }).click();
  const preview = page.getByRole('region', { name: 'Preview of the print queue' });
  await expect(preview.getByRole('img', { name: 'Page 1 of 4' })).toHaveAttribute('data-drawn', 'true');
  for (const name of ['Export PDF', 'Print']) await expect(page.getByRole('button', { name, exact: true })).toBeInViewport();
  const list = await page.getByRole('region', { name: 'Waiting to print' }).boundingBox();
  const pages = await preview.boundingBox();
  expect(pages!.x).toBeGreaterThan(list!.x + list!.width - 1);
  await expectNoSidewaysOverflow(page, 'the print queue');
  await axe(page, 'the print queue');
  await shot(page, 'print-queue');

  // Settings.
  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Your name')).toHaveValue('Sam Lee');
  await expectNoSidewaysOverflow(page, 'Settings');
  await axe(page, 'Settings');
  await shot(page, 'settings');

  // New opportunity and the opening page.
  await page.getByRole('button', { name: 'New opportunity' }).click();
  await axe(page, 'New opportunity');
  await nav.getByRole('link', { name: 'Opportunities' }).click();
  await axe(page, 'the opening page');
  void opportunityId;
  void interviewId;
});

test('Back returns from an "Open" on Today, by the button, Alt+← and the mouse\'s back button; Forward goes again', async () => {
  app = await launchApp();
  const { page } = app;
  await seed(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Today' }).click();
  const email = page.getByRole('listitem', { name: 'Send the thank-you emails — Northwind Traders' });
  await email.getByRole('link', { name: 'Open' }).click();
  // The first interviewer whose email is not sent yet, at their email.
  await expect(page.getByRole('region', { name: 'Thank-you email to Ben Okafor' })).toBeVisible();

  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Forward' }).click();
  await expect(page.getByRole('region', { name: 'Thank-you email to Ben Okafor' })).toBeVisible();

  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('region', { name: 'Thank-you email to Ben Okafor' })).toBeVisible();

  // Playwright's mouse has no back button; Chromium's own input events do.
  const cdp = await page.context().newCDPSession(page);
  for (const type of ['mousePressed', 'mouseReleased'] as const)
    await cdp.send('Input.dispatchMouseEvent', { type, x: 600, y: 400, button: 'back', buttons: 8, clickCount: 1 });
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();

  // The address itself can be opened again, as a link from anywhere would.
  await email.getByRole('link', { name: 'Open' }).click();
  await expect(page.getByRole('region', { name: 'Thank-you email to Ben Okafor' })).toBeVisible();
  const address = page.url();
  expect(address).toMatch(/#\/opportunities\/[-0-9a-f]+\/interviews\/[-0-9a-f]+\/people\/[-0-9a-f]+\/email$/);
  await page.goto('about:blank');
  await page.goto(address);
  await expect(page.getByRole('region', { name: 'Thank-you email to Ben Okafor' })).toBeVisible();
});
