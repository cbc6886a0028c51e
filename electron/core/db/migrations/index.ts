import { migration0001 } from './0001-opportunities';
import type { Migration } from './migration';

export const migrations: readonly Migration[] = [migration0001];

export const latestSchemaVersion = migrations.length;
