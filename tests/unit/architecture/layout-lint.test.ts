/** The lint rules that keep the layout honest, run on code that breaks them. */
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(__dirname, '../../..') });

async function messagesFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(__dirname, '../../..', file) });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('layout lint rules', () => {
  it.each([
    ['shared/x.ts', "import { app } from 'electron';\nexport const a = app;", /shared\/ must not import Electron/],
    ['shared/x.ts', "import fs from 'node:fs';\nexport const a = fs;", /Node built-ins/],
    ['shared/x.ts', "import path from 'path';\nexport const a = path;", /Node built-ins/],
    ['shared/x.ts', 'export const a = document.title;', /document/],
    ['shared/x.ts', 'export const a = window.api;', /window/],
    ['shared/x.ts', "import { openCore } from '../electron/core/core';\nexport const a = openCore;", /imported by both sides/],
    ['shared/print/x.ts', "import type { Settings } from '../api/settings/schemas';\nexport type A = Settings;", /must not import the contract/],
    ['shared/print/x.ts', "import fs from 'node:fs';\nexport const a = fs;", /Node built-ins/],
    ['electron/core/x.ts', "import { dialog } from 'electron';\nexport const a = dialog;", /electron\/core must not import Electron/],
    ['electron/core/x.ts', "import { registerApi } from '../main/ipc';\nexport const a = registerApi;", /must not reach into main/],
    ['renderer/src/x.ts', "import fs from 'node:fs';\nexport const a = fs;", /renderer has no Node/],
    ['electron/core/x.ts', "import cp from 'node:child_process';\ncp.exec('lp ' + 'file');", /execFile/],
  ])('%s: %s is refused', async (file, code, expected) => {
    expect((await messagesFor(file, code)).join('\n')).toMatch(expected);
  });

  it('allows what each layer may use', async () => {
    expect(await messagesFor('shared/x.ts', "import { z } from 'zod';\nexport const a = z.string();")).toEqual([]);
    expect(await messagesFor('shared/api/x.ts', "import { paperSizes } from '../print/paper';\nexport const a = paperSizes;")).toEqual([]);
    expect(await messagesFor('electron/core/x.ts', "import fs from 'node:fs';\nexport const a = fs;")).toEqual([]);
  });
});
