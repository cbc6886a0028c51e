import { useQuery } from '@tanstack/react-query';
import { ask } from '../../api';

export const settingsKeys = { all: ['settings'] as const };

/** The sender and the print defaults; letters, notes and the print queue read them. */
export const useSettings = () => useQuery({ queryKey: settingsKeys.all, queryFn: () => ask('settings.get', {}) });
