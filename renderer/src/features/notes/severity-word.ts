import type { Severity } from '../../../../shared/notes/finding';

/** How a finding's severity is said beside it: in words, not only in colour. */
export const severityWord: Record<Severity, string> = { error: 'Problem', warning: 'Warning', info: 'Note' };
