/** Backups, restore, and recovery from data that cannot be opened; zod-free for the preload. */
export const backupMethodNames = [
  'backups.list',
  'backups.create',
  'backups.restore',
  'backups.restoreFromFile',
  'backups.showFolder',
  'recovery.status',
  'recovery.restore',
  'recovery.startEmpty',
] as const;

export type BackupMethod = (typeof backupMethodNames)[number];

/** What Afterword still answers while its data cannot be opened: recovery, and nothing else. */
export const recoveryMethodNames = ['app.info', 'backups.list', 'backups.showFolder', 'recovery.status', 'recovery.restore', 'recovery.startEmpty'] as const;
