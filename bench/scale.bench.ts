/**
 * A long job search: 1,000 opportunities, 1,000 interviews over the past year, 3,000
 * interviewers with notes about each, 7,000 more contacts (10,000 people), every step still
 * open — built through the core's dispatch. Each figure is a ratio to the same work on a
 * 100- or 10-interview folder, or to one plain query over the same tables, in the same run.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { openCore, type Core } from '../electron/core/core';
import { DATABASE_FILE } from '../electron/core/db/open-database';
import type { InputOf } from '../shared/api/contract';
import type { MethodName } from '../shared/api/method-names';
import type { Benchmark, Workload } from './harness';
import { benchPorts, buildLargeFolder, typedCore, type FolderSize } from './large-folder';

const SIZES = {
  ten: { opportunities: 10, interviews: 10, perInterview: 3 },
  hundred: { opportunities: 100, interviews: 100, perInterview: 3 },
  thousand: { opportunities: 1000, interviews: 1000, perInterview: 3, extraPeople: 7000 },
} satisfies Record<string, FolderSize>;
type Size = keyof typeof SIZES;

const folders = new Map<Size, Promise<string>>();
/** Each folder is built once per run, on first use. */
export function folder(size: Size): Promise<string> {
  let built = folders.get(size);
  if (!built) {
    built = buildLargeFolder(SIZES[size]);
    folders.set(size, built);
  }
  return built;
}

const open: Core[] = [];
async function coreOn(size: Size): Promise<{ core: Core; must: ReturnType<typeof typedCore> }> {
  const core = openCore(await folder(size), benchPorts());
  open.push(core);
  return { core, must: typedCore(core) };
}
function closeAll(): void {
  for (const core of open.splice(0)) core.close();
}

/** What the opportunity view asks for: the opportunity, its overview, and each interview's plan (its next step). */
function openingAnOpportunity(size: Size): () => Promise<Workload> {
  return async () => {
    const { must } = await coreOn(size);
    const opportunities = await must('opportunities.list', {});
    return async (i) => {
      const { id } = opportunities[i % opportunities.length]!;
      await must('opportunities.get', { id });
      const overview = await must('opportunities.overview', { id });
      await Promise.all(overview.map((s) => must('plan.forInterview', { interviewId: s.interview.id })));
    };
  };
}

/** One call through the dispatch, the same each time, on a core opened on the folder once. */
function calling<M extends MethodName>(size: Size, method: M, input: InputOf<M>): () => Promise<Workload> {
  return async () => {
    const { must } = await coreOn(size);
    return async () => {
      await must(method, input);
    };
  };
}

const QUERIES = ['inventory', 'łukasz', 'zoe nowak', 'talent recruiter', 'weekly cycle', 'jose', 'Contact69'];

function searching(size: Size): () => Promise<Workload> {
  return async () => {
    const { must } = await coreOn(size);
    return async (i) => {
      await must('people.search', { query: QUERIES[i % QUERIES.length]! });
    };
  };
}

/** One plain query over the same tables: the floor any search of them pays. */
function countingPeople(size: Size): () => Promise<Workload> {
  return async () => {
    const db = new Database(path.join(await folder(size), DATABASE_FILE), { readonly: true });
    const count = db.prepare('SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM interview_participants) AS n');
    return () => {
      count.get();
    };
  };
}

function opening(size: Size): () => Promise<Workload> {
  return async () => {
    const dir = await folder(size);
    return () => openCore(dir, benchPorts()).close();
  };
}

