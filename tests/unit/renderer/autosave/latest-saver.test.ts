import { describe, expect, it } from 'vitest';
import { createLatestSaver } from '../../../../renderer/src/autosave/latest-saver';
import type { Result } from '../../../../shared/result';
import type { SaveState } from '../../../../renderer/src/autosave/save-state';

/** A save whose answers the test releases one at a time, like IPC to a busy main process. */
function slowStore() {
  const stored: string[] = [];
  const started: string[] = [];
  const waiting: Array<() => void> = [];
  const save = (value: string) =>
    new Promise<Result<unknown>>((resolve) => {
      started.push(value);
      waiting.push(() => {
        stored.push(value);
        resolve({ ok: true, value: null });
      });
    });
  const release = async () => {
    waiting.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { stored, started, save, release, waiting };
}

describe('saving a note on every change', () => {
  it('sends every change at once, shows saving until the latest returns, and stores the latest text last', async () => {
    const store = slowStore();
    const states: SaveState['kind'][] = [];
    const saver = createLatestSaver(store.save, (s) => states.push(s.kind));
    const typed = ['D', 'De', 'Dea', 'Dear', 'Dear ', 'Dear A', 'Dear An', 'Dear Ana'];
    for (const t of typed) saver.push(t);
    // Nothing waits in the window for an answer: a kill now loses no keystroke.
    expect(store.started).toEqual(typed);
    await store.release();
    expect(states.at(-1)).toBe('saving');
    while (store.waiting.length > 0) await store.release();
    await saver.flush();
    expect(store.stored).toEqual(typed);
    expect(states.at(-1)).toBe('saved');
  });

  it('flush waits for every save in flight', async () => {
    const store = slowStore();
    const saver = createLatestSaver(store.save, () => {});
    saver.push('Thank you for the tour');
    saver.push('Thank you for the tour of the Leeds depot.');
    let flushed = false;
    void saver.flush().then(() => (flushed = true));
    await store.release();
    expect(flushed).toBe(false);
    await store.release();
    await saver.flush();
    expect(flushed).toBe(true);
    expect(store.stored.at(-1)).toBe('Thank you for the tour of the Leeds depot.');
  });

  it('reports a failed save and still saves the next change', async () => {
    let fail = true;
    const stored: string[] = [];
    const states: SaveState[] = [];
    const saver = createLatestSaver(
      async (v: string): Promise<Result<unknown>> => {
        if (fail) {
          fail = false;
          throw new Error('IPC closed');
        }
        stored.push(v);
        return { ok: true, value: null };
      },
      (s) => states.push(s),
    );
    saver.push('Dear Ana');
    await saver.flush();
    expect(states.at(-1)?.kind).toBe('error');
    saver.push('Dear Ana,');
    await saver.flush();
    expect(stored).toEqual(['Dear Ana,']);
    expect(states.at(-1)?.kind).toBe('saved');
  });
});
