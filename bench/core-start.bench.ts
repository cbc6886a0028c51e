/**
 * Opening the core: the database, every repository and every handler, as the app does at
 * start-up, on a data folder holding 5,000 people, against the same on an empty one. The
 * ratio says how much of start-up grows with the people on record (it should be none).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../electron/core/core';
import { openDatabase } from '../electron/core/db/open-database';
import type { PrintSystem } from '../electron/core/printing/print-system/print-system';
import { companyKey } from '../shared/domain/company-key';
import type { Benchmark } from './harness';

const PEOPLE = 5_000;
const companies = ['Northwind Traders', 'Contoso Ltd', 'Fabrikam, Inc.', 'Müller & Söhne GmbH', 'Société Générale', 'Acme Corp', '北京科技', 'Tailspin Toys'];

/** Never asked: opening the core only looks for jobs still printing, and there are none. */
const noPrinting: PrintSystem = {
  listPrinters: async () => [],
  serviceProblem: async () => null,
  print: async () => ({ jobId: 'none' }),
  jobStatus: async () => new Map(),
};

function dataFolder(people: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterword-bench-start-'));
  const db = openDatabase(dir);
  const insert = db.prepare(
    `INSERT INTO people (id, full_name, given_name, family_name, company, company_key, email, email_status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'confirmed', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
  );
  db.transaction(() => {
    for (let i = 0; i < people; i++) {
      const company = companies[i % companies.length]!;
      insert.run(`person-${i}`, `Given${i} Family${i}`, `Given${i}`, `Family${i}`, company, companyKey(company), `given${i}@example.com`);
    }
  })();
  db.close();
  return dir;
}

function opening(people: number): () => (iteration: number) => void {
  return () => {
    const dir = dataFolder(people);
    const ports = {
      appVersion: 'bench',
      logger: { info() {}, warn() {}, error() {} },
      locale: 'en-US',
      printSystem: noPrinting,
      dialogs: { showSaveDialog: async () => null, showOpenDialog: async () => null },
      openExternal: async () => {},
    };
    return () => openCore(dir, ports).close();
  };
}

export const benchmarks: Benchmark[] = [
  {
    name: `open the core with ${PEOPLE.toLocaleString('en-US')} people`,
    unit: 'open and close',
    setup: opening(PEOPLE),
    baseline: { name: 'open the core with no people', setup: opening(0) },
  },
];
