import { useMutation, useQuery } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/api/contract';
import { api, ApiError, ask } from '../../api';

export const userDataKeys = {
  all: ['user-data'] as const,
  summary: () => [...userDataKeys.all, 'summary'] as const,
  deleteMessage: (alsoBackups: boolean) => [...userDataKeys.all, 'delete-message', alsoBackups] as const,
};

export const useDataSummary = () => useQuery({ queryKey: userDataKeys.summary(), queryFn: () => ask('userData.summary', {}) });

/** What "Delete all my data" would delete, in the core's own words (its needs-confirmation message). */
export const useDeleteMessage = (alsoBackups: boolean) =>
  useQuery({
    queryKey: userDataKeys.deleteMessage(alsoBackups),
    queryFn: async () => {
      const asked = await api['userData.deleteAll']({ alsoBackups });
      if (!asked.ok && asked.error.code === 'needs-confirmation') return asked.error.message;
      if (!asked.ok) throw new ApiError(asked.error);
      throw new Error('Nothing was asked before deleting.');
    },
  });

export const useExportEverything = () => useMutation({ mutationFn: () => ask('userData.exportEverything', {}) });
export const useChooseImport = () => useMutation({ mutationFn: () => ask('userData.chooseImport', {}) });
export const useImportExport = () => useMutation({ mutationFn: (input: InputOf<'userData.import'>) => ask('userData.import', input) });
export const useDeleteAll = () => useMutation({ mutationFn: (alsoBackups: boolean) => ask('userData.deleteAll', { confirmed: true, alsoBackups }) });
