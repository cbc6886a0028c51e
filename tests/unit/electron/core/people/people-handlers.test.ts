import { describe, expect, it } from 'vitest';
import { peopleCore } from './people-fixture';

const berlin = { lines: ['Friedrichstraße 123'], city: 'Berlin', region: '', postalCode: '10117', country: 'de' };

describe('people', () => {
  it('stores every card field, splits the name, and reads it back after reopening', async () => {
    const first = peopleCore();
    const created = await first.must('people.create', {
      fullName: 'Zoë Müller',
      title: 'Head of Platform',
      company: 'Acme GmbH',
      email: 'zoe.mueller@acme.de',
      phone: '+49 30 1234-567',
      address: berlin,
      website: 'https://acme.de',
      linkedin: 'https://www.linkedin.com/in/zoe',
      cardCollected: true,
    });
    expect(created).toMatchObject({ givenName: 'Zoë', familyName: 'Müller', emailStatus: 'confirmed', cardCollected: true });
    expect(created.address).toEqual({ ...berlin, country: 'DE' });
    first.core.close();

    const again = peopleCore(first.dataDir);
    expect(await again.must('people.get', { id: created.id })).toEqual(created);
  });

  it.each([
    ['empty name', { fullName: '   ' }, 'fullName', 'Name is required'],
    ['email that is not an address', { fullName: 'Jane Doe', email: 'jane at acme' }, 'email', 'Email must be an address'],
    ['phone with letters', { fullName: 'Jane Doe', phone: '555-CALL-NOW' }, 'phone', 'Phone may contain only digits'],
    ['10,000-character title', { fullName: 'Jane Doe', title: 'x'.repeat(10_000) }, 'title', 'Title is too long'],
    ['country that is not a code', { fullName: 'Jane Doe', address: { ...berlin, country: 'Germany' } }, 'address.country', 'Country must be a two-letter'],
  ])('refuses %s with a message naming the field, and saves nothing', async (_label, input, field, message) => {
    const { call, must } = peopleCore();
    const result = await call('people.create', input as never);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.field).toBe(field);
      expect(result.error.message).toContain(message);
    }
    expect(await must('people.list', {})).toEqual([]);
  });

  it('stores markup exactly as typed, as text', async () => {
    const { must } = peopleCore();
    const name = '<img src=x onerror=alert(1)> <script>alert("x")</script>';
    const p = await must('people.create', { fullName: name, title: '<b>CTO</b>' });
    expect((await must('people.get', { id: p.id })).fullName).toBe(name);
  });

  it('accepts phone numbers as people write them, with extensions', async () => {
    const { must } = peopleCore();
    for (const phone of ['+1 (555) 010-0199', '030/123 45 67', '+86 10 6505 1234', '555.010.0199 x 12', '+44 20 7946 0958 ext. 3']) {
      expect((await must('people.create', { fullName: 'Jane Doe', phone })).phone).toBe(phone);
    }
  });

  it('deletes softly, hides the person everywhere, and undo brings them back with their notes', async () => {
    const { must, call, interview } = peopleCore();
    const { interview: i } = await interview();
    const added = await must('participants.add', { interviewId: i.id, person: { fullName: 'José Álvarez' } });
    await must('participants.update', { interviewId: i.id, personId: added.person.id, learned: 'They ship weekly' });
    await must('people.delete', { id: added.person.id });
    expect(await must('participants.list', { interviewId: i.id })).toEqual([]);
    expect((await call('people.get', { id: added.person.id })).ok).toBe(false);
    await must('people.restore', { id: added.person.id });
    const back = await must('participants.list', { interviewId: i.id });
    expect(back.map((p) => [p.person.fullName, p.learned])).toEqual([['José Álvarez', 'They ship weekly']]);
  });
});

