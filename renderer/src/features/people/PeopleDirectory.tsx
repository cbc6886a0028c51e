import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { DirectoryEntry } from '../../../../shared/api/people/directory-schemas';
import { paths } from '../../app/paths';
import { FormError } from '../../components/FormError';
import { useFocusOnClose } from '../../components/use-focus-on-close';
import { formatCalendarDate } from '../../format-date';
import { NoteStateCell } from '../notes/NoteStateCell';
import { useSettings } from '../settings/queries';
import { ScanCards } from './card-scan/ScanCards';
import { ImportContacts } from './ImportContacts';
import { PeopleSearch } from './PeopleSearch';
import { PersonCard } from './PersonCard';
import { usePeopleDirectory } from './queries';
import { useVcfExport } from './use-vcf-export';
import './people.css';

/** Companies in alphabetical order, people without one last. */
function byCompany(entries: DirectoryEntry[]): Array<{ company: string; people: DirectoryEntry[] }> {
  const groups = new Map<string, DirectoryEntry[]>();
  for (const e of entries) {
    const company = e.person.company.trim();
    groups.set(company, [...(groups.get(company) ?? []), e]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map(([company, people]) => ({ company, people }));
}

/** Everyone met, across companies: searchable, grouped by company, each with every interview and note. */
export function PeopleDirectory() {
  const { personId } = useParams();
  const directory = usePeopleDirectory();
  const [importing, setImporting] = useState(false);
  const importButton = useFocusOnClose<HTMLButtonElement>(importing);
  const [scanning, setScanning] = useState(false);
  const scanButton = useFocusOnClose<HTMLButtonElement>(scanning);
  const [notice, setNotice] = useState<string | null>(null);
  const entries = directory.data ?? [];
  const chosen = entries.find((e) => e.person.id === personId);

  return (
    <section className="people-page" aria-labelledby="people-title">
      <header className="detail-header">
        <h2 id="people-title" tabIndex={-1}>
          People <span className="muted">· {entries.length}</span>
        </h2>
        <div className="actions">
          <button ref={scanButton} type="button" onClick={() => setScanning(true)}>
            Scan business cards
          </button>
          <button ref={importButton} type="button" onClick={() => setImporting(true)}>
            Import contacts
          </button>
        </div>
      </header>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <FormError error={directory.error} />
      <div className="people-layout">
        <div className="people-list">
          <PeopleSearch />
          {directory.data && entries.length === 0 ? <p className="empty">Nobody yet. People you add to an interview, or import, appear here.</p> : null}
          {byCompany(entries).map((group) => (
            <section key={group.company} aria-label={group.company || 'No company'} className="company-group">
              <h3>{group.company || 'No company'}</h3>
              <ul aria-label={`People at ${group.company || 'no company'}`}>
                {group.people.map((e) => (
                  <li key={e.person.id}>
                    <Link to={paths.directoryPerson(e.person.id)} aria-current={e.person.id === personId ? 'true' : undefined} className="person-link">
                      <span className="name">{e.person.fullName}</span>
                      <span className="muted">
                        {e.person.title ? `${e.person.title} · ` : ''}
                        {e.interviews.length === 0 ? 'no interview' : `${e.interviews.length} interview${e.interviews.length === 1 ? '' : 's'}`}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        <div className="people-detail">
          {chosen ? <DirectoryPerson entry={chosen} /> : personId && directory.data ? <p className="empty">This person is not here any more.</p> : <p className="empty">Choose someone to see their card, their interviews and the notes to them.</p>}
        </div>
      </div>
      {scanning ? (
        <ScanCards
          company=""
          onClose={(added) => {
            setScanning(false);
            if (added > 0) setNotice(`Added ${added} ${added === 1 ? 'person' : 'people'} from their business cards.`);
          }}
        />
      ) : null}
      {importing ? (
        <ImportContacts
          onDone={(summary) => {
            setImporting(false);
            if (summary) setNotice(summary);
          }}
        />
      ) : null}
    </section>
  );
}

function DirectoryPerson({ entry }: { entry: DirectoryEntry }) {
  const settings = useSettings();
  const exportVcf = useVcfExport();
  const headingId = `directory-${entry.person.id}`;
  return (
    <article aria-labelledby={headingId}>
      <PersonCard participant={{ person: entry.person, roles: entry.interviews[0]?.roles ?? [] }} senderCountry={settings.data?.country ?? ''} headingId={headingId} onExport={(p) => exportVcf.mutate([p])} />
      <FormError error={exportVcf.error} />
      {exportVcf.data ? <p className="notice" role="status">{exportVcf.data}</p> : null}
      <h4>Interviews</h4>
      {entry.interviews.length === 0 ? (
        <p className="muted">Not in any interview yet.</p>
      ) : (
        <table className="met-people">
          <caption className="sr-only">Interviews with {entry.person.fullName}</caption>
          <thead>
            <tr>
              <th scope="col">Interview</th>
              <th scope="col">Thank-you email</th>
              <th scope="col">Letter</th>
            </tr>
          </thead>
          <tbody>
            {entry.interviews.map((i) => (
              <tr key={i.interviewId}>
                <th scope="row">
                  <Link to={paths.person(i.opportunityId, i.interviewId, entry.person.id)}>
                    {i.company} — {i.role}, {formatCalendarDate(i.date)}
                  </Link>
                  {i.title ? <span className="muted"> · {i.title}</span> : null}
                </th>
                <NoteStateCell to={paths.person(i.opportunityId, i.interviewId, entry.person.id, 'email')} what={`Thank-you email of ${formatCalendarDate(i.date)}`} status={i.email} />
                <NoteStateCell to={paths.person(i.opportunityId, i.interviewId, entry.person.id, 'letter')} what={`Letter of ${formatCalendarDate(i.date)}`} status={i.letter} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
