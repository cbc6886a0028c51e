import { useEffect, useId, useState } from 'react';
import type { SearchHit } from '../../../../shared/api/people/input-schemas';
import { api } from '../../api';

/** Search across people, companies and everything noted about them, as you type. */
export function PeopleSearch({ onOpen }: { onOpen?(hit: SearchHit): void }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (query.trim() === '') {
      setHits(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      void api['people.search']({ query }).then((r) => {
        if (!live) return;
        if (r.ok) {
          setHits(r.value);
          setError(null);
        } else setError(r.error.message);
      });
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  return (
    <div className="people-search" role="search">
      <div className="field">
        <label htmlFor={id}>Search people</label>
        <input id={id} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Name, company, or something from your notes" maxLength={200} />
      </div>
      {error ? <p role="alert" className="form-error">{error}</p> : null}
      {hits !== null ? (
        hits.length === 0 ? (
          <p className="muted">Nobody found for “{query}”.</p>
        ) : (
          <ul className="search-hits" aria-label="Search results">
            {hits.map((h) => (
              <li key={h.person.id}>
                <strong>{h.person.fullName}</strong>
                {h.person.company ? <span className="muted"> · {h.person.company}</span> : null}
                {onOpen && h.interviewId ? (
                  <button type="button" className="small search-open" onClick={() => onOpen(h)} aria-label={`Open interview with ${h.person.fullName}`}>
                    Open interview
                  </button>
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
