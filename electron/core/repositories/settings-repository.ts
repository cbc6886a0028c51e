import type { z } from 'zod';
import { settings as settingsSchema, type Settings, type settingsPatch } from '../../../shared/api/settings/schemas';
import { defaultSettings } from '../../../shared/print/settings-defaults';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;

/**
 * One settings document over defaults from the system locale. Each stored field is checked
 * on the way out, so a field a later version wrote differently falls back to its default
 * instead of breaking every letter.
 */
export function createSettingsRepository(db: Db, clock: Clock, systemLocale: string) {
  const read = () => db.prepare<[], { json: string }>('SELECT json FROM settings WHERE id = 1');
  const write = () =>
    db.prepare(
      `INSERT INTO settings (id, json, updated_at) VALUES (1, @json, @now)
       ON CONFLICT (id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at`,
    );
  const defaults = defaultSettings(systemLocale);

  function get(): Settings {
    const row = read().get();
    if (!row) return defaults;
    let stored: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(row.json);
      if (parsed && typeof parsed === 'object') stored = parsed as Record<string, unknown>;
    } catch {
      stored = {};
    }
    const merged: Record<string, unknown> = { ...defaults };
    for (const key of Object.keys(settingsSchema.shape) as Array<keyof Settings>) {
      const field = settingsSchema.shape[key].safeParse(stored[key]);
      if (field.success) merged[key] = field.data;
    }
    return settingsSchema.parse(merged);
  }

  return {
    get,
    update(patch: z.output<typeof settingsPatch>): Settings {
      const next = settingsSchema.parse({ ...get(), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) });
      write().run({ json: JSON.stringify(next), now: clock.now().toISOString() });
      return get();
    },
  };
}
