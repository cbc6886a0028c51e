import type { ReactNode } from 'react';
import { FormError } from '../../components/FormError';
import { useRecoveryStatus } from './queries';
import { RecoveryView } from './RecoveryView';

/** The app when its data is open; the recovery screen when it could not be opened at start. */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const status = useRecoveryStatus();
  if (status.error) return <FormError error={status.error} />;
  if (!status.data) return null;
  if (status.data.state === 'needs-recovery') return <RecoveryView status={status.data} />;
  return <>{children}</>;
}
