import { QueryClientProvider } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { RouterProvider } from 'react-router';
import { RecoveryGate } from '../features/backups/RecoveryGate';
import { ReopenDataContext } from './data-scope';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

/** The data cache and every view, built anew each time the data under them is replaced. */
function DataScope({ notice, onDismiss }: { notice: string | null; onDismiss(): void }) {
  const [client] = useState(createQueryClient);
  const [router] = useState(createAppRouter);
  return (
    <QueryClientProvider client={client}>
      <RecoveryGate>
        {notice ? (
          <div className="app-notice" role="status">
            <p>{notice}</p>
            <button type="button" onClick={onDismiss}>
              Dismiss
            </button>
          </div>
        ) : null}
        <RouterProvider router={router} />
      </RecoveryGate>
    </QueryClientProvider>
  );
}

/** The providers around everything: the data cache, then the router with every view. */
export function App() {
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const reopen = useCallback((message: string) => {
    setNotice(message);
    setGeneration((g) => g + 1);
  }, []);
  return (
    <ReopenDataContext.Provider value={reopen}>
      <DataScope key={generation} notice={notice} onDismiss={() => setNotice(null)} />
    </ReopenDataContext.Provider>
  );
}
