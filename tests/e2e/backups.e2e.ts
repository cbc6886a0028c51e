import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { InputOf, OutputOf } from '../../shared/api/contract';
import type { MethodName } from '../../shared/api/method-names';
import { DATABASE_FILE } from '../../electron/core/db/open-database';
import { userDataSnapshot } from '../unit/helpers/table-snapshot';
import { fillEveryTable } from '../unit/electron/core/user-data/every-table';
import { launchApp, type AppHandle } from './harness';
import { axe } from './page-checks';
import { createOpportunityWithInterview } from './steps';

/**
 * Nothing is ever lost: a database damaged while the app was closed is recovered from the
 * backup taken at quit, in the window; a backup taken by hand is restored without leaving it;
 * and everything exported from one data folder imports into a fresh one table for table.
 */

const running: AppHandle[] = [];
test.afterEach(async () => {
  for (const app of running.splice(0)) await app.close();
});

async function launch(dataDir?: string): Promise<AppHandle> {
  const app = await launchApp(dataDir ? { dataDir } : {});
  running.push(app);
  return app;
}

async function quit(app: AppHandle): Promise<void> {
  running.splice(running.indexOf(app), 1);
  await app.close();
}

/** A call through the page's own window.api, unwrapped. */
function pageCalls(page: Page) {
  return <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> =>
    page.evaluate(
      async ({ method, input }) => {
        const api = (globalThis as unknown as { api: Record<string, (i: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>> })
          .api;
        const result = await api[method]!(input);
        if (!result.ok) throw new Error(result.error!.message);
        return result.value;
      },
      { method, input },
    ) as Promise<OutputOf<M>>;
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible();
}

test('a database damaged while the app was closed: the window says so, offers the backup taken at quit, and the data is back', async () => {
  const app = await launch();
  await createOpportunityWithInterview(app.page, { company: 'Northwind Traders', role: 'Operations Analyst', date: '2026-03-10' });
  await quit(app);

  // Something overwrites the data file while Afterword is closed.
  const file = path.join(app.dataDir, DATABASE_FILE);
  fs.writeFileSync(file, crypto.randomBytes(16 * 1024));
  const damaged = fs.readFileSync(file);

  const again = await launch(app.dataDir);
  const { page } = again;
  await expect(page.getByRole('heading', { name: 'Afterword could not open your data' })).toBeVisible();
  await expect(page.getByText(/not a database any more.*Nothing has been deleted/)).toBeVisible();
  const offered = page.getByRole('region', { name: 'The newest backup that opens' });
  await expect(offered).toContainText('Automatic');
  await expect(offered).toContainText('1 opportunity, 0 people, 0 notes');
  await axe(page, 'the recovery screen');
  await offered.getByRole('button', { name: 'Restore' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Restored the backup of' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The file that could not be opened is kept at' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Northwind Traders/ }).first()).toBeVisible();
  // The damaged file is kept, byte for byte, in the backups folder.
  const setAside = path.join(again.dataDir, 'backups', 'set-aside');
  const [folder] = fs.readdirSync(setAside);
  expect(fs.readFileSync(path.join(setAside, folder!, DATABASE_FILE)).equals(damaged)).toBe(true);
});

test('Settings → Backups: "Back up now", "Show backups folder", and "Restore" that keeps the window and can be undone', async () => {
  const app = await launch();
  const { page } = app;
  await createOpportunityWithInterview(page, { company: 'Northwind Traders', role: 'Operations Analyst', date: '2026-03-10' });
  await openSettings(page);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backed up: the backup of' })).toBeVisible();
  const list = page.getByRole('table', { name: 'Backups' });
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list.getByRole('row').nth(1)).toContainText('Backed up by you');
  await expect(list.getByRole('row').nth(1)).toContainText('1 opportunity, 0 people, 0 notes');

  await axe(page, 'Settings with a backup listed');
  await page.getByRole('button', { name: 'Show backups folder' }).click();
  await expect.poll(() => app.foldersShown()).toEqual([path.join(app.dataDir, 'backups')]);

  // More work after the backup, then back to the backup.
  await createOpportunityWithInterview(page, { company: 'Contoso', role: 'Planner', date: '2026-03-12' });
  await openSettings(page);
  await page.getByRole('table', { name: 'Backups' }).getByRole('row').nth(1).getByRole('button', { name: 'Restore' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('Your data as it is now is saved as a backup first');
  await axe(page, 'the restore dialog');
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored the backup of' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Contoso/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Northwind Traders/ }).first()).toBeVisible();

  // The data from just before the restore is a backup of its own: restoring it undoes the restore.
  const before = page.getByRole('table', { name: 'Backups' }).getByRole('row', { name: /Before a restore/ });
  await expect(before).toContainText('2 opportunities');
  await before.getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('link', { name: /Contoso/ }).first()).toBeVisible();
});

