/** What the note checks report: one finding per problem, about a span of the text. */
export type Severity = 'error' | 'warning' | 'info';

export type FindingKind = 'similarity' | 'tone' | 'length' | 'structure' | 'personal' | 'spelling' | 'name' | 'gap';

export interface Span {
  start: number;
  end: number;
}

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** Written for the person writing the note, not for a developer. */
  message: string;
  /** The characters it is about; null when it is about the note as a whole. */
  span: Span | null;
  /** For a spelling finding, the word: suggestions are asked for only when the user looks at it. */
  word?: string;
  /** For a similarity finding, the key of the other note, so the two can be read side by side. */
  otherKey?: string;
}

const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Most serious first, then in reading order. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => order[a.severity] - order[b.severity] || (a.span?.start ?? -1) - (b.span?.start ?? -1));
}
