import type { Handlers } from '../../../shared/api/contract';
import type { SettingsMethod } from '../../../shared/api/settings/methods';
import type { Repositories } from '../repositories';

export function settingsHandlers({ settings }: Pick<Repositories, 'settings'>): Pick<Handlers, SettingsMethod> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
  };
}
