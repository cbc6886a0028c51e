import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { cardTruth } from '../unit/helpers/business-cards/card-people';
import { renderCard } from '../unit/helpers/business-cards/card-render';
import { phonePhoto } from '../unit/helpers/business-cards/phone-photo';
import { launchApp, type AppHandle } from './harness';
import { axe } from './page-checks';
import { createOpportunityWithInterview, openPerson } from './steps';

// Reading a card takes seconds of OCR, and the first test launches the app twice.
test.describe.configure({ timeout: 120_000 });

let app: AppHandle | null = null;
test.afterEach(async () => {
  await app?.close();
  app = null;
});

/** Drops files on an element the way a person dragging them from the file manager does. */
async function dropFiles(page: Page, target: string, files: Array<{ name: string; type: string; bytes: Buffer }>) {
  // Runs in the page, which has the DOM this file's Node types do not describe.
  const transfer = await page.evaluateHandle(
    (list) => {
      const dom = globalThis as unknown as {
        DataTransfer: new () => { items: { add(f: unknown): void } };
        File: new (parts: unknown[], name: string, o: { type: string }) => unknown;
      };
      const dt = new dom.DataTransfer();
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        dt.items.add(new dom.File([bytes], f.name, { type: f.type }));
      }
      return dt;
    },
    files.map((f) => ({ name: f.name, type: f.type, base64: f.bytes.toString('base64') })),
  );
  await page.getByLabel(target).dispatchEvent('drop', { dataTransfer: transfer });
}

