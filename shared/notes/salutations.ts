/**
 * Greetings and closings in the forms people write them: American, British and Indian
 * usage ("Dear Ms. Silva,", "Respected Sir,", "Dear Mrs Obi" without a comma, "Tom,";
 * "Best regards,", "Yours faithfully", "Thanking you once again,", "Thanks & Regards,").
 * They frame a note; they are not its sentences, and their warm words are not flattery.
 */

const SALUTATION = /^(dear|respected|hi|hiya|hello|hey|good (?:morning|afternoon|evening|day)|greetings)\b/i;
// Words that may stand between the salutation and the comma: titles, names, "and", "team".
const NAME_WORD = /^(?:(?:mr|ms|mrs|mx|dr|prof|sir|madam)\.?|\p{Lu}\.|[\p{L}\p{M}'’-]+)$/iu;
const NAME_PUNCT = /^[,:;!—–-]+$/;
// "Tom," or "Ms. Chen," alone on the first line: a greeting without a salutation word.
const BARE_NAME = /^(?:(?:mr|ms|mrs|mx|dr|prof)\.?\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2}\s*[,:—–]\s*$/u;
const NOT_A_NAME = /^(thanks|thank|regards|sincerely|cheers|best|hello|hi|yes|no|so|well|also|again|unfortunately|finally|first|firstly|however|ok|okay)\b/i;

// A closing is one or more of these, joined by "and", "&" or a comma: "Thanks again and best regards".
const CLOSING_PART = [
  // "Regards", "Best wishes", "With all good wishes", "Warm regards", "Many thanks", "With regards"
  "(?:with\\s+)?(?:(?:best|kind|kindest|warm|warmest|good|all\\s+good|all\\s+best|many|sincere|heartfelt|fond|respectful|cordial|deepest)\\s+)?(?:regards|wishes|thanks)",
  "thanks(?:\\s+(?:again|once\\s+again|so\\s+much|a\\s+lot|very\\s+much))?",
  "thank\\s+you(?:\\s+(?:again|once\\s+again|so\\s+much|very\\s+much|for\\s+your\\s+(?:time|consideration)))?",
  "thanking\\s+you(?:\\s+(?:again|once\\s+again|in\\s+advance|for\\s+your\\s+(?:time|consideration)))?",
  'with\\s+(?:thanks|gratitude|appreciation|respect|best\\s+wishes)',
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
  if (delimited && delimited[1]!.trim().split(/\s+/).filter(Boolean).every((w) => NAME_WORD.test(w))) {
    const end = afterSalutation + delimited[0].length;
    const tail = line.slice(end);
    // Only more names ("Hi Ana, Ben, and Chloe,") keep the line whole; other words are the note itself.
    if (tail.trim().split(/\s+/).filter(Boolean).every((w) => /^(and|&)$/i.test(w) || NAME_PUNCT.test(w) || /^\p{Lu}[\p{L}\p{M}'’-]*[,:!]?$/u.test(w))) return line.trimEnd().length;
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

/**
 * A line that can follow a sign-off as part of the signature: a name, a title, a phone
 * number or an address — short, and not a sentence of its own.
 */
function isSignatureLine(line: string): boolean {
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
  let signature = 0;
  let found: number | null = null;
  let last: number | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
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
  if (found === null && last !== null && last > 0 && lines[last - 1]!.trim() === '' && isBareSignature(lines[last]!)) return last;
  return found;
}
