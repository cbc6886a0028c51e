import { useEffect, useState } from 'react';
import type { Interview, Opportunity } from '../../shared/api/opportunities/schemas';
import { api } from './api';
import { formatCalendarDate } from './format-date';
import { NewOpportunityForm } from './pages/NewOpportunityForm';
import { InterviewPage } from './pages/InterviewPage';
import { OpportunityDetail } from './pages/OpportunityDetail';
import { TodayPage } from './pages/TodayPage';
import { PrintQueue } from './pages/PrintQueue';
import { Settings } from './pages/Settings';

type View = { kind: 'empty' } | { kind: 'new' } | { kind: 'opportunity'; id: string } | { kind: 'today' } | { kind: 'print' } | { kind: 'settings' } | { kind: 'interview'; id: string; interview: Interview };

export function App() {
  const [opportunities, setOpportunities] = useState<Opportunity[]>([]);
  const [view, setView] = useState<View>({ kind: 'empty' });
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    void api['opportunities.list']({}).then((result) => {
      setLoaded(true);
      if (result.ok) setOpportunities(result.value);
      else setError(result.error.message);
    });
  }, []);

  const selected = view.kind === 'opportunity' ? opportunities.find((o) => o.id === view.id) : undefined;
  const interviewOpportunity = view.kind === 'interview' ? opportunities.find((o) => o.id === view.id) : undefined;

  function upsert(o: Opportunity) {
    setOpportunities((list) => (list.some((x) => x.id === o.id) ? list.map((x) => (x.id === o.id ? o : x)) : [o, ...list]));
  }

  return (
    <div className="app">
      <header className="topbar">
        <h1 className="brand">Afterword</h1>
        <nav aria-label="Main">
          <button type="button" className="nav-link" aria-current={view.kind !== 'new' && view.kind !== 'today' && view.kind !== 'print' && view.kind !== 'settings' ? 'page' : undefined} onClick={() => setView({ kind: 'empty' })}>
            Opportunities
          </button>
          <button type="button" className="nav-link" aria-current={view.kind === 'today' ? 'page' : undefined} onClick={() => setView({ kind: 'today' })}>
            Today
          </button>
          <button type="button" className="nav-link" aria-current={view.kind === 'print' ? 'page' : undefined} onClick={() => setView({ kind: 'print' })}>
            Print queue
          </button>
          <button type="button" className="nav-link" aria-current={view.kind === 'settings' ? 'page' : undefined} onClick={() => setView({ kind: 'settings' })}>
            Settings
          </button>
        </nav>
      </header>
      <div className="layout">
        <aside className="sidebar" aria-label="Opportunities">
          <button type="button" className="primary wide" onClick={() => setView({ kind: 'new' })}>
            New opportunity
          </button>
          {error ? <p role="alert" className="form-error">{error}</p> : null}
          {loaded && opportunities.length === 0 ? <p className="empty">Nothing here yet. Start with “New opportunity”.</p> : null}
          <ul className="opportunity-list">
            {opportunities.map((o) => (
              <li key={o.id}>
                <button
                  type="button"
                  className="opportunity-item"
                  aria-current={(view.kind === 'opportunity' || view.kind === 'interview') && view.id === o.id ? 'true' : undefined}
                  onClick={() => setView({ kind: 'opportunity', id: o.id })}
                >
                  <span className="company">{o.company}</span>
                  <span className="role">{o.role}</span>
                  <span className="meta">
                    {o.interviewCount === 0
                      ? 'No interviews yet'
                      : `${o.interviewCount} interview${o.interviewCount === 1 ? '' : 's'}${o.latestInterviewDate ? ` · latest ${formatCalendarDate(o.latestInterviewDate)}` : ''}`}
                    {o.status !== 'active' ? ` · ${o.status}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </aside>
        <main className="content">
          {view.kind === 'print' ? <PrintQueue /> : null}
          {view.kind === 'settings' ? <Settings /> : null}
          {view.kind === 'today' ? <TodayPage onOpen={(opportunityId, interview) => setView({ kind: 'interview', id: opportunityId, interview })} onOpenPrintQueue={() => setView({ kind: 'print' })} /> : null}
          {view.kind === 'new' ? (
            <NewOpportunityForm
              onCreated={(o) => {
                upsert(o);
                setView({ kind: 'opportunity', id: o.id });
              }}
              onCancel={() => setView({ kind: 'empty' })}
            />
          ) : null}
          {selected ? (
            <OpportunityDetail
              key={selected.id}
              opportunity={selected}
              onChanged={upsert}
              onDeleted={(id) => {
                setOpportunities((list) => list.filter((x) => x.id !== id));
                setView({ kind: 'empty' });
              }}
              onOpenInterview={(interview) => setView({ kind: 'interview', id: selected.id, interview })}
            />
          ) : null}
          {view.kind === 'interview' && interviewOpportunity ? (
            <InterviewPage
              key={view.interview.id}
              opportunity={interviewOpportunity}
              interview={view.interview}
              onBack={() => setView({ kind: 'opportunity', id: view.id })}
              onOpenInterview={(opportunityId, interviewId) =>
                void api['interviews.listForOpportunity']({ opportunityId }).then((r) => {
                  const found = r.ok ? r.value.find((i) => i.id === interviewId) : undefined;
                  if (found) setView({ kind: 'interview', id: opportunityId, interview: found });
                })
              }
            />
          ) : null}
          {view.kind === 'empty' ? (
            <div className="welcome">
              <h2>After the interview</h2>
              <p>Choose an opportunity on the left, or start a new one. Afterword keeps everything on this computer.</p>
            </div>
          ) : null}
        </main>
      </div>
    </div>
  );
}
