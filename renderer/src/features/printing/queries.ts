import { useQuery } from '@tanstack/react-query';
import { ask } from '../../api';

export const printKeys = {
  all: ['print'] as const,
  queue: () => [...printKeys.all, 'queue'] as const,
  preview: (signature: string) => [...printKeys.all, 'preview', signature] as const,
  printers: () => [...printKeys.all, 'printers'] as const,
  offset: (printer: string) => [...printKeys.all, 'offset', printer] as const,
};

export const usePrintQueue = () => useQuery({ queryKey: printKeys.queue(), queryFn: () => ask('printQueue.list', {}) });
export const usePrinters = () => useQuery({ queryKey: printKeys.printers(), queryFn: () => ask('printers.list', {}) });
