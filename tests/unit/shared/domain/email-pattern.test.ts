import { describe, expect, it } from 'vitest';
import { inferPatterns, isFreeMailDomain, proposeEmail, proposeEmails, type KnownAddress, type NamedPerson } from '../../../../shared/domain/email-pattern';
import { splitPersonName } from '../../../../shared/domain/person-name';

function person(fullName: string): NamedPerson {
  const { givenName, familyName } = splitPersonName(fullName);
  return { fullName, givenName, familyName };
}
function known(fullName: string, email: string): KnownAddress {
  return { ...person(fullName), email };
}

describe('proposeEmail: patterns it recognises', () => {
  it.each([
    ['first.last', [known('Jane Doe', 'jane.doe@acme.com')], 'John Smith', 'john.smith@acme.com'],
    ['flast', [known('Jane Doe', 'jdoe@acme.com')], 'John Smith', 'jsmith@acme.com'],
    ['first', [known('Jane Doe', 'jane@acme.com')], 'John Smith', 'john@acme.com'],
    ['first_last', [known('Jane Doe', 'Jane_Doe@Acme.com')], 'John Smith', 'john_smith@acme.com'],
    ['firstl', [known('Jane Doe', 'janed@acme.com')], 'John Smith', 'johns@acme.com'],
    ['last.first', [known('Jane Doe', 'doe.jane@acme.com')], 'John Smith', 'smith.john@acme.com'],
    ['f.last', [known('Jane Doe', 'j.doe@acme.com')], 'John Smith', 'j.smith@acme.com'],
    ['last', [known('Jane Doe', 'doe@acme.com')], 'John Smith', 'smith@acme.com'],
    ['accents dropped: José Álvarez', [known('Jane Doe', 'jane.doe@acme.es')], 'José Álvarez', 'jose.alvarez@acme.es'],
    ['accents in the evidence too', [known('Zoë Müller', 'zoe.muller@acme.de')], 'José Álvarez', 'jose.alvarez@acme.de'],
    ['umlaut spelled ue when the evidence does so', [known('Jürgen Groß', 'juergen.gross@acme.de')], 'Zoë Müller', 'zoe.mueller@acme.de'],
    ['umlaut spelled plain when the evidence does so', [known('Jürgen Groß', 'jurgen.gross@acme.de')], 'Zoë Müller', 'zoe.muller@acme.de'],
    ['apostrophe dropped', [known('Jane Doe', 'jane.doe@acme.ie')], "Seán O'Brien", 'sean.obrien@acme.ie'],
    ['two examples agreeing', [known('Jane Doe', 'jane.doe@acme.com'), known('Max Roe', 'max.roe@acme.com')], 'John Smith', 'john.smith@acme.com'],
    ['free-mail address ignored', [known('Jane Doe', 'jd1987@gmail.com'), known('Max Roe', 'mroe@acme.com')], 'John Smith', 'jsmith@acme.com'],
    ['role mailbox ignored', [known('Jobs Team', 'careers@acme.com'), known('Max Roe', 'max.roe@acme.com')], 'John Smith', 'john.smith@acme.com'],
    ['Spanish double family name follows the evidence', [known('Ana López Pérez', 'ana.lopez@acme.mx')], 'José Álvarez García', 'jose.alvarez@acme.mx'],
  ])('%s', (_label, evidence, target, expected) => {
    const result = proposeEmail(person(target), evidence);
    expect(result.kind).toBe('proposal');
    if (result.kind === 'proposal') {
      expect(result.address).toBe(expected);
      expect(result.explanation).toContain(evidence.find((e) => !e.email.includes('gmail') && !e.email.startsWith('careers'))!.email.toLowerCase());
    }
  });

  it('offers the other umlaut spelling when no evidence shows which one the company uses', () => {
    const result = proposeEmail(person('Zoë Müller'), [known('Jane Doe', 'jane.doe@acme.de')]);
    expect(result).toMatchObject({ kind: 'proposal', address: 'zoe.muller@acme.de', alternatives: ['zoe.mueller@acme.de'] });
  });
});

describe('proposeEmail: cases where it must not guess', () => {
  it.each([
    ['nothing known', [], 'John Smith', 'no-evidence'],
    ['only an address that is not made from the name', [known('Robert Smith', 'bob@acme.com')], 'John Doe', 'no-evidence'],
    ['only a personal free-mail address', [known('Jane Doe', 'jane.doe@gmail.com')], 'John Smith', 'no-evidence'],
    ['evidence conflicts', [known('Jane Doe', 'jane.doe@acme.com'), known('Max Roe', 'mroe@acme.com')], 'John Smith', 'conflict'],
    ['two company domains', [known('Jane Doe', 'jane.doe@acme.com'), known('Max Roe', 'max.roe@acme.de')], 'John Smith', 'two-domains'],
    ['same given and family name fits first.last and last.first', [known('Li Li', 'li.li@acme.cn')], 'Wei Wang', 'ambiguous'],
    ['one-letter given name fits first.last and f.last', [known('J Doe', 'j.doe@acme.com')], 'John Smith', 'ambiguous'],
    ['name not in Latin letters', [known('Jane Doe', 'jane.doe@acme.cn')], '王伟', 'not-latin'],
    ['pattern needs a family name that is unknown', [known('Jane Doe', 'jane.doe@acme.com')], 'Madonna', 'missing-family-name'],
  ])('%s', (_label, evidence, target, reason) => {
    const result = proposeEmail(person(target), evidence);
    expect(result).toMatchObject({ kind: 'refused', reason });
    if (result.kind === 'refused') expect(result.explanation.length).toBeGreaterThan(20);
  });

  it('still guesses for a colleague when the ambiguous patterns agree on the answer', () => {
    // li.li fits first.last and last.first; for "Wei Wei" both give the same address.
    expect(proposeEmail(person('Wei Wei'), [known('Li Li', 'li.li@acme.cn')])).toMatchObject({ kind: 'proposal', address: 'wei.wei@acme.cn' });
  });

  it('names every pattern the evidence still allows', () => {
    const inferred = inferPatterns([known('Li Li', 'li.li@acme.cn')]);
    expect(inferred.kind === 'patterns' && inferred.patterns.sort()).toEqual(['first.last', 'last.first']);
  });
});

