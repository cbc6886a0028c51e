import { Link, useMatch, useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { FormError } from '../../components/FormError';
import { VirtualList } from '../../components/VirtualList';
import { formatCalendarDate } from '../../format-date';
import { useOpportunities } from './queries';

/** The sidebar: every opportunity (only those in view drawn, however many), the one open marked, and "New opportunity". */
export function OpportunityList() {
  const navigate = useNavigate();
  const { data: opportunities, error } = useOpportunities();
  const open = useMatch('/opportunities/:opportunityId/*')?.params.opportunityId;
  return (
    <aside className="sidebar" aria-label="Opportunities">
      <button type="button" className="primary wide" onClick={() => void navigate(paths.newOpportunity())}>
        New opportunity
      </button>
      <FormError error={error} />
      {opportunities?.length === 0 ? <p className="empty">Nothing here yet. Start with “New opportunity”.</p> : null}
      <VirtualList items={opportunities ?? []} getKey={(o) => o.id} estimateSize={68} className="opportunity-list">
        {(o, row) => (
          <li key={o.id} {...row}>
            <Link to={paths.opportunity(o.id)} className="opportunity-item" aria-current={open === o.id ? 'true' : undefined}>
              <span className="company">{o.company}</span>
              <span className="role">{o.role}</span>
              <span className="meta">
                {o.interviewCount === 0
                  ? 'No interviews yet'
                  : `${o.interviewCount} interview${o.interviewCount === 1 ? '' : 's'}${o.latestInterviewDate ? ` · latest ${formatCalendarDate(o.latestInterviewDate)}` : ''}`}
                {o.status !== 'active' ? ` · ${o.status}` : ''}
              </span>
            </Link>
          </li>
        )}
      </VirtualList>
    </aside>
  );
}
