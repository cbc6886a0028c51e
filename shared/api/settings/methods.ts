/** The user's own details and print preferences; zod-free for the preload. */
export const settingsMethodNames = ['settings.get', 'settings.update'] as const;

export type SettingsMethod = (typeof settingsMethodNames)[number];
