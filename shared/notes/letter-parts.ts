import { sentences } from './note-text';

export interface LetterParts {
  /** "Dear Ana," when the letter starts with a greeting line; otherwise undefined. */
  salutation: string | undefined;
  /** The paragraphs between the greeting and the sign-off. */
  body: string;
}

/**
 * The letter as the user wrote it, split the way a printed block letter lays it out: the
 * salutation on its own, the body, and the sign-off and name left to the letter's layout
 * (which takes the closing and "Your name" from Settings).
 */
export function letterParts(text: string): LetterParts {
  const all = sentences(text);
  const first = all[0];
  const greeting = first?.formulaic ? first : undefined;
  const afterGreeting = greeting ? all.slice(1) : all;
  const firstBody = afterGreeting.findIndex((s) => !s.formulaic);
  const signOff = firstBody === -1 ? undefined : afterGreeting.slice(firstBody).find((s) => s.formulaic);
  const start = greeting ? greeting.end : 0;
  const end = signOff ? signOff.start : text.length;
  return { salutation: greeting?.text, body: text.slice(start, end).trim() };
}