describe('interview participants', () => {
  it('adds a new person with the company of the opportunity and the role interviewer', async () => {
    const { must, interview } = peopleCore();
    const { interview: i } = await interview('Acme GmbH');
    const p = await must('participants.add', { interviewId: i.id, person: { fullName: '王伟' } });
    expect(p.person).toMatchObject({ company: 'Acme GmbH', familyName: '王', givenName: '伟' });
    expect(p.roles).toEqual(['interviewer']);
  });

  it('reuses the same person in a second round without entering them twice', async () => {
    const { must, interview } = peopleCore();
    const { opportunity, interview: first } = await interview();
    const second = await must('interviews.create', { opportunityId: opportunity.id, date: '2026-11-26' });
    const zoe = await must('participants.add', { interviewId: first.id, person: { fullName: 'Zoë Müller' } });
    await must('participants.add', { interviewId: second.id, personId: zoe.person.id });
    await must('participants.add', { interviewId: second.id, personId: zoe.person.id });
    expect(await must('people.list', {})).toHaveLength(1);
    expect(await must('participants.list', { interviewId: second.id })).toHaveLength(1);
    expect((await must('participants.listForPerson', { personId: zoe.person.id })).map((p) => p.interviewId)).toEqual([first.id, second.id]);
    expect((await must('people.list', { opportunityId: opportunity.id })).map((p) => p.fullName)).toEqual(['Zoë Müller']);
  });

  it('keeps notes per interview, and removing from an interview can be undone', async () => {
    const { must, interview } = peopleCore();
    const { interview: i } = await interview();
    const p = await must('participants.add', { interviewId: i.id, person: { fullName: 'Jane Doe' } });
    const key = { interviewId: i.id, personId: p.person.id };
    await must('participants.update', { ...key, topics: 'Data platform', rolePlan: 'Hire two more by spring' });
    await must('participants.remove', key);
    expect(await must('participants.list', { interviewId: i.id })).toEqual([]);
    const restored = await must('participants.restore', key);
    expect(restored).toMatchObject({ topics: 'Data platform', rolePlan: 'Hire two more by spring', learned: '' });
  });

  it('marks the hiring manager and the recruiter of the opportunity', async () => {
    const { must, interview } = peopleCore();
    const { opportunity, interview: i } = await interview();
    const p = await must('participants.add', { interviewId: i.id, person: { fullName: 'Jane Doe' } });
    await must('people.setRoles', { opportunityId: opportunity.id, personId: p.person.id, roles: ['interviewer', 'hiring-manager'] });
    expect((await must('participants.list', { interviewId: i.id }))[0]!.roles).toEqual(['hiring-manager', 'interviewer']);
  });
});

describe('guessed email addresses', () => {
  it('guesses colleagues from a known address, marks them guessed with the evidence, and confirming keeps them', async () => {
    const { must, interview } = peopleCore();
    const { interview: i } = await interview('Acme');
    const jose = await must('participants.add', { interviewId: i.id, person: { fullName: 'José Álvarez' } });
    expect(jose.person.emailStatus).toBe('none');
    await must('participants.add', { interviewId: i.id, person: { fullName: 'Jane Doe', email: 'jane.doe@acme.com' } });
    const guessed = await must('people.get', { id: jose.person.id });
    expect(guessed).toMatchObject({ email: 'jose.alvarez@acme.com', emailStatus: 'guessed' });
    expect(guessed.emailEvidence).toContain('jane.doe@acme.com');
    const confirmed = await must('people.confirmEmail', { id: jose.person.id });
    expect(confirmed).toMatchObject({ email: 'jose.alvarez@acme.com', emailStatus: 'confirmed', emailEvidence: '' });
  });

  it('withdraws a guess when the evidence starts to conflict', async () => {
    const { must, interview } = peopleCore();
    const { interview: i } = await interview('Acme');
    await must('participants.add', { interviewId: i.id, person: { fullName: 'Jane Doe', email: 'jane.doe@acme.com' } });
    const john = await must('participants.add', { interviewId: i.id, person: { fullName: 'John Smith' } });
    expect((await must('people.get', { id: john.person.id })).emailStatus).toBe('guessed');
    await must('participants.add', { interviewId: i.id, person: { fullName: 'Max Roe', email: 'mroe@acme.com' } });
    expect(await must('people.get', { id: john.person.id })).toMatchObject({ email: '', emailStatus: 'none' });
  });

  it('treats an address the user types over a guess as confirmed', async () => {
    const { must } = peopleCore();
    await must('people.create', { fullName: 'Jane Doe', company: 'Acme', email: 'jane.doe@acme.com' });
    const john = await must('people.create', { fullName: 'John Smith', company: 'acme ' });
    expect(john.emailStatus).toBe('guessed');
    expect(await must('people.update', { id: john.id, email: 'jsmith@acme.com' })).toMatchObject({ emailStatus: 'confirmed' });
  });
});

