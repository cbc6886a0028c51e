import { useEffect, useId, useState } from 'react';
import { addCalendarDays } from '../../../../shared/domain/calendar-date';
import './snooze.css';

interface SnoozeControlProps {
  /** The user's today as the core counts it (their zone in Settings), not the browser's. */
  today: string;
  /** Names the step, so each "Snooze until" field on a page is told apart. */
  stepTitle: string;
  onSnooze(until: string): void;
}

/**
 * Snooze with a chosen day: the day starts at tomorrow, so one click still snoozes to
 * tomorrow. The core refuses a day that is not after today and says why.
 */
export function SnoozeControl({ today, stepTitle, onSnooze }: SnoozeControlProps) {
  const tomorrow = addCalendarDays(today, 1);
  const [until, setUntil] = useState(tomorrow);
  const id = useId();

  useEffect(() => setUntil(tomorrow), [tomorrow]);

  return (
    <span className="snooze">
      <label htmlFor={id}>Snooze until</label>
      <input id={id} type="date" value={until} min={tomorrow} aria-label={`Snooze until (${stepTitle})`} onChange={(e) => setUntil(e.target.value)} />
      <button type="button" disabled={until === ''} onClick={() => onSnooze(until)}>
        Snooze
      </button>
    </span>
  );
}
