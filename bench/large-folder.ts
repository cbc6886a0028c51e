/**
 * A data folder as a long job search leaves it, built through the core's own dispatch (the
 * same validation and writes the app makes): opportunities, each with its interviews spread
 * over the past months, three interviewers at each, with notes about them, and every step
 * still open. The benchmarks open it again with a fresh core, as the app does at start-up.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MethodName } from '../shared/api/method-names';
import type { InputOf, OutputOf } from '../shared/api/contract';
import { openCore, type Core, type CorePorts } from '../electron/core/core';
import type { PrintSystem } from '../electron/core/printing/print-system/print-system';
import { addCalendarDays } from '../shared/domain/calendar-date';

/** Never asked: opening the core only looks for jobs still printing, and there are none. */
export const noPrinting: PrintSystem = {
  listPrinters: async () => [],
  serviceProblem: async () => null,
  print: async () => ({ jobId: 'none' }),
  jobStatus: async () => new Map(),
};

/** The benchmarks' "now": the folder is laid out around the day it runs, as the browser harness (on the system clock) sees it. */
export const BENCH_NOW = new Date();

export function benchPorts(now: Date = BENCH_NOW): CorePorts {
  return {
    appVersion: 'bench',
    logger: { info() {}, warn() {}, error() {} },
    locale: 'en-US',
    clock: { now: () => now },
    printSystem: noPrinting,
    dialogs: { showSaveDialog: async () => null, showOpenDialog: async () => null },
    openExternal: async () => {},
  };
}

export function typedCore(core: Core) {
  return async function must<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
    const r = await core.dispatch(method, input);
    if (!r.ok) throw new Error(`${method} failed: ${r.error.message}`);
    return r.value as OutputOf<M>;
  };
}

const COMPANY_WORDS = ['Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Globex', 'Initech', 'Umbrella', 'Wayne', 'Stark', 'Kestrel', 'Falcon', 'Müller'];
const SUFFIXES = ['Traders', 'Ltd', 'Logistics', 'Freight', 'Labs', 'GmbH', 'Systems', 'Health', 'Foods', 'Energy'];
const GIVEN = ['Ana', 'Łukasz', 'Zoë', 'José', 'Ελένη', 'Sam', 'Priya', 'Kenji', 'Amara', 'Dmitri', 'Fatima', 'Oliver', 'Mei', 'Tomás', 'Ingrid'];
const FAMILY = ['Lima', 'Nowak', 'Okafor', 'García', 'Papadopoulou', 'Lee', 'Patel', 'Sato', 'Mensah', 'Ivanov', 'Haddad', 'Brown', 'Chen', 'Silva', 'Berg'];
const TOPICS = ['inventory planning', 'the Q4 roadmap', 'cycle counts', 'warehouse telematics', 'budget ownership', 'hiring plans', 'customer churn'];

export interface FolderSize {
  opportunities: number;
  interviews: number;
  /** Interviewers at each interview (each a different person). */
  perInterview: number;
  /** People on record who never met the user (imported contacts), for search and People. */
  extraPeople?: number;
}

/** Builds the folder through a core on it, then closes that core. */
export async function buildLargeFolder(size: FolderSize, dir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterword-bench-large-'))): Promise<string> {
  const core = openCore(dir, benchPorts());
  const must = typedCore(core);
  try {
    const opportunityIds: string[] = [];
    for (let o = 0; o < size.opportunities; o++) {
      const company = `${COMPANY_WORDS[o % COMPANY_WORDS.length]} ${SUFFIXES[Math.floor(o / COMPANY_WORDS.length) % SUFFIXES.length]} ${o}`;
      const created = await must('opportunities.create', { company, role: `Analyst ${o}`, location: '', notes: '' });
      opportunityIds.push(created.id);
    }
    const today = BENCH_NOW.toISOString().slice(0, 10);
    for (let i = 0; i < size.interviews; i++) {
      const opportunityId = opportunityIds[i % opportunityIds.length]!;
      // Spread over the past year, newest last; a few still to come.
      const daysAgo = Math.round(((size.interviews - i) / size.interviews) * 365) - 5;
      const interview = await must('interviews.create', {
        opportunityId,
        date: addCalendarDays(today, -daysAgo),
        startTime: '10:00',
        endTime: '11:00',
        title: `Round ${Math.floor(i / opportunityIds.length) + 1}`,
        location: '',
        notes: '',
      });
      for (let p = 0; p < size.perInterview; p++) {
        const n = i * size.perInterview + p;
        const given = GIVEN[n % GIVEN.length]!;
        const family = `${FAMILY[Math.floor(n / GIVEN.length) % FAMILY.length]}${n}`;
        const added = await must('participants.add', {
          interviewId: interview.id,
          person: {
            fullName: `${given} ${family}`,
            title: p === 0 ? 'Hiring Manager' : 'Team Lead',
            company: '',
            email: p === 0 ? `${given.toLowerCase()}.${family.toLowerCase()}@example.com` : '',
            phone: '',
            address: null,
            website: '',
            linkedin: '',
            cardCollected: p === 0,
          },
        });
        await must('participants.update', {
          interviewId: interview.id,
          personId: added.person.id,
          topics: `${TOPICS[n % TOPICS.length]} and ${TOPICS[(n + 3) % TOPICS.length]}`,
          learned: `They are moving to weekly ${TOPICS[(n + 1) % TOPICS.length]}.`,
        });
      }
    }
    for (let e = 0; e < (size.extraPeople ?? 0); e++) {
      const given = GIVEN[e % GIVEN.length]!;
      await must('people.create', {
        fullName: `${given} Contact${e}`,
        title: 'Recruiter',
        company: `${COMPANY_WORDS[e % COMPANY_WORDS.length]} Talent`,
        email: `${given.toLowerCase()}.contact${e}@talent.example`,
        phone: '',
        address: null,
        website: '',
        linkedin: '',
        cardCollected: false,
      });
    }
  } finally {
    core.close();
  }
  return dir;
}
