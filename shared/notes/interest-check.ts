/**
 * Whether a note says the writer still wants the job, in any common wording: "I remain
 * interested", "I would be glad to join", "this is the role I most want", "I look forward
 * to hearing from you", "count me in". The writer must be the one who wants it: "you are
 * pleased to be part of the company" and "the team seemed excited" are someone else's
 * feelings, and a question ("When will you decide?") only implies it.
 */
const I = String.raw`\b(?:i|i'm|i'd|i'll|i've)\b`;
const WISH = String.raw`(?:join|work\s+(?:with|for|at|on|alongside|together)|contribute|help|be\s+(?:a\s+)?part|become\s+(?:a\s+)?part|bring|build|coordinate|learn\s+from|talk\s+(?:again|further|more)|continue|run|lead|support|jump\s+at|welcome|love\s+the\s+chance|like\s+the\s+chance|get\s+this|be\s+considered|grateful\s+for\s+(?:a|any|the)\s+(?:chance|opportunity))\b`;

const PATTERNS: RegExp[] = [
  // "I remain interested", "count me as still interested", "I am keen on the role", "I am eagerly waiting".
  new RegExp(String.raw`(?:${I}|\bme\b|^)(?:(?!\b(?:you|he|she|they|team)\b)[^.?!])*?\b(?<!\b(?:was|were)\s+(?:very\s+|so\s+|really\s+)?)(?:interested|keen|eager(?:ly)?|enthusiastic)\b(?!\s+to\s+(?:learn|hear|see|know|read)\b)`),
  /\bmy\s+(?:continued\s+|strong\s+|keen\s+|sincere\s+)?interest\b/,
  // "I would be glad to help", "I'd love the chance to", "I shall be glad to contribute", "I will do whatever it takes to get this".
  new RegExp(String.raw`\bi(?:'d|\s+would|\s+will|'ll|\s+shall)\b(?:\s+[\w']+){0,6}?\s+(?:to\s+)?${WISH}`),
  // "I look forward to", "Looking forward to hearing from you" (and its common misspellings).
  /(?:^|\bi\s+(?:also\s+|very\s+much\s+|truly\s+)?|\bi'm\s+|\bi\s+am\s+)look(?:ing)?\s+f\w{0,3}ward\s+to\b/,
  // "I hope to hear", "I want this job", "I really need this role", "I hope we get to work together".
  /\bi\s+(?:[\w']+\s+){0,2}?(?:want|hope|need)\s+(?:to\s+(?:join|work|be\s+part|contribute|hear|continue|talk|be\s+considered)|this\s+(?:job|role|position|post)|the\s+(?:job|role|position|post)\b)/,
  /\bhope\s+(?:that\s+)?we\s+(?:get\s+to|can|will)\s+work\b/,
  // "the one I most want", "a role I want", "exactly what I want to do next".
  /\b(?:role|job|position|post|one|what)\s+i\s+(?:[\w']+\s+)?want\b/,
  /\bcount\s+me\b|\b(?:choose|consider|hire|pick|select)\s+me\b|\bconsider\s+my\s+(?:candidature|candidacy|application)\b|\bget\s+this\s+(?:job|role|position|post)\b/,
  // "I am excited about the role", "beyond excited at the thought of joining you".
  new RegExp(String.raw`${I}(?:\s+am)?\s+(?:[\w']+\s+){0,2}?(?:excited|thrilled|delighted|glad|happy)\s+(?:about|by|at|to)\s+(?:the\s+(?:role|job|position|post|opportunity|chance|thought|prospect)|this|joining|working|join|work)\b`),
  /\bi\s+(?:can't|cannot|can not)\s+wait\s+to\s+(?:hear|join|start|work|begin)\b/,
];

export function statesInterest(sentences: string[]): boolean {
  return sentences.some((s) => {
    const t = s.toLowerCase().replace(/[’‘]/g, "'");
    return PATTERNS.some((p) => p.test(t));
  });
}
