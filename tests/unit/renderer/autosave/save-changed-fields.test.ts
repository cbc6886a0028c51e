import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../electron/core/core';
import type { Settings } from '../../../../shared/api/settings/schemas';
import type { Result } from '../../../../shared/result';
import { saveChangedFields } from '../../../../renderer/src/autosave/save-changed-fields';
import { tempDir } from '../../helpers/temp-dir';

let core: Core | null = null;
afterEach(() => core?.close());

function open() {
  core = openCore(tempDir(), {
    appVersion: '0.0.0-test',
    logger: { info() {}, warn() {}, error() {} },
    locale: 'en-US',
    dialogs: { showSaveDialog: async () => null, showOpenDialog: async () => null },
    openExternal: async () => {},
  });
  const c = core;
  const sent: Array<Partial<Settings>> = [];
  const save = async (patch: Partial<Settings>) => {
    sent.push(patch);
    return (await c.dispatch('settings.update', patch)) as Result<Settings>;
  };
  const get = async () => ((await c.dispatch('settings.get', {})) as { value: Settings }).value;
  return { save, sent, get };
}

describe('Settings saves only what changed', () => {
  it('sends each changed field alone, and a refused field does not hold back the others', async () => {
    const { save, sent, get } = open();
    const { errors } = await saveChangedFields<Settings>({ yourName: 'Sam Rivera', locale: 'not a language!!', closing: 'Warm regards,' }, save);
    expect(sent).toEqual([{ yourName: 'Sam Rivera' }, { locale: 'not a language!!' }, { closing: 'Warm regards,' }]);
    expect(errors).toEqual({ locale: expect.stringMatching(/^Language for dates must be a language tag/) });
    const now = await get();
    expect(now.yourName).toBe('Sam Rivera');
    expect(now.closing).toBe('Warm regards,');
  });

  it('names the field inside a group, and clears it once that group saves', async () => {
    const { save, get } = open();
    const sheet = (await get()).customLabelSheet;
    const first = await saveChangedFields<Settings>({ customLabelSheet: { ...sheet, columns: 9 } }, save);
    expect(Object.keys(first.errors)).toEqual(['customLabelSheet.columns']);
    const second = await saveChangedFields<Settings>({ customLabelSheet: { ...sheet, columns: 2 } }, save, first.errors);
    expect(second.errors).toEqual({});
    expect((await get()).customLabelSheet.columns).toBe(2);
  });
});
