import { describe, expect, it } from 'vitest';
import { plainLetter, voteLine, voteSpelling } from '../../../../shared/card-scan/spelling-vote';
import { modelCharset } from '../../helpers/model-charsets';

const LANGS = ['fra', 'deu', 'spa', 'nor', 'nld', 'hun'] as const;
const charsets = Object.fromEntries(LANGS.map((l) => [l, modelCharset(l)]));

/** Readings as the six line models gave them on the benchmark's phone photos ("text:confidence"). */
function readings(line: Partial<Record<(typeof LANGS)[number], string>>) {
  return Object.entries(line).map(([l, r]) => {
    const [text, conf] = r!.split(':');
    return { text: text!, confidence: Number(conf), charset: charsets[l]! };
  });
}

describe('spelling vote', () => {
  it('knows which letters each real model can write', () => {
    expect(charsets.spa!.has('ñ')).toBe(true);
    expect(charsets.fra!.has('ú')).toBe(false);
    expect(charsets.nor!.has('ø')).toBe(true);
    expect(charsets.deu!.has('ß')).toBe(true);
    expect(charsets.nld!.has('ß')).toBe(false);
  });

  it.each([
    // A model without ú and ñ writes its nearest letters; only models that have them decide.
    ['Núñez', { fra: 'Nûñez:69', deu: 'Nünez:72', spa: 'Núñez:96', nor: 'Nunez:60', nld: 'Núfiez:89', hun: 'Núfiez:90' }],
    // Six models read "Soren" because they cannot write ø; the two that can, read ø.
    ['Søren', { fra: 'Soren:92', deu: 'Soren:87', spa: 'Soren:96', nor: 'Søren:96', nld: 'Sgren:92', hun: 'Soren:87' }],
    ['Löwe', { fra: 'Lôwe:37', deu: 'Löwe:96', spa: 'Lówe:93', nor: 'Löwe:92', nld: 'Löwe:93', hun: 'Löwe:95' }],
    ['Jörg', { fra: 'Jôrg:80', deu: 'Jörg:93', spa: 'Jórg:55', nor: 'Jörg:96', nld: 'Jörg:94', hun: 'Jörg:95' }],
    // Only German writes ß; the others' guesses (B, fi, l) are what a model without it writes.
    ['Weiß', { fra: 'WeifB:31', deu: 'Weiß:96', spa: 'Weifi:81', nor: 'WeiRBk:8', nld: 'Weil:77', hun: 'WeiB:53' }],
    ['Agnès', { fra: 'Agnès:95', deu: 'Agnes:93', spa: 'Agnes:27', nor: 'Agnés:90', nld: 'Agnès:88', hun: 'Agnés:91' }],
    // A plain name stays plain when one model alone adds an accent the others could have read.
    ['Martin', { fra: 'Martin:96', deu: 'Martin:55', spa: 'Martín:60', nor: 'Martin:96', nld: 'Martin:80', hun: 'Martin:88' }],
    // A word misread by some is settled by the readers who agree.
    ['Marta', { fra: 'Märrta:37', deu: 'Matrta:4', spa: 'Marta:81', nor: 'Merta:20', nld: 'MTrta:24', hun: 'Marta:57' }],
  ])('settles %s', (expected, line) => {
    expect(voteSpelling(readings(line))?.text).toBe(expected);
  });

  it('keeps the page reader’s spelling unless a new one beats it by a confident reading', () => {
    // Printed "Weiss" and "Sorensen": the one model that writes ß or ø, unsure, does not decide alone.
    const weiss = voteSpelling(readings({ fra: 'Weiss:90', deu: 'Weiß:50', spa: 'Weiss:92', nor: 'Weiss:90', nld: 'Weiss:91', hun: 'Weiss:93' }), 'Weiss');
    expect(weiss?.text).toBe('Weiss');
    expect(voteSpelling(readings({ fra: 'Sorensen:95', deu: 'Sorensen:93', nor: 'Sørensen:40', nld: 'Sorensen:90' }), 'Sorensen')?.text).toBe('Sorensen');
    // A confident one does, and a change only one reading tells apart is marked less sure.
    const søren = voteSpelling(readings({ fra: 'Soren:92', deu: 'Soren:87', spa: 'Soren:96', nor: 'Søren:96', hun: 'Soren:87' }), 'Soren');
    expect(søren).toEqual({ text: 'Søren', agreement: 0.8 });
    // One low reading alone changes nothing.
    expect(voteSpelling(readings({ hun: 'Arna:10' }), 'Anna')?.text).toBe('Anna');
  });

  it('reads capitals’ stand-ins in a name printed in capitals', () => {
    expect(voteSpelling(readings({ spa: 'NÚÑEZ:95', nld: 'NÚFIEZ:90', hun: 'NÚFIEZ:90', fra: 'NUÑEZ:80' }), 'NUNEZ')?.text).toBe('NÚÑEZ');
  });

  it('says how far the readings agree', () => {
    expect(voteSpelling(readings({ fra: 'Rossi:95', deu: 'Rossi:96', spa: 'Rossi:96' }))).toEqual({ text: 'Rossi', agreement: 1 });
    expect(voteSpelling(readings({ fra: 'Märrta:37', spa: 'Marta:81', hun: 'Marta:57' }))!.agreement).toBeLessThan(0.8);
    expect(voteSpelling([])).toBeNull();
  });

  it('takes letters apart from their accents, letters with no decomposition included', () => {
    expect(['ú', 'Ø', 'ß', 'æ', 'ő', 'e'].map(plainLetter)).toEqual(['u', 'O', 's', 'a', 'o', 'e']);
  });

  it('votes word by word where the readings lie over the page words, keeping the words’ own marks', () => {
    const page = [
      { text: 'Dr.', box: { x0: 0, y0: 0, x1: 60, y1: 40 } },
      { text: 'Olivia', box: { x0: 80, y0: 0, x1: 240, y1: 40 } },
      { text: 'Nunez,', box: { x0: 260, y0: 0, x1: 420, y1: 44 } },
    ];
    const word = (text: string, x0: number, x1: number, confidence = 95) => ({ text, confidence, box: { x0, y0: 2, x1, y1: 42 } });
    const line = voteLine(page, [
      { charset: charsets.spa!, words: [word('Dr', 0, 58), word('Olivia', 82, 238), word('Núñez', 262, 400)] },
      // A reading that splits a word gives it as one: "Nú" + "fiez".
      { charset: charsets.nld!, words: [word('Olivia', 82, 238), word('Nú', 262, 300), word('fiez', 302, 400)] },
      { charset: charsets.fra!, words: [word('|', 0, 8, 90), word('Olivia', 82, 238), word('Nûñez', 262, 400, 69)] },
    ]);
    expect(line.text).toBe('Dr. Olivia Núñez,');
    // A reading that runs two page words together has no say on either.
    const particles = [
      { text: 'van', box: { x0: 0, y0: 0, x1: 60, y1: 40 } },
      { text: 'der', box: { x0: 75, y0: 0, x1: 130, y1: 40 } },
      { text: 'Berg', box: { x0: 150, y0: 0, x1: 240, y1: 40 } },
    ];
    const merged = voteLine(particles, [
      { charset: charsets.nld!, words: [word('vander', 0, 130), word('Berg', 150, 240)] },
      { charset: charsets.deu!, words: [word('van', 0, 60), word('der', 75, 130), word('Berg', 150, 240)] },
    ]);
    expect(merged.text).toBe('van der Berg');
    // A page word no reading covers stays as the page reader read it.
    expect(voteLine([{ text: 'Lone', box: { x0: 0, y0: 0, x1: 10, y1: 10 } }], []).text).toBe('Lone');
  });
});
