import { greetingEnd, isSignOff, postscriptLine, signOffLine, trailerStart } from './salutations';

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
  const lines = text.split('\n');
  const closing = signOffLine(lines);
  // The closing block may hold a thanks line before the closing itself ("Thank you again.",
  // "Sincerely,"): the letter keeps the thanks and leaves only the closing to the layout.
  let cut = closing;
  if (closing !== null) for (let i = closing; i < lines.length; i++) if (isSignOff(lines[i]!)) cut = i;
  const end = cut === null ? text.length : lines.slice(0, cut).join('\n').length;
  // A postscript below the name is the writer's text: it stays, after the body, and is never lost.
  const ps = cut === null ? null : postscriptLine(lines);
  const postscript = ps === null ? '' : `\n\n${lines.slice(ps, trailerStart(lines)).join('\n').trim()}`;
  const firstLine = lines.findIndex((l) => l.trim().length > 0);
  const offset = firstLine < 0 ? 0 : lines.slice(0, firstLine).join('\n').length + (firstLine > 0 ? 1 : 0);
  const greeting = firstLine >= 0 && (cut === null || firstLine < cut) ? greetingEnd(lines[firstLine]!) : null;
  if (greeting === null) return { salutation: undefined, body: text.slice(0, end).trim() + postscript };
  return { salutation: lines[firstLine]!.slice(0, greeting).trim(), body: text.slice(offset + greeting, end).trim() + postscript };
}
