import { useCallback, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { DirectoryEntry } from '../../../../shared/api/people/directory-schemas';
import { paths } from '../../app/paths';
import { FormError } from '../../components/FormError';
import { VirtualList } from '../../components/VirtualList';
import { useFocusOnClose } from '../../components/use-focus-on-close';
import { formatCalendarDate } from '../../format-date';
import { NoteStateCell } from '../notes/NoteStateCell';
import { useSettings } from '../settings/queries';
import { ScanCards } from './card-scan/ScanCards';
import { ImportContacts } from './ImportContacts';
import { PeopleSearch } from './PeopleSearch';
import { PersonCard } from './PersonCard';
import { useDirectoryEntry, usePeopleDirectory } from './queries';
import { useVcfExport } from './use-vcf-export';
import './people.css';

/** People drawn together under one heading; a company with more people than this continues in the next block. */
const BLOCK = 20;

interface Block {
  key: string;
  company: string;
  /** Not the company's first block: its heading says it goes on. */
  continued: boolean;
  people: DirectoryEntry[];
}

/** The directory's entries (already by company, then name) in blocks of one company each, so the list can draw only the blocks in view. */
function blocksOf(entries: readonly DirectoryEntry[]): Block[] {
  const blocks: Block[] = [];
  for (const e of entries) {
    const company = e.person.company.trim();
    const last = blocks.at(-1);
    if (last && last.company === company && last.people.length < BLOCK) last.people.push(e);
    else {
      const continued = last?.company === company;
      blocks.push({ key: `${company}\u0000${e.person.id}`, company, continued, people: [e] });
    }
  }
  return blocks;
}

/** Everyone met, across companies: searchable, grouped by company, each with every interview and note; drawn only where seen. */
export function PeopleDirectory() {
  const { personId } = useParams();
  const directory = usePeopleDirectory();
  const chosen = useDirectoryEntry(personId);
  const [importing, setImporting] = useState(false);
  const importButton = useFocusOnClose<HTMLButtonElement>(importing);
  const [scanning, setScanning] = useState(false);
  const scanButton = useFocusOnClose<HTMLButtonElement>(scanning);
  const [notice, setNotice] = useState<string | null>(null);
  const pages = directory.data?.pages;
  const total = pages?.[0]?.total ?? 0;
  const blocks = useMemo(() => blocksOf((pages ?? []).flatMap((p) => p.entries)), [pages]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = directory;
  const more = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <section className="people-page" aria-labelledby="people-title">
      <header className="detail-header">
        <h2 id="people-title" tabIndex={-1}>
          People <span className="muted">· {total}</span>
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
          {pages && total === 0 ? <p className="empty">Nobody yet. People you add to an interview, or import, appear here.</p> : null}
          <VirtualList items={blocks} getKey={(b) => b.key} estimateSize={120} onEndReached={more} className="company-blocks" aria-label="Everyone, by company">
            {(block, row) => {
              const name = block.company || 'No company';
              return (
                <li key={block.key} {...row}>
                  <section aria-label={block.continued ? `${name}, continued` : name} className="company-group">
                    <h3>
                      {name}
                      {block.continued ? <span className="muted"> (continued)</span> : null}
                    </h3>
                    <ul aria-label={`People at ${block.company || 'no company'}`}>
                      {block.people.map((e) => (
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
                </li>
              );
            }}
          </VirtualList>
        </div>
        <div className="people-detail">
          {chosen.data ? (
            <DirectoryPerson entry={chosen.data} />
          ) : personId && chosen.error ? (
            <p className="empty">This person is not here any more.</p>
          ) : personId ? null : (
            <p className="empty">Choose someone to see their card, their interviews and the notes to them.</p>
          )}
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
      <PersonCard
        participant={{ person: entry.person, roles: entry.interviews[0]?.roles ?? [] }}
        senderCountry={settings.data?.country ?? ''}
        headingId={headingId}
        onExport={(p) => exportVcf.mutate([p])}
      />
      <FormError error={exportVcf.error} />
      {exportVcf.data ? (
        <p className="notice" role="status">
          {exportVcf.data}
        </p>
      ) : null}
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
                <NoteStateCell
                  to={paths.person(i.opportunityId, i.interviewId, entry.person.id, 'email')}
                  what={`Thank-you email of ${formatCalendarDate(i.date)}`}
                  status={i.email}
                />
                <NoteStateCell
                  to={paths.person(i.opportunityId, i.interviewId, entry.person.id, 'letter')}
                  what={`Letter of ${formatCalendarDate(i.date)}`}
                  status={i.letter}
                />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
