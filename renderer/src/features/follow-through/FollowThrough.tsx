import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import type { Interview, Opportunity } from '../../../../shared/api/opportunities/schemas';
import type { FollowThroughTab } from '../../app/paths';
import { OutcomePanel } from './OutcomePanel';
import { PlanPanel } from './PlanPanel';
import { PrepView } from './PrepView';
import { ReviewPanel } from './ReviewPanel';
import { useUserToday } from './queries';
import './follow-through.css';

const TABS: Array<{ tab: FollowThroughTab; label: string }> = [
  { tab: 'plan', label: 'Plan' },
  { tab: 'review', label: 'Review' },
  { tab: 'outcome', label: 'Outcome' },
  { tab: 'prep', label: 'Prep' },
];

interface FollowThroughProps {
  interview: Interview;
  opportunity: Pick<Opportunity, 'company' | 'role'>;
  /** null: the prep view before the interview, the plan after it (the user's day as the core counts it). */
  tab: FollowThroughTab | null;
  onTab(tab: FollowThroughTab): void;
}

/** One interview's follow-through: the plan, the review, the outcome and the prep view, as tabs. */
export function FollowThrough({ interview, opportunity, tab, onTab }: FollowThroughProps) {
  const today = useUserToday();
  const shown = tab ?? (today.data === undefined ? null : interview.date > today.data ? 'prep' : 'plan');
  return (
    <section className="ft" aria-labelledby={`ft-title-${interview.id}`}>
      <h3 id={`ft-title-${interview.id}`}>Follow-through</h3>
      {shown === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <Tabs selectedKey={shown} onSelectionChange={(key) => onTab(key as FollowThroughTab)}>
          <TabList aria-label={`Follow-through for the interview on ${interview.date}`} className="tabs ft-tabs">
            {TABS.map((t) => (
              <Tab key={t.tab} id={t.tab} className="tab ft-tab">
                {t.label}
              </Tab>
            ))}
          </TabList>
          <TabPanel id="plan" className="tabpanel ft-tabpanel">
            <PlanPanel interview={interview} opportunity={opportunity} />
          </TabPanel>
          <TabPanel id="review" className="tabpanel ft-tabpanel">
            <ReviewPanel interviewId={interview.id} />
          </TabPanel>
          <TabPanel id="outcome" className="tabpanel ft-tabpanel">
            <OutcomePanel interview={interview} opportunity={opportunity} />
          </TabPanel>
          <TabPanel id="prep" className="tabpanel ft-tabpanel">
            <PrepView interviewId={interview.id} />
          </TabPanel>
        </Tabs>
      )}
    </section>
  );
}
