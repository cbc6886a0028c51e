/**
 * What the soak's writer types, one character per save: the notes after n keystrokes are
 * the first n characters of this text, repeated, so the parent knows each acknowledged value.
 */
const SAMPLE = 'Thank you for your time on Tuesday — Zoë and 王伟 made the Łódź depot plan clear. ';

export function typedAfter(keystrokes: number): string {
  return SAMPLE.repeat(Math.ceil(keystrokes / SAMPLE.length) + 1).slice(0, keystrokes);
}

/** Write n of a round is a keystroke, except every 25th, which adds a person and an interview instead. */
export function isKeystroke(n: number): boolean {
  return n % 25 !== 0;
}

/** The keystroke that follows keystroke n: the one write that can have landed after the last acknowledged one. */
export function nextKeystroke(n: number): number {
  let next = n + 1;
  while (!isKeystroke(next)) next += 1;
  return next;
}

/** One line per write the core acknowledged, appended (synchronously) once the write resolved. */
export type Ack =
  | { kind: 'opportunity'; id: string; company: string }
  | { kind: 'person'; id: string; fullName: string }
  | { kind: 'interview'; id: string; opportunityId: string }
  | { kind: 'typed'; id: string; keystrokes: number };

export const ACK_FILE = 'soak-acks.jsonl';