test('Export everything, then Import an export into a fresh data folder: every table matches', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'afterword-e2e-export-'));
  const source = await launch();
  await fillEveryTable(pageCalls(source.page), { save: (f) => source.answerNextSaveDialog(f), open: (f) => source.answerNextOpenDialog(f) }, folder);
  await source.page.reload();
  await openSettings(source.page);
  const json = path.join(folder, 'Afterword everything.json');
  source.answerNextSaveDialog(json);
  await source.page.getByRole('button', { name: 'Export everything' }).click();
  await expect(
    source.page
      .getByRole('status')
      .filter({ hasText: `Saved ${json}, ${path.join(folder, 'Afterword everything people.vcf')}, ${path.join(folder, 'Afterword everything people.csv')}.` }),
  ).toBeVisible();
  const today = await pageCalls(source.page)('plan.today', { limit: 500 });
  await quit(source);

  const fresh = await launch();
  const { page } = fresh;
  await openSettings(page);
  fresh.answerNextOpenDialog([json]);
  await page.getByRole('button', { name: 'Import an export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import an export' });
  await expect(dialog).toContainText('Afterword holds nothing yet, so everything in the file goes in as it is');
  await axe(page, 'the import preview');
  await expect(
    dialog
      .getByRole('table', { name: 'What the import adds' })
      .getByRole('row', { name: /^Opportunities/ })
      .locator('th, td'),
  ).toHaveText(['Opportunities', '1', '1']);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported Afterword everything.json' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Northwind Traders/ }).first()).toBeVisible();
  // Settings came with the data: the form shows the sender from the export.
  await expect(page.getByLabel('Your name')).toHaveValue('Zoë Łukasz-Ελένη');
  // Today is worked out again from the imported data (the kept plans are not in the file) and says the same.
  expect(await pageCalls(page)('plan.today', { limit: 500 })).toEqual(today);
  // The same file again finds all of it here already, and says so before anything is imported.
  fresh.answerNextOpenDialog([json]);
  await page.getByRole('button', { name: 'Import an export' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^Everything in this file is already here .*so importing it adds nothing\.$/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await quit(fresh);

  expect(userDataSnapshot(path.join(fresh.dataDir, DATABASE_FILE))).toEqual(userDataSnapshot(path.join(source.dataDir, DATABASE_FILE)));
});

test('Delete all my data says what goes, and a backup brings it back', async () => {
  const app = await launch();
  const { page } = app;
  await createOpportunityWithInterview(page, { company: 'Northwind Traders', role: 'Operations Analyst', date: '2026-03-10' });
  await openSettings(page);
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete all my data?' });
  await expect(dialog).toContainText('This deletes 1 opportunity and 1 interview, with every review, plan and print queue item, and your settings.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await axe(page, 'the delete-all dialog');
  await dialog.getByRole('button', { name: 'Delete all my data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All your data was deleted. A backup of it is under “Before deleting all data”' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Northwind Traders/ })).toHaveCount(0);

  await page
    .getByRole('table', { name: 'Backups' })
    .getByRole('row', { name: /Before deleting all data/ })
    .getByRole('button', { name: 'Restore' })
    .click();
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('link', { name: /Northwind Traders/ }).first()).toBeVisible();
});
