/** Everything the person has, out (export) and in (import), and deleting it all; zod-free for the preload. */
export const userDataMethodNames = ['userData.exportEverything', 'userData.chooseImport', 'userData.import', 'userData.summary', 'userData.deleteAll'] as const;

export type UserDataMethod = (typeof userDataMethodNames)[number];
