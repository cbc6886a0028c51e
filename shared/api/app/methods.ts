/** About the app itself; zod-free for the preload. */
export const appMethodNames = ['app.info'] as const;

export type AppMethod = (typeof appMethodNames)[number];
