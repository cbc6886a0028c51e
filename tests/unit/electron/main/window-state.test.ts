import { describe, expect, it } from 'vitest';
import { loadWindowState, placeOnScreens, saveWindowState } from '../../../../electron/main/window-state';
import { tempDir } from '../../helpers/temp-dir';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitorRight = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('window state', () => {
  it('remembers size, place and maximised state across runs', () => {
    const dir = tempDir();
    saveWindowState(dir, { x: 1500, y: 40, width: 1000, height: 700, maximized: true });
    expect(loadWindowState(dir)).toEqual({ x: 1500, y: 40, width: 1000, height: 700, maximized: true });
  });

  it('falls back to defaults when the file is missing or damaged', () => {
    expect(loadWindowState(tempDir())).toMatchObject({ width: 1200, height: 800, maximized: false });
  });

  it('keeps a position on an attached screen and drops one on a screen that was unplugged', () => {
    const state = { x: 1500, y: 40, width: 1000, height: 700, maximized: false };
    expect(placeOnScreens(state, [laptop, monitorRight])).toEqual({ x: 1500, y: 40, width: 1000, height: 700 });
    expect(placeOnScreens(state, [laptop])).toEqual({ width: 1000, height: 700 });
  });
});