describe('search', () => {
  it('finds people by name without accents, by company, and by what was noted about them', async () => {
    const { must, interview } = peopleCore();
    const { interview: i } = await interview('Acme GmbH');
    const zoe = await must('participants.add', { interviewId: i.id, person: { fullName: 'Zoë Müller' } });
    await must('participants.add', { interviewId: i.id, person: { fullName: '王伟', company: 'Northwind' } });
    await must('participants.update', { interviewId: i.id, personId: zoe.person.id, learned: 'They moved billing to Kubernetes last year' });
    expect((await must('people.search', { query: 'zoe muller' })).map((h) => [h.person.fullName, h.field])).toEqual([['Zoë Müller', 'Name']]);
    expect((await must('people.search', { query: 'northwind' })).map((h) => h.person.fullName)).toEqual(['王伟']);
    expect((await must('people.search', { query: '王' })).map((h) => h.person.fullName)).toEqual(['王伟']);
    const byNote = await must('people.search', { query: 'kubernetes' });
    expect(byNote.map((h) => [h.person.fullName, h.field, h.interviewId])).toEqual([['Zoë Müller', 'Learned', i.id]]);
    expect(byNote[0]!.excerpt).toContain('Kubernetes');
    expect(await must('people.search', { query: 'nobody-here' })).toEqual([]);
  });
});

describe('explaining an address', () => {
  it('says why no address could be worked out, and where a guess came from', async () => {
    const { must } = peopleCore();
    const wang = await must('people.create', { fullName: '王伟', company: 'Acme' });
    expect((await must('people.explainEmail', { id: wang.id })).explanation).toContain('No email address is known at this company yet');
    await must('people.create', { fullName: 'Jane Doe', company: 'Acme', email: 'jane.doe@acme.com' });
    expect(await must('people.explainEmail', { id: wang.id })).toMatchObject({
      kind: 'no-guess',
      explanation: expect.stringContaining('not written in Latin letters'),
    });
    const john = await must('people.create', { fullName: 'John Smith', company: 'Acme' });
    expect(await must('people.explainEmail', { id: john.id })).toMatchObject({ kind: 'guessed', explanation: expect.stringContaining('jane.doe@acme.com') });
  });
});

describe('colleagues at one company', () => {
  it('guesses at a company whose name has non-ASCII capitals, however it is written', async () => {
    const { must } = peopleCore();
    await must('people.create', { fullName: 'Jane Doe', company: 'Électricité SA', email: 'jane.doe@electricite.fr' });
    const john = await must('people.create', { fullName: 'John Smith', company: 'électricité  sa' });
    expect(john).toMatchObject({ email: 'john.smith@electricite.fr', emailStatus: 'guessed' });
    expect((await must('people.list', { company: 'ÉLECTRICITÉ SA' })).map((p) => p.fullName).sort()).toEqual(['Jane Doe', 'John Smith']);
  });

  it('finds colleagues through the company key index', async () => {
    const { core, must } = peopleCore();
    await must('people.create', { fullName: 'Jane Doe', company: 'Acme' });
    const plan = core.db.prepare("EXPLAIN QUERY PLAN SELECT * FROM people WHERE deleted_at IS NULL AND company_key = 'acme'").all() as Array<{
      detail: string;
    }>;
    expect(plan.map((r) => r.detail).join(' ')).toContain('people_by_company_key');
  });
});

describe('rejecting a guessed address', () => {
  async function guessed() {
    const core = peopleCore();
    await core.must('people.create', { fullName: 'Jane Doe', company: 'Acme', email: 'jane.doe@acme.com' });
    const john = await core.must('people.create', { fullName: 'John Smith', company: 'Acme' });
    expect(john).toMatchObject({ email: 'john.smith@acme.com', emailStatus: 'guessed' });
    return { ...core, john };
  }

  it('"Not this address" drops the guess and it is never proposed again', async () => {
    const { must, john } = await guessed();
    expect(await must('people.rejectEmail', { id: john.id })).toMatchObject({ email: '', emailStatus: 'none' });
    // Another colleague's address refreshes the guesses at the company: still no john.smith@.
    await must('people.create', { fullName: 'Max Roe', company: 'Acme', email: 'max.roe@acme.com' });
    expect(await must('people.get', { id: john.id })).toMatchObject({ email: '', emailStatus: 'none' });
    expect((await must('people.explainEmail', { id: john.id })).explanation).toContain('john.smith@acme.com is not John Smith');
  });

  it('clearing a guessed address in the form counts as rejecting it', async () => {
    const { must, john } = await guessed();
    await must('people.update', { id: john.id, email: '' });
    await must('people.update', { id: john.id, title: 'CTO' });
    expect(await must('people.get', { id: john.id })).toMatchObject({ email: '', emailStatus: 'none', title: 'CTO' });
  });

  it('refuses to reject an address that is not a guess', async () => {
    const { call, must } = await guessed();
    const jane = (await must('people.list', { company: 'Acme' })).find((p) => p.fullName === 'Jane Doe')!;
    expect((await call('people.rejectEmail', { id: jane.id })).ok).toBe(false);
  });
});

