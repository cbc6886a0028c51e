import { describe, expect, it } from 'vitest';
import { bodySentences } from '../../../../shared/notes/note-text';
import { particularWords, readBody, specificEvidence, wordsAboutThem } from '../../../../shared/notes/specific-remark';
import { realTagger } from './tagger';

const ctx = { company: 'Harbour Freight Lines', role: 'Planning Clerk', recipientName: 'Dana Moss', keywords: new Set<string>() };
const note = (line: string) =>
  bodySentences(`Dear Dana,\n\nThank you for the interview on Tuesday.\n${line}\nI remain interested in the role.\n\nKind regards,\nSam Lee`);
const evidence = (line: string, keywords = new Set<string>()) => specificEvidence(note(line), { ...ctx, keywords }, realTagger());

describe('a specific remark', () => {
  it.each([
    ['Your depot in Hull loads forty lorries before six.', 'Hull'],
    ['The night planners still print the manifests for the drivers.', 'planners'],
    ['Seeing the cross-dock bays made the numbers you quoted real.', 'bays'],
    ['I liked the whiteboard of late trailers by the gatehouse.', 'whiteboard'],
  ])('“%s” names a concrete thing (%s)', (line, word) => {
    expect(evidence(line)).toMatchObject({ word });
  });

  it.each([
    ['I admire the company’s dedication to excellence and its reputation for integrity.'],
    ['I was impressed by its commitment to innovation and sustainability.'],
    ['I have no doubt that working with someone of your calibre would teach me a lot.'],
    ['It is clear your organisation values collaboration and creativity.'],
    ['I am a fast learner, a hard worker and a good communicator.'],
    ['I have used planning software before and I can start in June.'],
    ['I have strong skills in scheduling, and I am a reliable team player.'],
    ['I’m sure my background would be an asset, and I’ve been out of work for a year.'],
    ['Thank you SO much; I was glad to learn more about the firm in the city.'],
    ['I enjoyed learning about your products, your initiatives and your strategy.'],
  ])('“%s” is not specific', (line) => {
    expect(evidence(line)).toBe(false);
  });

  it('a capitalised word after a greeting nobody recognised is not a name', () => {
    const body = bodySentences('To whom it may concern,\nThank you for the opportunity to interview.\nI appreciate your consideration.\nSincerely,\nSam Lee');
    expect(specificEvidence(body, ctx, realTagger())).toBe(false);
  });

  it('something from their notes counts, but not when it is the writer’s own experience', () => {
    const keywords = particularWords(['Manifests are still printed every night', 'Wants to move trailers by barcode'], ctx.company, ctx.role, new Set());
    expect([...keywords].sort()).toEqual(['barcode', 'manifest', 'move', 'printed', 'trailer']);
    expect(evidence('Scanning the trailers by barcode would save the night desk an hour.', keywords)).toMatchObject({ why: 'notes' });
    expect(evidence('I have used barcode scanners for years.', keywords)).toBe(false);
    expect(wordsAboutThem(readBody(note('I have used barcode scanners for years.'))).map((w) => w.norm)).not.toContain('barcode');
  });
});

describe('the writer’s own clauses and nouns that refer to nothing', () => {
  it.each([
    ['I am comfortable with Excel, Tableau and Power BI, and I am learning more every week.'],
    ['I am a quick learner, a careful planner, and I work well under pressure.'],
    ['I have finished my B.Sc from Leeds University and have worked for three years at a haulier in Goole.'],
    ['At my last job I handled bookings for 300 trailers a week and the monthly KPI report for our director.'],
    ['In my placement I was responsible for the weekly depot reports, and I never missed a deadline.'],
    ['I am writing in regard to the Planning Clerk post.'],
    ['I enjoyed learning about the firm and its practice.'],
    ['Kindly let me know if any further documents are needed.'],
    ['I learned how important it is to share findings with people outside planning.'],
    ['My background is in customer service and team support.'],
    ['Harbour Freight Lines is a well-known name, and it was good to meet the team.'],
  ])('“%s” is about the writer or nothing in particular', (line) => {
    expect(evidence(line)).toBe(false);
  });

  it.each([
    ['Harbour Freight Lines is my dream employer, and watching the night shift load the Hull ferry was the best part.', 'Hull'],
    ['I have used route software before, and the gatehouse whiteboard you showed me would suit it.', 'gatehouse'],
    ['I am keen on the role, and the cross-dock trial sounds well planned.', 'trial'],
  ])('“%s” still has its concrete remark after the writer’s clause ends (%s)', (line, word) => {
    expect(evidence(line)).toMatchObject({ word });
  });
});
