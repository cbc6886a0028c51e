import { describe, expect, it } from 'vitest';
import { jobStateText, printOutcomeMessage } from '../../../../shared/print/print-outcome';

const none = { printed: [], printing: [], failed: [], notSent: [], problem: null };

describe('what pressing Print did, in words', () => {
  it.each([
    [{ ...none, printed: ['a', 'b', 'c'] }, 'Printed 3 items on PDF.'],
    [{ ...none, printed: ['a'] }, 'Printed 1 item on PDF.'],
    [{ ...none, printed: ['a'], printing: ['b', 'c'] }, 'Sent 3 items to PDF: 1 printed, 2 still printing. They move to Printed once the printer has them.'],
    [{ ...none, printing: ['b'] }, 'Sent 1 item to PDF: 1 still printing. They move to Printed once the printer has them.'],
    [
      { ...none, printed: ['a'], failed: [{ id: 'b', message: 'x' }] },
      'Printed 1 item on PDF. 1 did not print and is back in the queue, with the reason beside it.',
    ],
    [{ ...none, notSent: ['a', 'b'], problem: 'The print service (CUPS) is not running.' }, 'The print service (CUPS) is not running.'],
    [{ ...none, printed: ['a'], notSent: ['b'], problem: 'It stopped.' }, 'Printed 1 item on PDF. It stopped.'],
    [none, 'Nothing was sent.'],
  ])('%j', (outcome, text) => {
    expect(printOutcomeMessage(outcome, 'PDF')).toBe(text);
  });

  it('says where a job still printing stands', () => {
    const job = { printer: 'Office', id: 'Office-3', sentAt: '2026-03-04T10:00:00Z', detail: null };
    expect(jobStateText({ ...job, state: 'pending' })).toBe('waiting for Office');
    expect(jobStateText({ ...job, state: 'held' })).toBe('held at the print service: release it there to print');
    expect(jobStateText({ ...job, state: 'stopped', detail: 'Out of paper' })).toBe(
      'the printer Office has stopped (Out of paper); it prints once the printer is ready again',
    );
  });
});
