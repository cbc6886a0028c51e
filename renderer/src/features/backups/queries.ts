import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ask } from '../../api';

export const backupKeys = {
  all: ['backups'] as const,
  list: () => [...backupKeys.all, 'list'] as const,
  recovery: () => [...backupKeys.all, 'recovery'] as const,
};

export const useBackups = () => useQuery({ queryKey: backupKeys.list(), queryFn: () => ask('backups.list', {}) });
export const useRecoveryStatus = () => useQuery({ queryKey: backupKeys.recovery(), queryFn: () => ask('recovery.status', {}) });

export function useBackUpNow() {
  const client = useQueryClient();
  return useMutation({ mutationFn: () => ask('backups.create', {}), onSuccess: () => client.invalidateQueries({ queryKey: backupKeys.list() }) });
}

export const useShowBackupsFolder = () => useMutation({ mutationFn: () => ask('backups.showFolder', {}) });

/** Restores a backup from the list, or one chosen from a file (null when the person cancelled). */
export const useRestore = () =>
  useMutation({ mutationFn: (which: { name: string } | 'file') => (which === 'file' ? ask('backups.restoreFromFile', {}) : ask('backups.restore', which)) });
