import { expect, test, type Page } from '@playwright/test';
import { cardTruth } from '../unit/helpers/business-cards/card-people';
import { renderCard } from '../unit/helpers/business-cards/card-render';
import { phonePhoto } from '../unit/helpers/business-cards/phone-photo';
import { launchApp, type AppHandle } from './harness';
import { createOpportunityWithInterview } from './steps';

let app: AppHandle | null = null;
test.afterEach(async () => {
  await app?.close();
  app = null;
});

/** Drops files on an element the way a person dragging them from the file manager does. */
async function dropFiles(page: Page, target: string, files: Array<{ name: string; type: string; bytes: Buffer }>) {
  // Runs in the page, which has the DOM this file's Node types do not describe.
  const transfer = await page.evaluateHandle((list) => {
    const dom = globalThis as unknown as { DataTransfer: new () => { items: { add(f: unknown): void } }; File: new (parts: unknown[], name: string, o: { type: string }) => unknown };
    const dt = new dom.DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new dom.File([bytes], f.name, { type: f.type }));
    }
    return dt;
  }, files.map((f) => ({ name: f.name, type: f.type, base64: f.bytes.toString('base64') })));
  await page.getByLabel(target).dispatchEvent('drop', { dataTransfer: transfer });
}

test('two card photos dropped, one field corrected, both people added and found with their photos after a relaunch', async () => {
  // Phone photos of two generated cards: on a desk, turned, slanted, blurred, JPEG quality 50.
  const truths = [cardTruth(19), cardTruth(37)];
  const photos = await Promise.all(truths.map(async (t, i) => ({ name: `card-${i + 1}.jpg`, type: 'image/jpeg', bytes: (await phonePhoto((await renderCard(t)).png, t.seed)).jpeg })));

  app = await launchApp();
  const { page, dataDir } = app;
  await createOpportunityWithInterview(page, { company: 'Nordlicht', role: 'Data Engineer', date: '2026-11-19' });
  await page.getByRole('button', { name: /^Open interview on/ }).click();
  await page.getByRole('button', { name: 'Scan business cards' }).click();
  await dropFiles(page, 'Drop card photos here', photos);

  const [michael, ulrike] = truths.map((t) => page.getByRole('article', { name: `Card: ${t.fullName}` }));
  await expect(michael!).toBeVisible({ timeout: 45_000 });
  await expect(ulrike!).toBeVisible({ timeout: 45_000 });
  // The photo beside the fields, and each field saying how sure it is.
  await expect(michael!.getByRole('img', { name: 'Front of the card card-1.jpg' })).toBeVisible();
  await expect(michael!.getByLabel('Email')).toHaveValue(truths[0]!.email);
  await expect(michael!.getByText(/read surely \(\d+ %\)/).first()).toBeVisible();
  await expect(ulrike!.getByLabel('Email')).toHaveValue(truths[1]!.email);

  // The one correction: the company as the user knows it.
  await michael!.getByLabel('Company').fill(truths[0]!.company);
  await expect(michael!.getByText('edited', { exact: true })).toBeVisible();
  await michael!.getByRole('button', { name: `Add ${truths[0]!.fullName}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Added ${truths[0]!.fullName}, with the card's photo.` })).toBeVisible();
  await ulrike!.getByRole('button', { name: `Add ${truths[1]!.fullName}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Added ${truths[1]!.fullName}, with the card's photo.` })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Interviewers' }).getByRole('listitem')).toHaveCount(2);

  await app.close();
  app = await launchApp({ dataDir });
  const again = app.page;
  await again.getByRole('complementary', { name: 'Opportunities' }).getByRole('button', { name: /Nordlicht/ }).click();
  await again.getByRole('button', { name: /^Open interview on/ }).click();
  await expect(again.getByRole('list', { name: 'Interviewers' }).getByRole('listitem')).toHaveCount(2);
  for (const [i, t] of truths.entries()) {
    const card = again.getByRole('article', { name: t.fullName, exact: true });
    await expect(card).toContainText('Card collected');
    await expect(card).toContainText(t.email);
    if (i === 0) await expect(card).toContainText(truths[0]!.company);
    await card.getByRole('button', { name: `Show ${t.fullName}’s card` }).click();
    const img = card.getByRole('img', { name: `Front of ${t.fullName}’s card` });
    await expect(img).toBeVisible();
    // A real picture came back from the database, not a broken image.
    expect(await img.evaluate((el) => (el as unknown as { complete: boolean; naturalWidth: number }).complete && (el as unknown as { naturalWidth: number }).naturalWidth > 500)).toBe(true);
  }
});
