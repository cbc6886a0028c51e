/**
 * What the core asks of the operating system. Electron's dialog and shell implement these
 * in the app; the e2e harness answers them from the test script. Nothing else is faked.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface DialogPort {
  /** The chosen path, or null when the user cancelled. */
  showSaveDialog(options: { title: string; defaultPath?: string; filters?: FileFilter[] }): Promise<string | null>;
  /** The chosen paths, or null when the user cancelled. */
  showOpenDialog(options: { title: string; filters?: FileFilter[]; multiple?: boolean }): Promise<string[] | null>;
}

/** Hands an already-vetted URL (mailto:, https:) to the system's mail app or browser. */
export type ExternalOpener = (url: string) => Promise<void>;

/** Shows a folder of the data folder (the backups) in the system's file manager. */
export type FolderOpener = (folder: string) => Promise<void>;

export interface OsPorts {
  dialogs: DialogPort;
  openExternal: ExternalOpener;
  /**
   * Optional so the many tests that never show a folder need not script it; the app and the
   * e2e harness always supply it, and without it "Show backups folder" says it cannot.
   */
  openFolder?: FolderOpener;
}
