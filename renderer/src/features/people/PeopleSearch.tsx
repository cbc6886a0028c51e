import { useId, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { FormError } from '../../components/FormError';
import { usePeopleSearch } from './queries';

/** Search across people, companies and everything noted about them, as you type. */
export function PeopleSearch({ onQuery }: { onQuery?(query: string): void }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const search = usePeopleSearch(query);
  const hits = query.trim() === '' ? null : (search.data ?? null);

  return (
    <div className="people-search" role="search">
      <div className="field">
        <label htmlFor={id}>Search people</label>
        <input
          id={id}
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            onQuery?.(e.target.value);
          }}
          placeholder="Name, company, or something from your notes"
          maxLength={200}
        />
      </div>
      <FormError error={search.error} />
      {hits !== null ? (
        hits.length === 0 ? (
          <p className="muted">Nobody found for “{query}”.</p>
        ) : (
          <ul className="search-hits" aria-label="Search results">
            {hits.map((h) => (
              <li key={h.person.id}>
                <Link to={paths.directoryPerson(h.person.id)}>{h.person.fullName}</Link>
                {h.person.company ? <span className="muted"> · {h.person.company}</span> : null}
                {h.interviewId && h.opportunityId ? (
                  <Link
                    to={paths.person(h.opportunityId, h.interviewId, h.person.id)}
                    className="small search-open"
                    aria-label={`Open interview with ${h.person.fullName}`}
                  >
                    Open interview
                  </Link>
                ) : null}
                {h.field !== 'Name' ? (
                  <div className="hint">
                    {h.field}: {h.excerpt}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