describe('guesses that would belong to someone else', () => {
  it('does not give John Smith the address Jane Smith already has, and says why', async () => {
    const { must } = peopleCore();
    await must('people.create', { fullName: 'Jane Smith', company: 'Acme', email: 'jsmith@acme.com' });
    const john = await must('people.create', { fullName: 'John Smith', company: 'Acme' });
    expect(john).toMatchObject({ email: '', emailStatus: 'none' });
    expect((await must('people.explainEmail', { id: john.id })).explanation).toContain("Jane Smith's address");
  });

  it('does not give two colleagues the same guess', async () => {
    const { must } = peopleCore();
    await must('people.create', { fullName: 'Max Roe', company: 'Acme', email: 'mroe@acme.com' });
    const john = await must('people.create', { fullName: 'John Smith', company: 'Acme' });
    expect(john.email).toBe('jsmith@acme.com');
    const jack = await must('people.create', { fullName: 'Jack Smith', company: 'Acme' });
    expect(jack).toMatchObject({ email: '', emailStatus: 'none' });
    expect(await must('people.get', { id: john.id })).toMatchObject({ email: '', emailStatus: 'none' });
  });
});

describe('removing someone from an interview', () => {
  it('drops their roles when it was their last interview in the opportunity, and undo puts them back', async () => {
    const { must, interview } = peopleCore();
    const { opportunity, interview: first } = await interview();
    const second = await must('interviews.create', { opportunityId: opportunity.id, date: '2026-11-26' });
    const jane = await must('participants.add', { interviewId: first.id, person: { fullName: 'Jane Doe' } });
    await must('participants.add', { interviewId: second.id, personId: jane.person.id });
    await must('people.setRoles', { opportunityId: opportunity.id, personId: jane.person.id, roles: ['interviewer', 'hiring-manager'] });
    const inOpportunity = async () => (await must('people.list', { opportunityId: opportunity.id })).map((p) => p.fullName);

    await must('participants.remove', { interviewId: first.id, personId: jane.person.id });
    expect(await inOpportunity()).toEqual(['Jane Doe']); // still met in the second round
    await must('participants.remove', { interviewId: second.id, personId: jane.person.id });
    expect(await inOpportunity()).toEqual([]);

    const back = await must('participants.restore', { interviewId: second.id, personId: jane.person.id });
    expect(back.roles).toEqual(['hiring-manager', 'interviewer']);
    expect(await inOpportunity()).toEqual(['Jane Doe']);
  });

  it('follows every change at once: a renamed person, new notes, someone taken off an interview, deleted and restored', async () => {
    const { must, interview, core } = peopleCore();
    const { interview: i } = await interview('Acme GmbH');
    const ana = await must('participants.add', { interviewId: i.id, person: { fullName: 'Ana Lima', title: 'Head of Data' } });
    const names = async (query: string) => (await must('people.search', { query })).map((h) => h.person.fullName);
    expect(await names('head of data')).toEqual(['Ana Lima']);

    await must('people.update', { id: ana.person.id, fullName: 'Ana Lima-Sousa', title: 'CTO' });
    expect(await names('head of data')).toEqual([]);
    expect(await names('sousa cto')).toEqual(['Ana Lima-Sousa']);
    await must('participants.update', { interviewId: i.id, personId: ana.person.id, topics: 'Warehouse telematics' });
    expect(await names('telematics')).toEqual(['Ana Lima-Sousa']);
    await must('participants.remove', { interviewId: i.id, personId: ana.person.id });
    expect(await names('telematics')).toEqual([]);
    await must('participants.restore', { interviewId: i.id, personId: ana.person.id });
    expect(await names('telematics')).toEqual(['Ana Lima-Sousa']);
    await must('people.delete', { id: ana.person.id });
    expect(await names('sousa')).toEqual([]);
    await must('people.restore', { id: ana.person.id });
    expect(await names('sousa')).toEqual(['Ana Lima-Sousa']);
    // The kept text is derived: emptied, it is folded again and answers the same.
    core.db.prepare('DELETE FROM people_search').run();
    expect(await names('telematics')).toEqual(['Ana Lima-Sousa']);
  });
});
