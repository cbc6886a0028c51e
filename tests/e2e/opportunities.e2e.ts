import { expect, test } from '@playwright/test';
import { launchApp, type AppHandle } from './harness';

let app: AppHandle | null = null;
test.afterEach(async () => {
  await app?.close();
  app = null;
});

test('an opportunity and its interview survive a restart', async () => {
  app = await launchApp();
  const { page, dataDir } = app;

  await page.getByRole('button', { name: 'New opportunity' }).click();
  await page.getByLabel('Company').fill('Northwind Traders');
  await page.getByLabel('Role').fill('Operations Analyst');
  await page.getByRole('button', { name: 'Create opportunity' }).click();

  await page.getByRole('button', { name: 'New interview' }).click();
  await page.getByLabel('Interview date').fill('2026-11-19');
  await page.getByLabel('Start time').fill('10:00');
  await page.getByLabel('End time').fill('11:30');
  await page.getByLabel('Title', { exact: true }).fill('Panel with the operations team');
  await page.getByRole('button', { name: 'Add interview' }).click();

  const interviews = page.getByRole('list', { name: 'Interviews' });
  await expect(interviews).toContainText('Panel with the operations team');
  await expect(page.getByRole('complementary', { name: 'Opportunities' })).toContainText('1 interview');

  await app.close();
  app = await launchApp({ dataDir });
  const again = app.page;
  const sidebar = again.getByRole('complementary', { name: 'Opportunities' });
  await expect(sidebar).toContainText('Northwind Traders');
  await expect(sidebar).toContainText('Operations Analyst');
  await sidebar.getByRole('link', { name: /Northwind Traders/ }).click();
  await expect(again.getByRole('list', { name: 'Interviews' })).toContainText('Panel with the operations team');
  await expect(again.getByRole('list', { name: 'Interviews' })).toContainText('10:00–11:30');
});

test('a missing company is named, and nothing is created', async () => {
  app = await launchApp();
  const { page } = app;
  await page.getByRole('button', { name: 'New opportunity' }).click();
  await page.getByLabel('Role').fill('Designer');
  await page.getByRole('button', { name: 'Create opportunity' }).click();
  await expect(page.getByRole('alert')).toHaveText('Company is required');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Nothing here yet')).toBeVisible();
});

test('editing autosaves and deleting asks first', async () => {
  app = await launchApp();
  const { page, dataDir } = app;
  await page.getByRole('button', { name: 'New opportunity' }).click();
  await page.getByLabel('Company').fill('Contoso');
  await page.getByLabel('Role').fill('Engineer');
  await page.getByRole('button', { name: 'Create opportunity' }).click();

  await page.getByLabel('Role').fill('Senior Engineer');
  await expect(page.getByRole('status')).toHaveText('All changes saved');

  await page.getByRole('button', { name: 'New interview' }).click();
  await page.getByLabel('Interview date').fill('2026-12-01');
  await page.getByRole('button', { name: 'Add interview' }).click();
  await page.getByRole('button', { name: /^Delete interview on/ }).click();
  await expect(page.getByRole('dialog')).toContainText('Delete this interview?');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('list', { name: 'Interviews' }).getByRole('listitem')).toHaveCount(1);

  await page.getByRole('button', { name: 'Delete opportunity' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Nothing here yet')).toBeVisible();

  await app.close();
  app = await launchApp({ dataDir });
  await expect(app.page.getByText('Nothing here yet')).toBeVisible();
});
