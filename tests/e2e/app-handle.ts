import type { Page } from '@playwright/test';

/** One running Afterword, whichever way it was launched; tests see only this. */
export interface AppHandle {
  page: Page;
  dataDir: string;
  close(): Promise<void>;
  /**
   * Ends the app as a crash would: no unload handlers, no timers that were still to run, no
   * clean database close. The data folder is left as the killed process left it on disk.
   */
  kill(): Promise<void>;
  answerNextSaveDialog(path: string | null): void;
  answerNextOpenDialog(paths: string[] | null): void;
  openedExternally(): string[];
}
