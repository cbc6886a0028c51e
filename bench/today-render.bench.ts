/**
 * Today's first render in the e2e harness (the browser target: Chromium on the built
 * renderer, each call to the real core): from the click on "Today" until its first step can
 * be acted on, on the 1,000-interview folder against the 10-interview one. Each time the
 * page is loaded afresh first, so nothing comes from TanStack Query's cache.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchApp, type AppHandle } from '../tests/e2e/harness';
import type { Benchmark, Workload } from './harness';
import { folder } from './scale.bench';

const ROOT = path.resolve(__dirname, '..');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** The built renderer, built again when a source is newer: the figure is for the code as it stands. */
function ensureBuilt(): void {
  const built = path.join(ROOT, 'out/renderer/index.html');
  const sources = Math.max(newest(path.join(ROOT, 'renderer')), newest(path.join(ROOT, 'shared')), newest(path.join(ROOT, 'electron')));
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources) return;
  execFileSync(path.join(ROOT, 'node_modules/.bin/electron-vite'), ['build'], { cwd: ROOT, stdio: 'ignore' });
}

const apps: AppHandle[] = [];

function firstRender(size: 'ten' | 'thousand'): () => Promise<Workload> {
  return async () => {
    ensureBuilt();
    const app = await launchApp({ dataDir: await folder(size) });
    apps.push(app);
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    return async () => {
      await page.goto('http://afterword.localhost/index.html#/settings');
      await page.getByRole('heading', { name: 'Settings', exact: true }).waitFor();
      // The first screen as the user sees it before the click: the opportunities listed beside it.
      await page.getByRole('complementary', { name: 'Opportunities' }).getByRole('link').first().waitFor();
      const start = performance.now();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
      // Usable: the first step is drawn with its buttons ready to press.
      await page.locator('.ft-today-item').first().getByRole('button').first().waitFor({ state: 'visible' });
      return performance.now() - start;
    };
  };
}

export const benchmarks: Benchmark[] = [
  {
    name: "Today's first render in the browser harness at 1,000 interviews, click to usable",
    unit: 'click',
    setup: firstRender('thousand'),
    baseline: { name: 'the same at 10 interviews', setup: firstRender('ten') },
    targetMs: 300,
    timing: { rounds: 5, minRoundMs: 0, warmMs: 0 },
    async teardown() {
      for (const app of apps.splice(0)) await app.close();
    },
  },
];
