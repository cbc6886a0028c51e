import { migration0001 } from './0001-opportunities';
import { migration0002 } from './0002-people';
import type { Migration } from './migration';

export const migrations: readonly Migration[] = [migration0001, migration0002];

export const latestSchemaVersion = migrations.length;
