import nlp from 'compromise/two';
const s = process.argv[2]!;
console.log((nlp(s) as any).docs.flat().map((t: any) => `${t.text}:${[...t.tags].join('|')}`).join('  '));
