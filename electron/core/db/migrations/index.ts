import { migration0001 } from './0001-opportunities';
import { migration0002 } from './0002-people';
import { migration0003 } from './0003-notes';
import { migration0004 } from './0004-printing';
import { migration0005 } from './0005-follow-through';
import { migration0006 } from './0006-people-keys';
import { migration0007 } from './0007-calendar-exports';
import { migration0008 } from './0008-follow-through-drafts';
import { migration0009 } from './0009-print-jobs';
import { migration0010 } from './0010-company-keys';
import { migration0011 } from './0011-reference-keys';
import { migration0012 } from './0012-plan-cache';
import { migration0013 } from './0013-people-search';
import { migration0014 } from './0014-card-photos';
import type { Migration } from './migration';

export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
];

export const latestSchemaVersion = migrations.length;
