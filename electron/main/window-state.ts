import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface SavedWindowState extends WindowBounds {
  maximized: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const FILE = 'window-state.json';
const DEFAULT: SavedWindowState = { width: 1200, height: 800, maximized: false };

const savedState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});

export function loadWindowState(dataDir: string): SavedWindowState {
  try {
    const parsed = savedState.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, FILE), 'utf8')));
    return parsed.success ? parsed.data : DEFAULT;
  } catch {
    return DEFAULT;
  }
}

export function saveWindowState(dataDir: string, state: SavedWindowState): void {
  try {
    fs.writeFileSync(path.join(dataDir, FILE), JSON.stringify(state));
  } catch {
    // Losing the window position is not worth an error dialog.
  }
}

/**
 * A remembered position is only used if most of the window lands on a screen that is
 * still attached; otherwise the window opens centred with its remembered size.
 */
export function placeOnScreens(state: SavedWindowState, workAreas: readonly Rect[]): WindowBounds {
  const { x, y, width, height } = state;
  if (x === undefined || y === undefined) return { width, height };
  const visible = workAreas.some((area) => {
    const overlapW = Math.min(x + width, area.x + area.width) - Math.max(x, area.x);
    const overlapH = Math.min(y + height, area.y + area.height) - Math.max(y, area.y);
    return overlapW >= Math.min(200, width) && overlapH >= Math.min(100, height) && y >= area.y - 10;
  });
  return visible ? { x, y, width, height } : { width, height };
}
