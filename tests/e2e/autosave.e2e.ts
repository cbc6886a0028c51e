import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Api } from '../../shared/api/contract';
import { launchApp, type AppHandle } from './harness';
import { createOpportunityWithInterview, firstInterviewId, openPart, openPerson } from './steps';

/**
 * "Nothing typed is lost when the app is killed": each test types into one field and ends
 * the app right after the last keystroke, without waiting for any "Saved" status, then
 * reopens the same data and expects every character.
 */

let app: AppHandle | null = null;
test.afterEach(async () => {
  await app?.close();
  app = null;
});

const PERSON = 'Ana Silva';

const opportunityNotes = (page: Page) => page.getByLabel('Notes', { exact: true });
const somethingLearned = (page: Page) => page.getByRole('article', { name: PERSON, exact: true }).getByLabel('Something learned');
const thankYouEmail = (page: Page) => page.getByRole('article', { name: PERSON, exact: true }).getByRole('textbox', { name: 'Thank-you email', exact: true });

/** The interview, at its one interviewer. */
async function openInterview(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Open interview on/ }).click();
  await openPerson(page, PERSON);
}

/** An opportunity and interview through the UI, with one interviewer added through the page's own api. */
async function setUp(page: Page): Promise<void> {
  await createOpportunityWithInterview(page, { company: 'Northwind Traders', role: 'Operations Analyst', date: '2026-11-24' });
  const interviewId = await firstInterviewId(page);
  await page.evaluate(
    async ({ interviewId, fullName }) => {
      const api = (globalThis as unknown as { api: Api }).api;
      const added = await api['participants.add']({ interviewId, person: { fullName, email: 'ana.silva@northwind.example', company: 'Northwind Traders' } });
      if (!added.ok) throw new Error(added.error.message);
    },
    { interviewId, fullName: PERSON },
  );
}

interface Place {
  name: string;
  /** Goes from the opportunity just created (or just chosen in the sidebar) to the field. */
  reach(page: Page): Promise<Locator>;
}

const places: Place[] = [
  {
    name: "the opportunity's Notes",
    reach: async (page) => opportunityNotes(page),
  },
  {
    name: 'an interviewer\'s "Something learned"',
    reach: async (page) => {
      await openInterview(page);
      return somethingLearned(page);
    },
  },
  {
    name: 'the "Return address" in Settings',
    reach: async (page) => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
      return page.getByLabel('Return address');
    },
  },
  {
    name: 'a thank-you email body in the note studio',
    reach: async (page) => {
      await openInterview(page);
      await openPart(page, 'Thank-you email');
      return thankYouEmail(page);
    },
  },
];

interface Ending {
  name: string;
  end(app: AppHandle): Promise<void>;
}

const endings: Ending[] = [
  {
    // The window goes away at once (no beforeunload); the core then shuts down as usual.
    name: 'the window is closed',
    end: async (app) => {
      await app.page.close();
      await app.close();
    },
  },
  {
    name: 'the app is killed',
    end: (app) => app.kill(),
  },
];

// Long enough to span many saves, with letters a keyboard layout may not have and a new line.
const typed = "Their close went from five days to two; Zoë runs it from Łódź.\nAsk about 王伟's forecast — next week?";

for (const place of places) {
  for (const ending of endings) {
    test(`every character typed into ${place.name} is kept when ${ending.name} right after the last keystroke`, async () => {
      app = await launchApp();
      const { page, dataDir } = app;
      await setUp(page);
      const field = await place.reach(page);
      await expect(field).toBeEditable();
      await field.click();
      // A template may have filled the field: what is typed replaces it.
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(typed);
      const ended = app;
      app = null;
      await ending.end(ended);

      app = await launchApp({ dataDir });
      const again = app.page;
      await again
        .getByRole('complementary', { name: 'Opportunities' })
        .getByRole('link', { name: /Northwind Traders/ })
        .click();
      await expect(await place.reach(again)).toHaveValue(typed);
    });
  }
}
