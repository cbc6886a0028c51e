import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { feedbackReasonLabels } from '../../../../shared/follow-through/feedback-reasons';
import type { LearningStats } from '../../../../shared/api/follow-through/learning-schemas';
import { ask } from '../../api';
import { FormError } from '../../components/FormError';
import { formatCalendarDate } from '../../format-date';
import { followThroughKeys } from './queries';
import './follow-through.css';

/** Rows of each list shown at first: a long search gathers hundreds of lessons, and the latest matter most. */
const FIRST = 10;

/** The first rows of a list, and a button for the rest. */
function useFirst<T>(list: readonly T[], what: string) {
  const [all, setAll] = useState(false);
  const shown = all ? list : list.slice(0, FIRST);
  const more =
    list.length > FIRST && !all ? (
      <button type="button" className="small" onClick={() => setAll(true)}>
        Show all {list.length} {what}
      </button>
    ) : null;
  return [shown, more] as const;
}

/** Before the next interview: past concerns, weak answers and the better ones, lessons, counts. */
export function PrepView({ interviewId }: { interviewId: string }) {
  const prepQuery = useQuery({ queryKey: followThroughKeys.prep(interviewId), queryFn: () => ask('learning.prep', { interviewId }) });
  const stats = useQuery({ queryKey: followThroughKeys.stats(), queryFn: () => ask('learning.stats', {}) }).data ?? null;
  const prep = prepQuery.data;
  const [concerns, moreConcerns] = useFirst(prep?.concerns ?? [], 'concerns');
  const [questions, moreQuestions] = useFirst(prep?.questions ?? [], 'questions');
  const [lessons, moreLessons] = useFirst(prep?.lessons ?? [], 'lessons');

  if (!prep) return prepQuery.error ? <FormError error={prepQuery.error} /> : <p className="muted">Gathering what you learned…</p>;
  const nothing = prep.concerns.length === 0 && prep.questions.length === 0 && prep.lessons.length === 0;

  return (
    <div className="ft-prep" role="region" aria-label="Prep">
      {nothing ? <p className="empty">Nothing learned yet: reviews and feedback from other interviews will gather here.</p> : null}
      {prep.concerns.length > 0 ? (
        <section aria-label="Concerns to address">
          <h4>Concerns to address head-on</h4>
          <p className="hint">Reasons so far: {prep.reasonCounts.map((r) => `${feedbackReasonLabels[r.reason]} ×${r.count}`).join(', ')}</p>
          <ul className="ft-prep-list">
            {concerns.map((c, n) => (
              <li key={n}>
                <strong>{c.reasons.map((r) => feedbackReasonLabels[r]).join(', ')}</strong>
                <span className="muted">
                  {' '}
                  · {c.company} — {c.role}, {formatCalendarDate(c.interviewDate)}
                  {c.source ? `, from ${c.source}` : ''}
                </span>
                {c.concern ? <p>{c.concern}</p> : null}
              </li>
            ))}
          </ul>
          {moreConcerns}
        </section>
      ) : null}
      {prep.questions.length > 0 ? (
        <section aria-label="Questions to prepare">
          <h4>Questions to prepare</h4>
          <ul className="ft-prep-list">
            {questions.map((q) => (
              <li key={q.question}>
                <strong>{q.question}</strong>
                <span className="muted">
                  {' '}
                  · asked {q.times}× ({q.companies.join(', ')}){q.weakTimes > 0 ? ` · weak answer ${q.weakTimes}×` : ''}
                </span>
                {q.betterAnswers.map((a, n) => (
                  <p key={n} className="ft-better">
                    Better answer: {a}
                  </p>
                ))}
              </li>
            ))}
          </ul>
          {moreQuestions}
        </section>
      ) : null}
      {prep.lessons.length > 0 ? (
        <section aria-label="What to do differently">
          <h4>What you said you would do differently</h4>
          <ul className="ft-prep-list">
            {lessons.map((l, n) => (
              <li key={n}>
                {l.text}{' '}
                <span className="muted">
                  · {l.company}, {formatCalendarDate(l.interviewDate)}
                </span>
              </li>
            ))}
          </ul>
          {moreLessons}
        </section>
      ) : null}
      {stats && stats.months.length > 0 ? <CountsChart stats={stats} /> : null}
      {stats && stats.reasonCounts.length > 0 ? <ReasonsChart reasons={stats.reasonCounts} /> : null}
    </div>
  );
}

