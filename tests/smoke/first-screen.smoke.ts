/**
 * A packaged Afterword (AppImage, installed .deb, installed NSIS app, the app from the dmg)
 * starts as a person starts it, with Chromium's sandbox on, opens a fresh data folder and
 * shows its first screen: the page came from app://, the core answered over IPC from the
 * database it created in that folder, and the build is this version.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DATABASE_FILE } from '../../electron/core/db/open-database';
import { latestSchemaVersion } from '../../electron/core/db/migrations';
import { APP_ENTRY_URL } from '../../electron/main/app-protocol';
import type { Api } from '../../shared/api/contract';
import { launchApp } from '../e2e/harness';

const ROOT = path.resolve(__dirname, '../..');

function packagedExecutable(env: NodeJS.ProcessEnv = process.env): string {
  const executable = env.AFTERWORD_PACKAGED_APP;
  if (!executable) throw new Error('Set AFTERWORD_PACKAGED_APP to the packaged Afterword executable to launch.');
  if (!fs.existsSync(executable)) throw new Error(`AFTERWORD_PACKAGED_APP names ${executable}, which does not exist.`);
  return executable;
}

test('the packaged app opens a fresh data folder and shows its first screen', async () => {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterword-smoke-'));
  expect(fs.readdirSync(dataDir)).toEqual([]);
  const app = await launchApp({ dataDir, packagedExecutable: packagedExecutable() });
  try {
    const { page } = app;
    await expect(page).toHaveURL(APP_ENTRY_URL);
    await expect(page).toHaveTitle('Afterword');
    await expect(page.getByRole('button', { name: 'New opportunity' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Opportunities' })).toBeVisible();
    const info = await page.evaluate(() => (globalThis as unknown as { api: Api }).api['app.info']({}));
    expect(info).toEqual({ ok: true, value: { version, dataDir: path.resolve(dataDir), schemaVersion: latestSchemaVersion } });
    expect(fs.existsSync(path.join(dataDir, DATABASE_FILE))).toBe(true);
    await page.screenshot({ path: test.info().outputPath('first-screen.png') });
  } finally {
    await app.close();
  }
});
