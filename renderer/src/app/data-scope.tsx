import { createContext, useContext } from 'react';

/**
 * Starts everything in the window afresh on data that changed under it all at once (a
 * restore, an import, "Delete all my data", a recovery): a new data cache and new views, at
 * the same address, with a sentence saying what happened. The window itself stays.
 */
export type ReopenData = (notice: string) => void;

export const ReopenDataContext = createContext<ReopenData>(() => {
  throw new Error('ReopenDataContext is provided by App');
});

export const useReopenData = (): ReopenData => useContext(ReopenDataContext);
