import type { OutputOf } from '../../../../../shared/api/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../../electron/core/core';
import { scriptedDialogs } from '../../../helpers/scripted-dialogs';
import { tempDir } from '../../../helpers/temp-dir';
import { typedCalls } from '../../../helpers/typed-calls';

const cores: Core[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
});

/** The whole core on a real SQLite file: the summaries join what several features wrote. */
function coreAt(dataDir = tempDir()) {
  const { dialogs } = scriptedDialogs();
  const core = openCore(dataDir, { appVersion: 'test', locale: 'en-US', logger: { info() {}, warn() {}, error() {} }, dialogs, async openExternal() {} });
  cores.push(core);
  return { dataDir, core, ...typedCalls(core.dispatch) };
}

/** Two interviews at Acme (Ana and Ben in the first, Ana again in the second) and one at Globex. */
async function seed(must: ReturnType<typeof coreAt>['must']) {
  const acme = await must('opportunities.create', { company: 'Acme', role: 'Engineer' });
  const first = await must('interviews.create', { opportunityId: acme.id, date: '2026-11-19', title: 'Panel' });
  const second = await must('interviews.create', { opportunityId: acme.id, date: '2026-11-26' });
  const ana = await must('participants.add', {
    interviewId: first.id,
    person: { fullName: 'Ana Silva', title: 'Head of Platform', email: 'ana@acme.example' },
  });
  const ben = await must('participants.add', { interviewId: first.id, person: { fullName: 'Ben Okafor' } });
  await must('participants.add', { interviewId: second.id, personId: ana.person.id });
  await must('people.setRoles', { opportunityId: acme.id, personId: ana.person.id, roles: ['hiring-manager', 'interviewer'] });
  const email = await must('notes.save', { interviewId: first.id, personId: ana.person.id, kind: 'email', subject: 'Thanks', body: 'Dear Ana, thank you.' });
  await must('notes.setStatus', { id: email.id, status: 'sent' });
  await must('notes.save', { interviewId: first.id, personId: ben.person.id, kind: 'letter', body: 'Dear Ben,' });
  // Autosave writes a row at the first keystroke; one emptied again has not been started.
  await must('notes.save', { interviewId: first.id, personId: ben.person.id, kind: 'email', body: '' });
  await must('outcome.set', { interviewId: first.id, kind: 'rejection' });
  const globex = await must('opportunities.create', { company: 'Globex', role: 'Analyst' });
  const third = await must('interviews.create', { opportunityId: globex.id, date: '2026-12-01' });
  await must('participants.add', { interviewId: third.id, person: { fullName: 'Chloé Martin' } });
  await must('people.create', { fullName: 'Dana Roe', company: 'Initech' });
  return { acme, first, second, ana, ben };
}

describe('opportunities.overview', () => {
  it('lists each interview with who was met, the state of the notes to each, and the outcome, after a reopen', async () => {
    const before = coreAt();
    const { acme, first, second } = await seed(before.must);
    before.core.close();
    const { must } = coreAt(before.dataDir);

    const overview = await must('opportunities.overview', { id: acme.id });
    expect(overview.map((s) => s.interview.id)).toEqual([first.id, second.id]);
    expect(overview[0]).toMatchObject({
      outcome: 'rejection',
      people: [
        { fullName: 'Ana Silva', title: 'Head of Platform', roles: ['hiring-manager', 'interviewer'], email: 'sent', letter: null },
        { fullName: 'Ben Okafor', title: '', roles: ['interviewer'], email: null, letter: 'draft' },
      ],
    });
    expect(overview[1]).toMatchObject({ outcome: null, people: [{ fullName: 'Ana Silva', email: null, letter: null }] });
  });

  it('leaves out someone removed from the interview, and names an unknown opportunity', async () => {
    const { must, call } = coreAt();
    const { acme, first, ben } = await seed(must);
    await must('participants.remove', { interviewId: first.id, personId: ben.person.id });
    const overview = await must('opportunities.overview', { id: acme.id });
    expect(overview[0]!.people.map((p) => p.fullName)).toEqual(['Ana Silva']);
    const missing = await call('opportunities.overview', { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('people.directory', () => {
  it('lists everyone, met or not, each with every interview they were in (newest first) and the notes to them', async () => {
    const { must } = coreAt();
    const { first, second } = await seed(must);
    const page = await must('people.directory', {});
    expect(page).toMatchObject({ total: 4, nextOffset: null });
    const directory = page.entries;
    expect(directory.map((e) => e.person.fullName).sort()).toEqual(['Ana Silva', 'Ben Okafor', 'Chloé Martin', 'Dana Roe']);
    const ana = directory.find((e) => e.person.fullName === 'Ana Silva')!;
    expect(ana.person.email).toBe('ana@acme.example');
    expect(ana.interviews).toEqual([
      expect.objectContaining({ interviewId: second.id, company: 'Acme', role: 'Engineer', date: '2026-11-26', email: null, letter: null }),
      expect.objectContaining({ interviewId: first.id, title: 'Panel', roles: ['hiring-manager', 'interviewer'], email: 'sent', letter: null }),
    ]);
    expect(directory.find((e) => e.person.fullName === 'Dana Roe')!.interviews).toEqual([]);
    expect(await must('people.directoryEntry', { id: ana.person.id })).toEqual(ana);
  });

  it('pages through everyone by company, then name, people without a company last', async () => {
    const { must } = coreAt();
    await seed(must);
    for (const [fullName, company] of [
      ['Émile Zola', 'Électricité SA'],
      ['Al Bo', ''],
      ['Cy Do', 'electricite sa'],
    ] as const)
      await must('people.create', { fullName, company });
    const whole = (await must('people.directory', { limit: 1000 })).entries.map((e) => `${e.person.company}/${e.person.fullName}`);
    const paged: string[] = [];
    for (let offset: number | null = 0; offset !== null;) {
      const page: OutputOf<'people.directory'> = await must('people.directory', { offset, limit: 2 });
      paged.push(...page.entries.map((e) => `${e.person.company}/${e.person.fullName}`));
      offset = page.nextOffset;
    }
    expect(paged).toEqual(whole);
    expect(whole.at(-1)).toBe('/Al Bo');
    // Accents and case do not move a company: both spellings of Électricité sit together, under E.
    const at = (company: string) => whole.findIndex((w) => w.startsWith(`${company}/`));
    expect(Math.abs(at('Électricité SA') - at('electricite sa'))).toBe(1);
    expect(at('Électricité SA')).toBeLessThan(whole.length - 1);
  });
});

describe('interviews.listAll', () => {
  it('answers every interview with its opportunity, newest first, in one call', async () => {
    const { must } = coreAt();
    await seed(must);
    const all = await must('interviews.listAll', {});
    expect(all.map(({ interview, opportunity }) => `${opportunity.company} ${interview.date}`)).toEqual([
      'Globex 2026-12-01',
      'Acme 2026-11-26',
      'Acme 2026-11-19',
    ]);
  });
});