/** A print queue of 300 items: the ready letters to 150 interviewers of the 100-interview folder, each with its envelope. */
async function printQueueOf(size: Size, letters: number): Promise<ReturnType<typeof typedCore>> {
  const { must } = await coreOn(size);
  const queue = await must('printQueue.list', {});
  if (queue.length > 0) return must;
  await must('settings.update', { yourName: 'Sam Lee', returnAddress: '742 Evergreen Terrace\nSpringfield, IL 62704' });
  let written = 0;
  for (const { interview } of await must('interviews.listAll', {})) {
    if (written >= letters) break;
    const people = await must('participants.list', { interviewId: interview.id });
    for (const { person } of people) {
      await must('people.update', {
        id: person.id,
        address: { lines: [`${100 + written} Pike Street`], city: 'Seattle', region: 'WA', postalCode: '98101', country: 'US' },
      });
      const body = `Dear ${person.givenName},\n\nThank you for the time you gave me on ${interview.date}. I learned how the team plans its week.\n\nI remain interested in the position.\n\nSincerely,\nSam Lee`;
      const note = await must('notes.save', { interviewId: interview.id, personId: person.id, kind: 'letter', body });
      await must('notes.setStatus', { id: note.id, status: 'ready' });
      written++;
    }
    await must('printQueue.addForInterview', { interviewId: interview.id, letters: true, envelopes: true, labels: false });
  }
  return must;
}

function printQueueList(size: Size, letters: number): () => Promise<Workload> {
  return async () => {
    const must = await printQueueOf(size, letters);
    return async () => {
      await must('printQueue.list', {});
    };
  };
}

function prepView(size: Size): () => Promise<Workload> {
  return async () => {
    const { must } = await coreOn(size);
    const [latest] = await must('interviews.listAll', {});
    return async () => {
      await must('learning.prep', { interviewId: latest!.interview.id });
      await must('learning.stats', {});
    };
  };
}

export const benchmarks: Benchmark[] = [
  {
    name: 'plan.today at 1,000 interviews (3,000 interviewers, all steps open)',
    unit: 'call',
    setup: calling('thousand', 'plan.today', {}),
    baseline: { name: 'plan.today at 100 interviews', setup: calling('hundred', 'plan.today', {}) },
    targetMs: 50,
    targetRatio: 5,
    teardown: closeAll,
  },
  {
    name: 'opening an opportunity at 1,000 interviews (opportunities.get, .overview, plan.forInterview for each interview)',
    unit: 'opportunity',
    setup: openingAnOpportunity('thousand'),
    baseline: { name: 'the same at 10 interviews', setup: openingAnOpportunity('ten') },
    teardown: closeAll,
  },
  {
    name: 'people.search over 10,000 people and their interview notes',
    unit: 'query',
    setup: searching('thousand'),
    baseline: { name: 'SELECT count(*) over people and interview_participants', setup: countingPeople('thousand') },
    targetMs: 20,
    teardown: closeAll,
  },
  {
    name: 'opening the core on 10,000 people and 1,000 interviews',
    unit: 'open and close',
    setup: opening('thousand'),
    baseline: { name: 'opening the core on 10 interviews', setup: opening('ten') },
  },
  {
    name: 'the People view (people.directory, its first page of 200) with 10,000 people',
    unit: 'call',
    setup: calling('thousand', 'people.directory', {}),
    baseline: { name: 'the same with 30 people', setup: calling('ten', 'people.directory', {}) },
    teardown: closeAll,
  },
  {
    name: 'the opportunity list (opportunities.list) with 1,000 opportunities',
    unit: 'call',
    setup: calling('thousand', 'opportunities.list', {}),
    baseline: { name: 'the same with 10', setup: calling('ten', 'opportunities.list', {}) },
    teardown: closeAll,
  },
  {
    name: 'the print queue (printQueue.list) with 300 items (150 letters, 150 envelopes)',
    unit: 'call',
    setup: printQueueList('hundred', 150),
    baseline: { name: 'the same with 12 items (6 letters, 6 envelopes)', setup: printQueueList('ten', 6) },
    teardown: closeAll,
  },
  {
    name: 'the prep view (learning.prep and learning.stats) at 1,000 interviews',
    unit: 'view',
    setup: prepView('thousand'),
    baseline: { name: 'the same at 10 interviews', setup: prepView('ten') },
    teardown: closeAll,
  },
];
