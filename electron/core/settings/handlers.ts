import type { Handlers } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/method-names';
import type { Repositories } from '../repositories';

export function settingsHandlers({ settings }: Pick<Repositories, 'settings'>): Pick<Handlers, Extract<MethodName, `settings.${string}`>> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
  };
}
