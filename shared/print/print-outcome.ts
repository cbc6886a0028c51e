import type { PrintJob, PrintOutcome } from './queue-item';

const items = (n: number) => `${n} item${n === 1 ? '' : 's'}`;

/** What pressing Print did, in one or two sentences: printed, still printing, back in the queue, not sent and why. */
export function printOutcomeMessage(outcome: PrintOutcome, printer: string): string {
  const { printed, printing, failed, notSent, problem } = outcome;
  const sent = printed.length + printing.length;
  const parts: string[] = [];
  if (sent > 0 && printing.length === 0) parts.push(`Printed ${items(printed.length)} on ${printer}.`);
  else if (sent > 0) {
    const done = printed.length > 0 ? `${printed.length} printed, ` : '';
    parts.push(`Sent ${items(sent)} to ${printer}: ${done}${printing.length} still printing. They move to Printed once the printer has them.`);
  }
  if (failed.length > 0)
    parts.push(
      `${failed.length === 1 ? '1 did' : `${failed.length} did`} not print and ${failed.length === 1 ? 'is' : 'are'} back in the queue, with the reason beside ${failed.length === 1 ? 'it' : 'each'}.`,
    );
  if (problem) parts.push(problem);
  else if (notSent.length > 0) parts.push(`${items(notSent.length)} not sent.`);
  return parts.join(' ') || 'Nothing was sent.';
}

/** Where a job still printing stands, in words. */
export function jobStateText(job: PrintJob): string {
  const said = job.detail ? ` (${job.detail})` : '';
  switch (job.state) {
    case 'processing':
      return `printing on ${job.printer}${said}`;
    case 'held':
      return `held at the print service: release it there to print${said}`;
    case 'stopped':
      return `the printer ${job.printer} has stopped${said}; it prints once the printer is ready again`;
    default:
      return `waiting for ${job.printer}${said}`;
  }
}