const SERIES = [
  { key: 'interviews', label: 'Interviews', className: 'ft-bar-interviews' },
  { key: 'offers', label: 'Offers', className: 'ft-bar-offers' },
  { key: 'rejections', label: 'Rejections', className: 'ft-bar-rejections' },
] as const;

function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, { month: 'short', year: '2-digit' }).format(new Date(y ?? 2000, (m ?? 1) - 1, 1));
}

/** Interviews, offers and rejections per month as grouped bars, drawn as plain SVG. */
export function CountsChart({ stats }: { stats: LearningStats }) {
  const months = stats.months.slice(-12);
  const max = Math.max(1, ...months.map((m) => m.interviews));
  const bar = 16;
  const gap = 22;
  const group = bar * SERIES.length + gap;
  const height = 120;
  const top = 12;
  const width = Math.max(200, months.length * group + 30);
  const summary = months.map((m) => `${m.month}: ${m.interviews} interviews, ${m.offers} offers, ${m.rejections} rejections`).join('; ');
  return (
    <figure className="ft-chart">
      <figcaption>
        <h4>Over time</h4>
        <span className="ft-legend">
          {SERIES.map((s) => (
            <span key={s.key}>
              <span className={`ft-swatch ${s.className}`} aria-hidden="true" /> {s.label}
            </span>
          ))}
        </span>
      </figcaption>
      {/* Scales down to its pane (twelve months are wider than a narrow one), never up. */}
      <svg viewBox={`0 0 ${width} ${height + 30}`} className="ft-chart-svg" style={{ maxWidth: width }} role="img" aria-label={`Counts per month. ${summary}`}>
        <line x1={20} x2={width} y1={top + height} y2={top + height} className="ft-axis" />
        {months.map((m, i) => {
          const x0 = 24 + i * group;
          return (
            <g key={m.month}>
              {SERIES.map((s, k) => {
                const h = (m[s.key] / max) * height;
                return (
                  <rect key={s.key} x={x0 + k * bar} y={top + height - h} width={bar - 2} height={h} className={s.className}>
                    <title>{`${s.label}: ${m[s.key]}`}</title>
                  </rect>
                );
              })}
              <text x={x0} y={top + height + 16} className="ft-tick">
                {monthLabel(m.month)}
              </text>
            </g>
          );
        })}
        <text x={0} y={top + 8} className="ft-tick">
          {max}
        </text>
      </svg>
    </figure>
  );
}

/** Reasons given in feedback, every interview counted, as horizontal bars with their numbers as text. */
export function ReasonsChart({ reasons }: { reasons: LearningStats['reasonCounts'] }) {
  const max = Math.max(1, ...reasons.map((r) => r.count));
  const row = 22;
  const labelWidth = 150;
  const barWidth = 220;
  const summary = reasons.map((r) => `${feedbackReasonLabels[r.reason]}: ${r.count}`).join('; ');
  return (
    <figure className="ft-chart">
      <figcaption>
        <h4>Reasons given</h4>
      </figcaption>
      <svg
        viewBox={`0 0 ${labelWidth + barWidth + 40} ${reasons.length * row + 4}`}
        className="ft-chart-svg"
        style={{ maxWidth: labelWidth + barWidth + 40 }}
        role="img"
        aria-label={`Reasons given in feedback. ${summary}`}
      >
        {reasons.map((r, i) => (
          <g key={r.reason}>
            <text x={0} y={i * row + 15} className="ft-tick">
              {feedbackReasonLabels[r.reason]}
            </text>
            <rect x={labelWidth} y={i * row + 4} width={(r.count / max) * barWidth} height={row - 8} className="ft-bar-rejections" />
            <text x={labelWidth + (r.count / max) * barWidth + 6} y={i * row + 15} className="ft-tick">
              {r.count}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
