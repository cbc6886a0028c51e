/**
 * Greetings and closings in the forms people write them: American, British and Indian
 * usage ("Dear Ms. Silva,", "Respected Sir,", "Dear Mrs Obi" without a comma, "Tom,";
 * "Best regards,", "Yours faithfully", "Thanking you once again,", "Thanks & Regards,").
 * They frame a note; they are not its sentences, and their warm words are not flattery.
 */

const SALUTATION = /^(to whom it may concern|dear|respected|hi|hiya|hello|hey|good (?:morning|afternoon|evening|day)|greetings)\b/i;
// Words that may stand between the salutation and the comma: titles, names, "and", "team".
const NAME_WORD = /^(?:(?:mr|ms|mrs|mx|dr|prof|sir|madam)\.?|\p{Lu}\.|[\p{L}\p{M}'’-]+)$/iu;
const NAME_PUNCT = /^[,:;!—–-]+$/;
// "Tom," or "Ms. Chen," alone on the first line: a greeting without a salutation word.
const BARE_NAME = /^(?:(?:mr|ms|mrs|mx|dr|prof)\.?\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2}\s*[,:—–]\s*$/u;
const NOT_A_NAME = /^(thanks|thank|regards|sincerely|cheers|best|hello|hi|yes|no|so|well|also|again|unfortunately|finally|first|firstly|however|ok|okay)\b/i;

// A closing is one or more of these, joined by "and", "&" or a comma: "Thanks again and best regards".
const CLOSING_PART = [
  // "Regards", "Best wishes", "With all good wishes", "Warm regards", "Many thanks", "With regards"
  '(?:with\\s+)?(?:(?:best|kind|kindest|warm|warmest|good|all\\s+good|all\\s+best|many|sincere|heartfelt|fond|respectful|cordial|deepest)\\s+)?(?:regards|wishes|thanks)',
  // "With heartfelt gratitude", "With sincere appreciation", "In gratitude", "With many thanks and best wishes"
  '(?:with|in)\\s+(?:[a-z]+\\s+){0,2}(?:thanks|gratitude|appreciation|respect|regards|wishes)',
  'thanks(?:\\s+(?:again|once\\s+again|so\\s+much|a\\s+lot|very\\s+much))?',
  'thank\\s+you(?:\\s+(?:again|once\\s+again|so\\s+much|very\\s+much|for\\s+your\\s+(?:time|consideration)))?',
  'thanking\\s+you(?:\\s+(?:again|once\\s+again|in\\s+advance|for\\s+your\\s+(?:time|consideration)))?',
  'yours(?:\\s+(?:sincerely|truly|faithfully|respectfully|cordially|ever))?',
  '(?:sincerely|respectfully|cordially|faithfully|truly|ever)\\s+yours',
  'sincerely|respectfully|cordially|warmly|gratefully|best|all\\s+the\\s+best|cheers|talk\\s+soon|speak\\s+soon|take\\s+care',
].join('|');
const SIGN_OFF = new RegExp(`^\\s*(?:${CLOSING_PART})(?:\\s*(?:,|&|\\+|\\band\\b)\\s*(?:${CLOSING_PART}))*[,.!]?\\s*$`, 'i');

export function isSignOff(line: string): boolean {
  return SIGN_OFF.test(line);
}

/** Stock lines that belong to the greeting in some usage ("Greetings of the day."). */
export function isGreetingFormula(sentence: string): boolean {
  return /^(greetings of the day|season'?s greetings|warm greetings)[.!]?$/i.test(sentence.trim());
}

/** Where a greeting line's greeting ends: the whole line, or the salutation and the names before the text that follows. */
export function greetingEnd(line: string): number | null {
  const lead = line.length - line.trimStart().length;
  const salutation = SALUTATION.exec(line.trimStart());
  if (!salutation) {
    const t = line.trim();
    return BARE_NAME.test(t) && !NOT_A_NAME.test(t) ? line.trimEnd().length : null;
  }
  const afterSalutation = lead + salutation[0].length;
  const rest = line.slice(afterSalutation);
  // "Dear Ms. Silva," "Hi Ana and Ben!" "Good morning Dr. Okafor:" "Hi Carla -" — up to five name words, then a mark.
  const delimited = /^((?:\s+[^\s,:;!?]+){0,5}?)\s*([,:;!—–]|\s-\s|\s-\s*$)/u.exec(rest);
  if (
    delimited &&
    delimited[1]!
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .every((w) => NAME_WORD.test(w))
  ) {
    const end = afterSalutation + delimited[0].length;
    const tail = line.slice(end);
    // Only more names ("Hi Ana, Ben, and Chloe,") keep the line whole; other words are the note itself.
    if (
      tail
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .every((w) => /^(and|&)$/i.test(w) || NAME_PUNCT.test(w) || /^\p{Lu}[\p{L}\p{M}'’-]*[,:!]?$/u.test(w))
    )
      return line.trimEnd().length;
    return end;
  }
  // No mark after the names: a short line is all greeting; otherwise the capitalised names close it.
  const tokens = [...rest.matchAll(/\S+/g)];
  if (tokens.length <= 4 && tokens.every((t) => NAME_WORD.test(t[0].replace(/[.]$/, '')))) return line.trimEnd().length;
  let end = afterSalutation;
  for (const t of tokens.slice(0, 4)) {
    if (!/^(?:(?:mr|ms|mrs|mx|dr|prof)\.?|\p{Lu}[\p{L}\p{M}'’.-]*)$/iu.test(t[0]) || !/^\p{Lu}/u.test(t[0])) break;
    end = afterSalutation + (t.index ?? 0) + t[0].length;
  }
  return end;
}

// The labelled lines of a letter's heading in Indian and formal usage: "Date: 12/08/2025", "Subject: …", "Sub.", "Ref:", "Re:".
const HEADING_FIELD = /^(?:date|dated|subject|sub|ref|reference|re|place)(?:\s*:|\.:?|\s+[-–])\s*\S.{0,120}$/i;

/**
 * Where the letter's greeting is when a date and an inside address come before it (a letter
 * pasted whole from a word processor): the line of the greeting, or 0 when nothing precedes it.
 */
export function letterheadEnd(lines: string[]): number {
  let seen = 0;
  for (let i = 0; i < lines.length && seen <= 12; i++) {
    const t = lines[i]!.trim();
    if (t === '') continue;
    if (seen > 0 && SALUTATION.test(t) && greetingEnd(lines[i]!) !== null) return i;
    // A first line ending in a comma is a greeting ("Tom,"), except the Indian "To,"; below it, address lines may end in commas.
    if (HEADING_FIELD.test(t) || /^to,$/i.test(t)) {
      seen++;
      continue;
    }
    if (!isSignatureLine(t) || (seen === 0 && /,$/.test(t))) return 0;
    seen++;
  }
  return 0;
}

/**
 * A line that can follow a sign-off as part of the signature: a name, a title, a phone
 * number or an address — short, and not a sentence of its own.
 */
export function isSignatureLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 60 || t.split(/\s+/).length > 8) return false;
  if (SALUTATION.test(t)) return false;
  if (/[!?]["”’)]*$/.test(t)) return false;
  // A sentence ends with a lower-case word and a full stop; "Ph.D." and "Inc." do not.
  if (/(^|[\s(])\p{Ll}{3,}[.]["”’)]*$/u.test(t)) return false;
  return !/[.!?]\s+\p{L}/u.test(t.replace(/\b(?:mr|ms|mrs|mx|dr|prof|st|jr|sr|inc|ltd|co)\.\s/gi, ''));
}

/** A name alone on the last line, after a blank line: a signature even without a closing above it. */
function isBareSignature(line: string): boolean {
  return /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}$/u.test(line.trim()) && !isSignOff(line);
}

/**
 * Where the note's closing starts: the first of the sign-off lines ("Thank you again,",
 * "Best regards,") that only a signature follows, or a name alone at the end; null when
 * there is neither. "Thank you!" with more of the note after it is text, not a sign-off.
 */
export function signOffLine(lines: string[]): number | null {
  return closingBefore(lines, postscriptLine(lines) ?? lines.length);
}

// "P.S.", "PS:", "P.P.S." opening a line.
const POSTSCRIPT = /^\s*(?:P\.?\s?)?P\.?\s?S\.?(?:\s*[:,–—-])?\s+\S/;

/**
 * Where a postscript starts: a line opening with "P.S." below the closing and signature. It
 * is the writer's text, part of the body, though it stands after the name.
 */
export function postscriptLine(lines: string[]): number | null {
  for (let i = 1; i < lines.length; i++) if (POSTSCRIPT.test(lines[i]!)) return closingBefore(lines, i) !== null ? i : null;
  return null;
}

/** Where the lines a mail app adds at the very end ("Sent from my iPhone") start, or lines.length. */
export function trailerStart(lines: string[], limit = lines.length): number {
  let end = limit;
  while (end > 0 && (lines[end - 1]!.trim() === '' || isTrailer(lines[end - 1]!))) end--;
  return end;
}

/** The closing among lines[0, limit). */
function closingBefore(lines: string[], limit: number): number | null {
  let signature = 0;
  let found: number | null = null;
  let last: number | null = null;
  // A mail app's trailer ("Sent from my iPhone") comes after everything the writer wrote.
  const end = trailerStart(lines, limit);
  const trailer = end < limit && lines.slice(end, limit).some((l) => l.trim() !== '') ? end : null;
  for (let i = end - 1; i >= 0; i--) {
    const t = lines[i]!.trim();
    if (t.length === 0) continue;
    last ??= i;
    if (SIGN_OFF.test(t)) {
      found = i;
      continue;
    }
    if (found !== null) break;
    if (++signature > 5 || !isSignatureLine(t)) break;
  }
  if (found === null && last !== null) {
    // "With heartfelt gratitude," or a misspelt "Sincerly," — a short line ending in a comma with only a signature after it is a closing, whatever its words.
    const close = lastClosingLike(lines, last);
    if (close !== null) return close;
    // A first name alone at the end: after a blank line, or straight after a sentence that ended ("…keen on the role.\nAnanya").
    const prev = lines
      .slice(0, last)
      .reverse()
      .find((l) => l.trim() !== '');
    if (prev !== undefined && isBareSignature(lines[last]!) && (lines[last - 1]!.trim() === '' || /[.!?]["”’)]*$/.test(prev.trim()))) return last;
  }
  return found ?? trailer;
}

/** Lines a mail app adds below the message: "Sent from my iPhone", "Get Outlook for Android". */
export function isTrailer(line: string): boolean {
  return (
    /^\s*(?:sent from my\s+\S.*|sent (?:from|via|with)\s+(?:mail|outlook|gmail|yahoo|proton|my)\b.*|get outlook for\s+\S.*)$/i.test(line) &&
    line.trim().split(/\s+/).length <= 8
  );
}

/** A complimentary close the list above does not know: at most five words and a comma, the signature (a name, a title) right below it. */
function lastClosingLike(lines: string[], last: number): number | null {
  for (let i = last - 1; i >= 0 && last - i <= 6; i--) {
    const t = lines[i]!.trim();
    if (t === '') continue;
    if (/^[\p{L}'’ &-]+,$/u.test(t) && t.split(/\s+/).length <= 5 && !SALUTATION.test(t) && !/^(?:and|but|so|because|which)\b/i.test(t)) {
      const below = lines.slice(i + 1, last + 1).filter((l) => l.trim() !== '');
      return below.length > 0 && below.every((l) => isSignatureLine(l)) && /^\p{Lu}/u.test(below[0]!.trim()) ? i : null;
    }
    if (!isSignatureLine(t)) return null;
  }
  return null;
}