test('two card photos dropped, one field corrected, both people added and found with their photos after a relaunch', async () => {
  // Phone photos of two generated cards: on a desk, turned, slanted, blurred, JPEG quality 50.
  // Olivia Núñez's accents are ones the page reader's languages cannot write; the name's line readers settle them.
  const truths = [cardTruth(19), cardTruth(0)];
  const photos = await Promise.all(
    truths.map(async (t, i) => ({ name: `card-${i + 1}.jpg`, type: 'image/jpeg', bytes: (await phonePhoto((await renderCard(t)).png, t.seed)).jpeg })),
  );

  app = await launchApp();
  const { page, dataDir } = app;
  await createOpportunityWithInterview(page, { company: 'Nordlicht', role: 'Data Engineer', date: '2026-11-19' });
  await page.getByRole('button', { name: /^Open interview on/ }).click();
  await page.getByRole('button', { name: 'Add interviewer' }).click();
  await page.getByRole('form', { name: 'Add interviewer' }).getByRole('button', { name: 'Scan business cards' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scan business cards' });
  await dropFiles(page, 'Drop card photos here', photos);

  const [michael, olivia] = truths.map((t) => dialog.getByRole('article', { name: `Card: ${t.fullName}` }));
  await expect(michael!).toBeVisible({ timeout: 45_000 });
  await expect(olivia!).toBeVisible({ timeout: 45_000 });
  // The photo beside the fields, and each field saying how sure it is.
  await expect(michael!.getByRole('img', { name: 'Front of the card card-1.jpg' })).toBeVisible();
  await expect(michael!.getByLabel('Email')).toHaveValue(truths[0]!.email);
  await expect(michael!.getByText(/read surely \(\d+ %\)/).first()).toBeVisible();
  await expect(olivia!.getByLabel('Email')).toHaveValue(truths[1]!.email);
  await olivia!.getByLabel('Name', { exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(dataDir, 'scan-card-olivia.png') });

  // The one correction: the title as the user knows it.
  await michael!.getByLabel('Title', { exact: true }).fill('Head of Data Platforms');
  await expect(michael!.getByText('edited', { exact: true })).toBeVisible();
  await michael!.getByRole('button', { name: `Add ${truths[0]!.fullName}` }).click();
  await expect(dialog.getByRole('status').filter({ hasText: `Added ${truths[0]!.fullName}, with the card’s photo.` })).toBeVisible();
  await olivia!.getByRole('button', { name: `Add ${truths[1]!.fullName}` }).click();
  await expect(dialog.getByRole('status').filter({ hasText: `Added ${truths[1]!.fullName}, with the card’s photo.` })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();
  // Both joined the interview, and the list showed them without a reload.
  await expect(page.getByRole('list', { name: 'Interviewers' }).getByRole('listitem')).toHaveCount(2);

  await app.close();
  app = await launchApp({ dataDir });
  const again = app.page;
  await again
    .getByRole('complementary', { name: 'Opportunities' })
    .getByRole('link', { name: /Nordlicht/ })
    .click();
  await again.getByRole('button', { name: /^Open interview on/ }).click();
  await expect(again.getByRole('list', { name: 'Interviewers' }).getByRole('listitem')).toHaveCount(2);
  for (const [i, t] of truths.entries()) {
    const card = await openPerson(again, t.fullName);
    await expect(card).toContainText('Card collected');
    await expect(card).toContainText(t.email);
    if (i === 0) await expect(card).toContainText('Head of Data Platforms');
    await card.getByRole('button', { name: `Show ${t.fullName}’s card` }).click();
    const img = card.getByRole('img', { name: `Front of ${t.fullName}’s card` });
    await expect(img).toBeVisible();
    // A real picture came back from the database, not a broken image.
    expect(
      await img.evaluate(
        (el) => (el as unknown as { complete: boolean; naturalWidth: number }).complete && (el as unknown as { naturalWidth: number }).naturalWidth > 500,
      ),
    ).toBe(true);
  }
});

test('People: a card scanned there adds the person to the directory, and the same card again is offered to them, not added twice', async () => {
  const truth = cardTruth(37);
  const photo = { name: 'card.jpg', type: 'image/jpeg', bytes: (await phonePhoto((await renderCard(truth)).png, truth.seed)).jpeg };
  app = await launchApp();
  const { page } = app;
  await page.getByRole('link', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Scan business cards' }).click();
  let dialog = page.getByRole('dialog', { name: 'Scan business cards' });
  await dropFiles(page, 'Drop card photos here', [photo]);
  let card = dialog.getByRole('article', { name: `Card: ${truth.fullName}` });
  await expect(card).toBeVisible({ timeout: 45_000 });
  // The dialog with a card read passes axe.
  await axe(page, 'the scan dialog with a card read');
  await card.getByRole('button', { name: `Add ${truth.fullName}` }).click();
  await expect(dialog.getByRole('status').filter({ hasText: `Added ${truth.fullName}` })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 1 person from their business cards.' })).toBeVisible();
  // The directory was read again: the person is there without a reload.
  const people = page.getByRole('region', { name: /^People/ });
  await expect(people.getByRole('link', { name: new RegExp(truth.fullName) })).toBeVisible();

  await page.getByRole('button', { name: 'Scan business cards' }).click();
  dialog = page.getByRole('dialog', { name: 'Scan business cards' });
  await dropFiles(page, 'Drop card photos here', [photo]);
  card = dialog.getByRole('article', { name: `Card: ${truth.fullName}` });
  await expect(card).toBeVisible({ timeout: 45_000 });
  await expect(card.getByText(`Already known: ${truth.fullName} (same email)`)).toBeVisible();
  await card.getByRole('button', { name: `Add card to ${truth.fullName}` }).click();
  await expect(dialog.getByRole('status').filter({ hasText: `Added ${truth.fullName}` })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(people.getByRole('link', { name: new RegExp(truth.fullName) })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'People · 1' })).toBeVisible();
  await people.getByRole('link', { name: new RegExp(truth.fullName) }).click();
  await page.getByRole('button', { name: `Show ${truth.fullName}’s card` }).click();
  await expect(page.getByRole('img', { name: `Front of ${truth.fullName}’s card` })).toHaveCount(2);
});
