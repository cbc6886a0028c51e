import type { Handlers } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/method-names';
import type { SettingsRepository } from '../repositories/settings-repository';

export function settingsHandlers(settings: SettingsRepository): Pick<Handlers, Extract<MethodName, `settings.${string}`>> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
  };
}