describe('proposeEmail: never someone else’s address, never a rejected one', () => {
  it('refuses an address that already belongs to a colleague', () => {
    const result = proposeEmail(person('John Smith'), [known('Jane Smith', 'jsmith@acme.com')]);
    expect(result).toMatchObject({ kind: 'refused', reason: 'taken' });
    if (result.kind === 'refused') expect(result.explanation).toContain('Jane Smith');
  });

  it('refuses the same guess for two colleagues', () => {
    const result = proposeEmail(person('John Smith'), [known('Max Roe', 'mroe@acme.com')], { colleagues: [person('Jack Smith')] });
    expect(result).toMatchObject({ kind: 'refused', reason: 'shared' });
    if (result.kind === 'refused') expect(result.explanation).toContain('Jack Smith');
    expect(proposeEmail(person('John Smith'), [known('Max Roe', 'mroe@acme.com')], { colleagues: [person('Ann Lee')] })).toMatchObject({ kind: 'proposal' });
  });

  it('never proposes a dismissed address; another spelling the evidence allows may still be offered', () => {
    expect(proposeEmail(person('John Smith'), [known('Jane Doe', 'jane.doe@acme.com')], { dismissed: ['John.Smith@acme.com'] })).toMatchObject({
      kind: 'refused',
      reason: 'dismissed',
    });
    expect(proposeEmail(person('Zoë Müller'), [known('Jane Doe', 'jane.doe@acme.de')], { dismissed: ['zoe.muller@acme.de'] })).toMatchObject({
      kind: 'proposal',
      address: 'zoe.mueller@acme.de',
      alternatives: [],
    });
  });
});

describe('proposeEmail: multi-word family names', () => {
  it('does not guess without evidence of which words are used, and names the alternatives', () => {
    const result = proposeEmail(person('José Álvarez García'), [known('Jane Doe', 'jane.doe@acme.es')]);
    expect(result).toMatchObject({ kind: 'refused', reason: 'ambiguous' });
    if (result.kind === 'refused') {
      for (const a of ['jose.alvarezgarcia@acme.es', 'jose.alvarez@acme.es', 'jose.garcia@acme.es']) expect(result.explanation).toContain(a);
    }
  });

  it('guesses when the evidence shows the company uses the first family name', () => {
    expect(proposeEmail(person('José Álvarez García'), [known('Ana López Pérez', 'ana.lopez@acme.es')])).toMatchObject({
      kind: 'proposal',
      address: 'jose.alvarez@acme.es',
    });
  });
});

describe('free-mail domains', () => {
  it.each([
    'hotmail.co.uk',
    'outlook.de',
    'yahoo.de',
    'yahoo.com.br',
    'gmx.at',
    'web.de',
    'proton.me',
    'protonmail.ch',
    'icloud.com',
    'me.com',
    'mail.ru',
    'yandex.com',
    'qq.com',
    '163.com',
    'live.fr',
    'googlemail.com',
  ])('%s says nothing about a company pattern', (domain) => {
    expect(isFreeMailDomain(domain)).toBe(true);
    expect(proposeEmail(person('John Smith'), [known('Jane Doe', `jane.doe@${domain}`)])).toMatchObject({ kind: 'refused', reason: 'no-evidence' });
  });

  it.each(['acme.com', 'mail.acme.com', 'outlook-consulting.com', 'acme.co.uk'])('%s is a company domain', (domain) => {
    expect(isFreeMailDomain(domain)).toBe(false);
  });
});

describe('proposeEmails: everyone at a company at once', () => {
  it('gives each person what proposeEmail gives them against the others', () => {
    const evidence = [known('Max Roe', 'mroe@acme.com'), known('Jane Smith', 'jsmith2@acme.com')];
    const targets = [person('John Smith'), person('Jack Smith'), person('Ann Lee'), person('王伟'), { ...person('Bob Stone'), dismissed: ['bstone@acme.com'] }];
    const all = proposeEmails(targets, evidence);
    targets.forEach((t, i) => {
      const others = targets.filter((_, j) => j !== i);
      expect(all[i]).toEqual(proposeEmail(t, evidence, { colleagues: others, dismissed: 'dismissed' in t ? t.dismissed : [] }));
    });
    expect(all.map((p) => (p.kind === 'proposal' ? p.address : p.reason))).toEqual(['shared', 'shared', 'alee@acme.com', 'not-latin', 'dismissed']);
  });
});
