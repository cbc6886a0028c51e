/**
 * Which way the e2e tests launch Afterword: the real Electron app where its runtime is
 * installed (or AFTERWORD_E2E_TARGET=electron asks for it, and global-setup.ts installs it
 * with Electron's own installer), otherwise Chromium on the built renderer and the real core.
 */
import path from 'node:path';
import { findElectronPackage, installedExecutable } from '../../scripts/electron-runtime';

export type E2ETarget = 'electron' | 'browser';

export const ROOT = path.resolve(__dirname, '../..');

/** True when node_modules/electron holds its runtime, checked as its installer checks (without loading it). */
export function electronBinaryInstalled(env: NodeJS.ProcessEnv = process.env): boolean {
  const pkg = findElectronPackage(ROOT, env);
  return pkg !== null && installedExecutable(pkg, env) !== null;
}

export function chosenTarget(env: NodeJS.ProcessEnv = process.env): E2ETarget {
  const asked = env.AFTERWORD_E2E_TARGET;
  if (asked === 'electron' || asked === 'browser') return asked;
  if (asked) throw new Error(`AFTERWORD_E2E_TARGET must be "electron" or "browser", not "${asked}"`);
  return electronBinaryInstalled(env) ? 'electron' : 'browser';
}
