import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { personFields, personPatch } from '../../../shared/api/people/input-schemas';
import type { EmailStatus, Person, PostalAddress } from '../../../shared/api/people/schemas';
import { companyKey } from '../../../shared/domain/company-key';
import { isEmptyAddress } from '../../../shared/domain/postal-address-format';
import { splitPersonName } from '../../../shared/domain/person-name';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import { NotFoundError } from '../core-errors';

interface PersonRow {
  id: string;
  full_name: string;
  given_name: string;
  family_name: string;
  title: string;
  company: string;
  email: string;
  email_status: EmailStatus;
  email_evidence: string;
  phone: string;
  address_lines: string | null;
  address_city: string;
  address_region: string;
  address_postal_code: string;
  address_country: string;
  website: string;
  linkedin: string;
  card_collected: number;
  company_key: string;
  dismissed_emails: string;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    fullName: row.full_name,
    givenName: row.given_name,
    familyName: row.family_name,
    title: row.title,
    company: row.company,
    email: row.email,
    emailStatus: row.email_status,
    emailEvidence: row.email_evidence,
    phone: row.phone,
    address:
      row.address_lines === null
        ? null
        : {
            lines: row.address_lines === '' ? [] : row.address_lines.split('\n'),
            city: row.address_city,
            region: row.address_region,
            postalCode: row.address_postal_code,
            country: row.address_country,
          },
    website: row.website,
    linkedin: row.linkedin,
    cardCollected: row.card_collected === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Address columns for a stored address; an address with nothing in it is stored as none. */
function addressColumns(address: PostalAddress | null) {
  const a = address && !isEmptyAddress(address) ? address : null;
  return {
    addressLines: a
      ? a.lines
          .map((l) => l.trim())
          .filter(Boolean)
          .join('\n')
      : null,
    addressCity: a?.city.trim() ?? '',
    addressRegion: a?.region.trim() ?? '',
    addressPostalCode: a?.postalCode.trim() ?? '',
    addressCountry: a?.country ?? '',
  };
}

export type NewPerson = z.output<typeof personFields>;
export type PersonChanges = Omit<z.output<typeof personPatch>, 'id'>;

export function createPeopleRepository(db: Db, clock: Clock) {
  const byId = db.prepare<[string], PersonRow>('SELECT * FROM people WHERE id = ? AND deleted_at IS NULL');
  const byIdAny = db.prepare<[string], PersonRow>('SELECT * FROM people WHERE id = ?');
  // The People view's order: by company (accents and case folded, as the company key is), people without one last.
  const directoryPage = db.prepare<[number, number], PersonRow>(
    `SELECT * FROM people WHERE deleted_at IS NULL
      ORDER BY trim(company) = '', company_key, trim(company), family_name COLLATE NOCASE, given_name COLLATE NOCASE, full_name, id LIMIT ? OFFSET ?`,
  );
  const counted = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM people WHERE deleted_at IS NULL');
  const byIds = db.prepare<[string], PersonRow>('SELECT * FROM people WHERE id IN (SELECT value FROM json_each(?))');
  const all = db.prepare<[], PersonRow>(
    'SELECT * FROM people WHERE deleted_at IS NULL ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE, full_name',
  );
  const atCompany = db.prepare<[string], PersonRow>(
    `SELECT * FROM people WHERE deleted_at IS NULL AND company_key = ? ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE`,
  );
  const forOpportunity = db.prepare<[string, string], PersonRow>(
    `SELECT DISTINCT p.* FROM people p
     WHERE p.deleted_at IS NULL AND p.id IN (
       SELECT person_id FROM opportunity_people WHERE opportunity_id = ?
       UNION
       SELECT ip.person_id FROM interview_participants ip JOIN interviews i ON i.id = ip.interview_id
       WHERE i.opportunity_id = ? AND ip.removed_at IS NULL)
     ORDER BY p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE`,
  );
  const insert = db.prepare(
    `INSERT INTO people (id, full_name, given_name, family_name, title, company, company_key, email, email_status, phone,
       address_lines, address_city, address_region, address_postal_code, address_country, website, linkedin, card_collected,
       created_at, updated_at)
     VALUES (@id, @fullName, @givenName, @familyName, @title, @company, @companyKey, @email, @emailStatus, @phone,
       @addressLines, @addressCity, @addressRegion, @addressPostalCode, @addressCountry, @website, @linkedin, @cardCollected,
       @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE people SET full_name = @fullName, given_name = @givenName, family_name = @familyName, title = @title,
       company = @company, company_key = @companyKey, email = @email, email_status = @emailStatus, email_evidence = @emailEvidence, phone = @phone,
       address_lines = @addressLines, address_city = @addressCity, address_region = @addressRegion,
       address_postal_code = @addressPostalCode, address_country = @addressCountry, website = @website,
       linkedin = @linkedin, card_collected = @cardCollected, updated_at = @now
     WHERE id = @id`,
  );
  const setEmail = db.prepare('UPDATE people SET email = ?, email_status = ?, email_evidence = ?, updated_at = ? WHERE id = ?');
  const setDismissed = db.prepare('UPDATE people SET dismissed_emails = ? WHERE id = ?');
  const softDelete = db.prepare('UPDATE people SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL');
  const undelete = db.prepare('UPDATE people SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL');

  function get(id: string): Person {
    const row = byId.get(id);
    if (!row) throw new NotFoundError('That person');
    return toPerson(row);
  }

  function dismissedEmails(id: string): string[] {
    const row = byIdAny.get(id);
    return row && row.dismissed_emails !== '' ? row.dismissed_emails.split('\n') : [];
  }

  function dismissEmail(id: string, email: string): void {
    const address = email.trim().toLowerCase();
    const list = dismissedEmails(id);
    if (address !== '' && !list.includes(address)) setDismissed.run([...list, address].join('\n'), id);
  }

  function names(fullName: string, given: string | undefined, family: string | undefined) {
    const split = splitPersonName(fullName);
    return { givenName: given ?? split.givenName, familyName: family ?? split.familyName };
  }

  function save(id: string, p: Omit<Person, 'id' | 'createdAt' | 'updatedAt'>): void {
    update.run({
      id,
      fullName: p.fullName.trim(),
      givenName: p.givenName.trim(),
      familyName: p.familyName.trim(),
      title: p.title,
      company: p.company.trim(),
      companyKey: companyKey(p.company),
      email: p.email,
      emailStatus: p.email === '' ? 'none' : p.emailStatus,
      emailEvidence: p.emailStatus === 'guessed' ? (p.emailEvidence ?? '') : '',
      phone: p.phone,
      ...addressColumns(p.address),
      website: p.website,
      linkedin: p.linkedin,
      cardCollected: p.cardCollected ? 1 : 0,
      now: clock.now().toISOString(),
    });
  }

  return {
    get,
    /** A deleted person too, for undo and for history. */
    getIncludingDeleted(id: string): Person | null {
      const row = byIdAny.get(id);
      return row ? toPerson(row) : null;
    },
    /** These people, deleted or not, by id (those that exist). */
    getMany(ids: readonly string[]): Map<string, Person> {
      return new Map(byIds.all(JSON.stringify(ids)).map((row) => [row.id, toPerson(row)]));
    },
    /** One page of everyone, in the People view's order (by company, then name), and how many there are. */
    directoryPage(offset: number, limit: number): { people: Person[]; total: number } {
      return { people: directoryPage.all(limit, offset).map(toPerson), total: counted.get()!.n };
    },
    list(): Person[] {
      return all.all().map(toPerson);
    },
    listAtCompany(company: string): Person[] {
      return atCompany.all(companyKey(company)).map(toPerson);
    },
    listForOpportunity(opportunityId: string): Person[] {
      return forOpportunity.all(opportunityId, opportunityId).map(toPerson);
    },
    create(fields: NewPerson): Person {
      const id = randomUUID();
      insert.run({
        id,
        fullName: fields.fullName.trim(),
        ...names(fields.fullName, fields.givenName?.trim(), fields.familyName?.trim()),
        title: fields.title,
        company: fields.company.trim(),
        companyKey: companyKey(fields.company),
        email: fields.email,
        // What the user typed or imported is taken as known; only the finder writes guesses.
        emailStatus: fields.email === '' ? 'none' : 'confirmed',
        phone: fields.phone,
        ...addressColumns(fields.address),
        website: fields.website,
        linkedin: fields.linkedin,
        cardCollected: fields.cardCollected ? 1 : 0,
        now: clock.now().toISOString(),
      });
      return get(id);
    },
    update(id: string, changes: PersonChanges): Person {
      const before = get(id);
      const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as PersonChanges;
      const merged = { ...before, ...defined };
      // A changed full name re-splits unless the user also set the parts themselves.
      if (defined.fullName !== undefined && defined.fullName.trim() !== before.fullName) {
        Object.assign(merged, names(defined.fullName, defined.givenName, defined.familyName));
      }
      if (defined.email !== undefined && defined.email !== before.email) {
        merged.emailStatus = defined.email === '' ? 'none' : 'confirmed';
        // Clearing or replacing a guess says it was wrong: it is not proposed again.
        if (before.emailStatus === 'guessed') dismissEmail(id, before.email);
      }
      save(id, merged);
      return get(id);
    },
    /** Guessed addresses the user said are not this person's, lower case. */
    dismissedEmails,
    dismissEmail,
    setEmail(id: string, email: string, status: EmailStatus, evidence: string): void {
      setEmail.run(email, email === '' ? 'none' : status, status === 'guessed' ? evidence : '', clock.now().toISOString(), id);
    },
    delete(id: string): { deleted: true } {
      if (softDelete.run(clock.now().toISOString(), id).changes === 0) throw new NotFoundError('That person');
      return { deleted: true };
    },
    restore(id: string): Person {
      if (undelete.run(id).changes === 0 && !byId.get(id)) throw new NotFoundError('That person');
      return get(id);
    },
  };
}

export type PeopleRepository = ReturnType<typeof createPeopleRepository>;
