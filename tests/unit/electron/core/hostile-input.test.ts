import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../electron/core/core';
import { createFileLogger, LOG_FILE, MAX_LINE, type Logger } from '../../../../electron/core/logger';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../helpers/temp-dir';
import { LONE_SURROGATE } from '../../../../shared/domain/excerpt';

/**
 * The bad inputs found by sending thousands of hostile calls through the dispatch, as one
 * table: each is refused with a message in the project's own words that names the field,
 * quotes at most a bounded piece of what was sent, logs at most a bounded line, and changes
 * nothing.
 */
const noDialogs = { showSaveDialog: async () => null, showOpenDialog: async () => null };
let core: Core | null = null;
afterEach(() => core?.close());

function open(logger: Logger) {
  const dir = tempDir();
  core = openCore(dir, { appVersion: '0.0.0-test', logger, dialogs: noDialogs, openExternal: async () => {} });
  return core;
}

function snapshot(c: Core): string {
  const tables = c.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => [name, c.db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

const LONE = '\ud800';
const MEGABYTE = 'k'.repeat(1024 * 1024);
const SOME_ID = '00000000-0000-4000-8000-000000000000';

type Case = [name: string, method: string, input: (ids: { interviewId: string; personId: string }) => unknown, field: string, message: RegExp];

const cases: Case[] = [
  [
    'a lone surrogate in a draft subject',
    'drafts.save',
    (x) => ({ ...x, stage: 'feedback', subject: `Thanks ${LONE}`, body: 'Hello', edited: true }),
    'subject',
    /^Subject holds a broken character/,
  ],
  [
    'a lone surrogate in a draft body',
    'drafts.save',
    (x) => ({ ...x, stage: 'feedback', subject: 'Thanks', body: `Hi ${LONE}\udc00x\udfff`, edited: true }),
    'body',
    /^Note holds a broken character/,
  ],
  ['a lone surrogate in a note body', 'notes.save', (x) => ({ ...x, kind: 'email', body: `a${LONE}` }), 'body', /^Note holds a broken character/],
  ['a lone low surrogate in a name', 'people.create', () => ({ fullName: 'Jos\udc00é' }), 'fullName', /^Name holds a broken character/],
  [
    'a lone surrogate in an email (no text() there)',
    'people.create',
    () => ({ fullName: 'Jane', email: `jane${LONE}@example.com` }),
    'email',
    /^Email holds a broken character/,
  ],
  ['a lone surrogate in a key', 'opportunities.create', () => ({ company: 'A', role: 'B', [`x${LONE}`]: 1 }), `x\ufffd`, /^X\ufffd holds a broken character/],
  [
    'a 1 MB unexpected key',
    'opportunities.create',
    () => ({ company: 'A', role: 'B', [MEGABYTE]: true }),
    `${'k'.repeat(80)}…`,
    /^Unexpected field “k{40}…”\.$/,
  ],
  ['a 1 MB unknown method', MEGABYTE, () => ({}), '', /^Unknown request “k{40}…”\.$/],
  ['a boolean sent as text', 'people.create', () => ({ fullName: 'Jane', cardCollected: 'yes' }), 'cardCollected', /^Card collected must be yes or no$/],
  [
    'a boolean with no message of its own sent as text',
    'drafts.save',
    (x) => ({ ...x, stage: 'feedback', subject: 's', body: 'b', edited: 'yes' }),
    'edited',
    /^Edited must be yes or no\.$/,
  ],
  ['a number where text goes', 'drafts.save', (x) => ({ ...x, stage: 'feedback', subject: 7, body: 'b', edited: false }), 'subject', /^Subject must be text$/],
  ['a stage that does not exist', 'drafts.save', (x) => ({ ...x, stage: 'bribe', subject: 's', body: 'b', edited: false }), 'stage', /^Stage must be one of: /],
  ['a list where an object goes', 'opportunities.create', () => [1, 2, 3], '', /^The request was not in the expected form \(it must be a group of fields\)\.$/],
  [
    'an over-long template id',
    'notes.save',
    (x) => ({ ...x, kind: 'email', templateId: 't'.repeat(101) }),
    'templateId',
    /^Template id is too long \(at most 100 characters\)\.$/,
  ],
  [
    'too many roles',
    'people.setRoles',
    (x) => ({ opportunityId: SOME_ID, personId: x.personId, roles: ['hiring-manager', 'recruiter', 'peer', 'other'] }),
    'roles',
    /^Roles must have at most 3 items\.$/,
  ],
];

describe('hostile input', () => {
  it.each(cases)('%s: refused in the project’s words, naming the field, bounded, nothing changed', async (_name, method, input, field, message) => {
    const lines: string[] = [];
    const logger: Logger = { info: (m) => lines.push(m), warn: (m) => lines.push(m), error: (m) => lines.push(m) };
    const c = open(logger);
    const o = await c.dispatch('opportunities.create', { company: 'Acme', role: 'Engineer' });
    const i = await c.dispatch('interviews.create', { opportunityId: (o as { value: { id: string } }).value.id, date: '2026-11-19' });
    const p = await c.dispatch('people.create', { fullName: 'Jane Doe' });
    const ids = { interviewId: (i as { value: { id: string } }).value.id, personId: (p as { value: { id: string } }).value.id };
    const before = snapshot(c);

    const result = await c.dispatch(method, input(ids));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.field ?? '').toBe(field);
    expect(result.error.message).toMatch(message);
    expect(result.error.message.length).toBeLessThan(300);
    expect(result.error.message).not.toMatch(/Invalid input|expected \w+, received|Too big|Too small|Invalid option|Unrecognized key/u);
    expect(LONE_SURROGATE.test(result.error.message)).toBe(false);
    for (const line of lines) expect(line.length).toBeLessThan(MAX_LINE);
    expect(snapshot(c)).toBe(before);
  });

  const references: Array<[string, string, (ids: { interviewId: string; personId: string; otherInterviewNoteId: string }) => unknown, RegExp]> = [
    [
      'a draft addressed to a person who does not exist',
      'drafts.save',
      (x) => ({ interviewId: x.interviewId, stage: 'feedback', personId: SOME_ID, subject: 's', body: 'b', edited: true }),
      /^That person no longer exists/,
    ],
    [
      'a note started from a template that does not exist',
      'notes.save',
      (x) => ({ interviewId: x.interviewId, personId: x.personId, kind: 'email', templateId: 'no-such-template' }),
      /^That template no longer exists/,
    ],
    [
      'a letter for an interview that does not exist',
      'printQueue.addLetter',
      (x) => ({ personId: x.personId, interviewId: SOME_ID, body: 'Hello' }),
      /^That interview no longer exists/,
    ],
    [
      'a letter from a note that does not exist',
      'printQueue.addLetter',
      (x) => ({ personId: x.personId, interviewId: x.interviewId, noteId: SOME_ID, body: 'Hello' }),
      /^That note no longer exists/,
    ],
    [
      'a letter from another interview’s note',
      'printQueue.addLetter',
      (x) => ({ personId: x.personId, interviewId: x.interviewId, noteId: x.otherInterviewNoteId, body: 'Hello' }),
      /^That note belongs to another interview/,
    ],
    [
      'roles at an opportunity that does not exist',
      'people.setRoles',
      (x) => ({ opportunityId: SOME_ID, personId: x.personId, roles: ['recruiter'] }),
      /^That opportunity no longer exists/,
    ],
  ];

  it.each(references)('%s: refused with a not-found message, nothing changed', async (_name, method, input, message) => {
    const c = open({ info() {}, warn() {}, error() {} });
    const must = async <T>(m: string, i: unknown) => ((await c.dispatch(m, i)) as { value: T }).value;
    const o = await must<{ id: string }>('opportunities.create', { company: 'Acme', role: 'Engineer' });
    const [i, other] = [
      await must<{ id: string }>('interviews.create', { opportunityId: o.id, date: '2026-11-19' }),
      await must<{ id: string }>('interviews.create', { opportunityId: o.id, date: '2026-11-26' }),
    ];
    const p = await must<{ id: string }>('people.create', { fullName: 'Jane Doe' });
    for (const interview of [i, other]) await must('participants.add', { interviewId: interview.id, personId: p.id });
    const note = await must<{ id: string }>('notes.save', { interviewId: other.id, personId: p.id, kind: 'letter', body: 'Dear Jane' });
    const before = snapshot(c);
    const result = await c.dispatch(method, input({ interviewId: i.id, personId: p.id, otherInterviewNoteId: note.id }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(message);
    expect(['not-found', 'invalid-input']).toContain(result.error.code);
    if (/no longer exists/u.test(result.error.message)) expect(result.error.code).toBe('not-found');
    expect(snapshot(c)).toBe(before);
  });

  it('a reference no check covers is still answered as not found, never as an internal error', async () => {
    const lines: string[] = [];
    const c = open({ info() {}, warn() {}, error: (m) => lines.push(m) });
    const o = await c.dispatch('opportunities.create', { company: 'Acme', role: 'Engineer' });
    const i = await c.dispatch('interviews.create', { opportunityId: (o as { value: { id: string } }).value.id, date: '2026-11-19' });
    // A database where a row's person vanished without the repository's check seeing it.
    c.db.exec('CREATE TEMP TRIGGER drop_check BEFORE INSERT ON follow_through_drafts BEGIN DELETE FROM people; END;');
    const p = await c.dispatch('people.create', { fullName: 'Jane Doe' });
    const result = await c.dispatch('drafts.save', {
      interviewId: (i as { value: { id: string } }).value.id,
      stage: 'feedback',
      personId: (p as { value: { id: string } }).value.id,
      subject: 's',
      body: 'b',
      edited: true,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/^Something this refers to no longer exists/) } });
    expect(lines).toEqual([]);
  });

  it('the log file never holds more than a bounded line, and a newline in input cannot start a forged log line', () => {
    const dir = tempDir();
    const logger = createFileLogger(dir);
    logger.warn(`rejected x: ${'y'.repeat(100_000)}`);
    logger.error('failed', new Error(`bad value\n2026-01-01T00:00:00.000Z INFO  forged`));
    const text = fs.readFileSync(path.join(dir, LOG_FILE), 'utf8');
    const logLines = text.split('\n').filter(Boolean);
    expect(Math.max(...logLines.map((l) => l.length))).toBeLessThan(MAX_LINE + 100);
    expect(logLines[0]).toContain('more characters left out');
    expect(logLines.filter((l) => /^\d{4}-\d\d-\d\dT/u.test(l))).toHaveLength(2);
  });
});
