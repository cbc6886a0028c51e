/**
 * Names, in words, the writing systems of characters no shipped font can draw, so the
 * queue can say "Afterword cannot print the Hebrew letters in …" instead of printing boxes.
 */
const SCRIPTS: Array<[name: string, test: RegExp]> = [
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Korean', /\p{Script=Hangul}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Bengali', /\p{Script=Bengali}/u],
  ['Tamil', /\p{Script=Tamil}/u],
  ['Telugu', /\p{Script=Telugu}/u],
  ['Gujarati', /\p{Script=Gujarati}/u],
  ['Gurmukhi', /\p{Script=Gurmukhi}/u],
  ['Kannada', /\p{Script=Kannada}/u],
  ['Malayalam', /\p{Script=Malayalam}/u],
  ['Sinhala', /\p{Script=Sinhala}/u],
  ['Khmer', /\p{Script=Khmer}/u],
  ['Lao', /\p{Script=Lao}/u],
  ['Myanmar', /\p{Script=Myanmar}/u],
  ['Ethiopic', /\p{Script=Ethiopic}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Syriac', /\p{Script=Syriac}/u],
  ['Thaana', /\p{Script=Thaana}/u],
  ['Tibetan', /\p{Script=Tibetan}/u],
  ['emoji', /\p{Extended_Pictographic}/u],
];

export function scriptNames(chars: readonly string[]): string[] {
  const names = new Set<string>();
  for (const ch of chars) names.add(SCRIPTS.find(([, test]) => test.test(ch))?.[0] ?? 'some');
  return [...names];
}

function listed(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** "Afterword cannot print the Hebrew letters in the name or address of דוד כהן: …" */
export function unprintableMessage(chars: readonly string[], where: string): string {
  const names = scriptNames(chars);
  const known = names.filter((n) => n !== 'some');
  const what = known.length > 0 ? `the ${listed(known)} ${known.includes('emoji') && known.length === 1 ? 'characters' : 'letters'}` : 'some characters';
  const shown = chars.slice(0, 8).join(' ');
  return `Afterword cannot print ${what} in ${where} (${shown}): they would come out as empty boxes. Write them in Latin letters, or print elsewhere.`;
}
