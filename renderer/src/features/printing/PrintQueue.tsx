import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { PrintQueueItem } from '../../../../shared/api/printing/schemas';
import type { EnvelopeSizeId } from '../../../../shared/api/settings/schemas';
import { isEmptyAddress } from '../../../../shared/domain/postal-address-format';
import { ENVELOPE_SIZES } from '../../../../shared/print/envelope-layout';
import { labelSheet } from '../../../../shared/print/label-sheet';
import { jobStateText, printOutcomeMessage } from '../../../../shared/print/print-outcome';
import { moveTarget } from '../../../../shared/print/queue-order';
import { api, ask } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/FormError';
import { VirtualList } from '../../components/VirtualList';
import { formatCalendarDate } from '../../format-date';
import { useAllInterviews } from '../opportunities/queries';
import { useParticipants } from '../people/queries';
import { useSettings } from '../settings/queries';
import { PdfPreview } from './PdfPreview';
import { PrinterCalibration } from './PrinterCalibration';
import { printKeys, usePrinters, usePrintQueue } from './queries';
import { StartAtField } from './StartAtField';
import './print.css';

/** The people on an item who have no postal address yet: their envelope or label would be blank. */
function missingAddresses(item: PrintQueueItem): string[] {
  const recipients = item.data.kind === 'labels' ? item.data.recipients : [item.data.recipient];
  return recipients.filter((r) => isEmptyAddress(r.address)).map((r) => r.fullName);
}

const ENVELOPE_CHOICES: Array<{ value: EnvelopeSizeId | ''; label: string }> = [
  { value: '', label: 'As in Settings' },
  ...Object.entries(ENVELOPE_SIZES).map(([value, s]) => ({ value: value as EnvelopeSizeId, label: s.label })),
  { value: 'custom', label: 'Custom (Settings)' },
];

/**
 * The day after the interview: what is waiting to print beside a preview of every page,
 * with Export PDF, the printer and Print always in view above both.
 */
export function PrintQueue() {
  const client = useQueryClient();
  const queue = usePrintQueue();
  const items = queue.data ?? [];
  const [failed, setError] = useState<string | null>(null);
  const error = failed ?? (queue.error ? queue.error.message : null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirmBlank, setConfirmBlank] = useState(false);
  const printersQuery = usePrinters();
  const printers = printersQuery.data?.printers ?? [];
  const printerProblem = printersQuery.error ? printersQuery.error.message : (printersQuery.data?.problem ?? null);
  const [chosenPrinter, setPrinter] = useState('');
  const printer = chosenPrinter || (printers.find((p) => p.isDefault) ?? printers[0])?.name || '';
  const [perItem, setPerItem] = useState(false);
  const [busy, setBusy] = useState(false);
  const choices = useAllInterviews().data ?? [];
  const [picked, setChosen] = useState('');
  const chosen = picked || choices[0]?.interview.id || '';
  const [add, setAdd] = useState({ letters: true, envelopes: true, labels: false });
  const people = (useParticipants(chosen).data ?? []).map((p) => ({ id: p.person.id, fullName: p.person.fullName }));
  const settings = useSettings().data;
  // What Settings lacks for the sender, said on the items it shows up on.
  const sender = { noName: settings ? !settings.yourName.trim() : false, noReturnAddress: settings ? !settings.returnAddress.trim() : false };
  // The interviewers of the chosen interview, all chosen until the user leaves some out.
  const [left, setLeft] = useState<Set<string>>(new Set());
  useEffect(() => setLeft(new Set()), [chosen]);

  const queued = items.filter((i) => i.status === 'queued');
  const printed = items.filter((i) => i.status === 'printed');
  const printing = items.filter((i) => i.status === 'printing');

  /** How many labels the item's sheet holds: "Start at label" goes no further. */
  function labelsPerSheet(item: PrintQueueItem): number {
    if (item.data.kind !== 'labels' || !settings) return 400;
    const sheet = labelSheet(item.data.sheet ?? settings.labelSheet, settings.customLabelSheet);
    return sheet.columns * sheet.rows;
  }

  const setItems = (list: PrintQueueItem[]) => client.setQueryData(printKeys.queue(), list);
  // Printing marks letters printed: the notes, the overviews and the plan follow.
  const refresh = () => Promise.all(['print', 'notes', 'opportunities', 'people', 'plan'].map((root) => client.invalidateQueries({ queryKey: [root] })));

  // While jobs are with the printer, look at them every second: items move to Printed, or back with why.
  const printingKey = printing.map((i) => i.id).join();
  useEffect(() => {
    if (!printingKey) return;
    const timer = setInterval(() => {
      void api['printQueue.checkJobs']({}).then(async (r) => {
        if (!r.ok) return;
        if (r.value.problem) setError(r.value.problem);
        if (r.value.printed.length > 0 || r.value.failed.length > 0 || r.value.printing.length === 0) await refresh();
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [printingKey]);

  // The preview follows the queue: every queued page, as it will print.
  const queuedKey = JSON.stringify(queued.map((i) => [i.id, i.data]));
  const preview = useQuery({
    queryKey: printKeys.preview(queuedKey),
    queryFn: () => ask('printQueue.preview', {}),
    enabled: queued.length > 0,
    placeholderData: (previous) => previous,
  });
  const pdf = queued.length > 0 ? (preview.data?.pdfBase64 ?? null) : null;
  const warnings = queued.length > 0 ? (preview.data?.warnings ?? []) : [];
  const warningsOf = new Map<string, typeof warnings>();
  for (const w of warnings) warningsOf.set(w.id, [...(warningsOf.get(w.id) ?? []), w]);

  async function run<T>(work: () => Promise<T>) {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      return await work();
    } finally {
      setBusy(false);
    }
  }

  async function addForInterview() {
    await run(async () => {
      const some = people.filter((p) => !left.has(p.id)).map((p) => p.id);
      const r = await api['printQueue.addForInterview']({ interviewId: chosen, ...add, ...(left.size > 0 ? { personIds: some } : {}) });
      if (!r.ok) return setError(r.error.message);
      const { added, skipped } = r.value;
      const already = skipped.length > 0 ? ` Already waiting to print, so not added again: ${skipped.join(', ')}.` : '';
      setMessage(added.length > 0 ? `Added ${added.length} item${added.length === 1 ? '' : 's'} to the print queue.${already}` : `Nothing added.${already}`);
      await refresh();
    });
  }

  async function move(item: PrintQueueItem, delta: -1 | 1) {
    const toIndex = moveTarget(items, item.id, delta);
    if (toIndex === null) return;
    const r = await api['printQueue.move']({ id: item.id, toIndex });
    if (r.ok) setItems(r.value);
    else setError(r.error.message);
  }

  async function remove(item: PrintQueueItem) {
    const r = await api['printQueue.remove']({ id: item.id });
    if (!r.ok) return setError(r.error.message);
    await refresh();
  }

  async function update(item: PrintQueueItem, patch: { startAt?: number; envelope?: EnvelopeSizeId | null; format?: 'letter' | 'card-a2' | 'card-a7' }) {
    const r = await api['printQueue.update']({ id: item.id, ...patch });
    if (!r.ok) return setError(r.error.message);
    setItems(items.map((i) => (i.id === item.id ? r.value : i)));
  }

  async function exportPdf() {
    await run(async () => {
      const r = await api['printQueue.exportPdf']({ perItem });
      if (!r.ok) return setError(r.error.message);
      if (r.value.cancelled) return;
      const [first] = r.value.files;
      // One file per item goes into a new folder: name the folder, not the first file.
      const folder = first ? first.slice(0, Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\'))) : '';
      setMessage(!perItem ? `Saved ${first ?? ''}` : `Saved ${r.value.files.length} file${r.value.files.length === 1 ? '' : 's'} in the new folder ${folder}`);
    });
  }

  /** Names on envelopes and labels that would print without an address. */
  const blankFor = [...new Set(queued.filter((i) => i.data.kind !== 'letter').flatMap(missingAddresses))];

  async function print(allowMissingAddresses = false) {
    if (blankFor.length > 0 && !allowMissingAddresses) {
      setConfirmBlank(true);
      return;
    }
    setConfirmBlank(false);
    await run(async () => {
      const r = await api['printQueue.print']({ printer, allowMissingAddresses });
      if (!r.ok) return setError(r.error.message);
      setMessage(printOutcomeMessage(r.value, printer));
      await refresh();
    });
  }

  return (
    <div className="print-queue">
      <header className="print-header">
        <h2 tabIndex={-1}>Print queue</h2>
        <FormError error={error} />
        {message ? (
          <p role="status" className="print-message">
            {message}
          </p>
        ) : null}
      </header>
      <section className="print-bar" aria-label="Print or export">
        <label className="check">
          <input type="checkbox" checked={perItem} onChange={(e) => setPerItem(e.target.checked)} /> One file per item
        </label>
        <button type="button" disabled={busy || queued.length === 0} onClick={() => void exportPdf()}>
          Export PDF
        </button>
        <span className="print-bar-gap" />
        <div className="field inline">
          <label htmlFor="print-printer">Printer</label>
          <select id="print-printer" value={printer} onChange={(e) => setPrinter(e.target.value)} disabled={printers.length === 0}>
            {printers.map((p) => (
              <option key={p.name} value={p.name}>
                {p.name}
                {p.isDefault ? ' (default)' : ''}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="primary" disabled={busy || !printer || queued.length === 0} onClick={() => void print()}>
          Print
        </button>
        {printerProblem ? <p className="muted print-bar-note">{printerProblem}</p> : null}
      </section>
      <div className="print-columns">
        <div className="print-list">
          <section className="panel" aria-labelledby="print-items-heading">
            <h3 id="print-items-heading">Waiting to print</h3>
            {queued.length === 0 ? <p className="empty">Nothing is waiting. Letters marked ready, envelopes and labels appear here.</p> : null}
            {/* Only the items in view are drawn: a queue of hundreds stays quick to open and to scroll. */}
            <VirtualList items={queued} getKey={(item) => item.id} estimateSize={96} className="queue-items" ordered>
              {(item, row) => (
                <li key={item.id} {...row}>
                  <div className="queue-item">
                    <div className="queue-item-title">
                      <strong>{item.title}</strong>
                      {item.lastError ? <span className="print-problem">Not printed: {item.lastError}</span> : null}
                      {missingAddresses(item).length > 0 ? (
                        <span className="print-problem">
                          No postal address yet for {missingAddresses(item).join(', ')}. Add it with the interviewer’s details.
                        </span>
                      ) : null}
                      {item.data.kind === 'letter' && sender.noName ? (
                        <span className="print-problem">Your name is empty in Settings, so the letter ends without a typed name.</span>
                      ) : null}
                      {item.data.kind === 'envelope' && sender.noReturnAddress ? (
                        <span className="print-problem">The return address is empty in Settings, so the envelope has none.</span>
                      ) : null}
                      {(warningsOf.get(item.id) ?? []).map((w) => (
                        <span key={w.message} className="print-problem">
                          {w.message}
                        </span>
                      ))}
                    </div>
                    <div className="queue-item-options">
                      {item.data.kind === 'labels' ? (
                        <StartAtField
                          id={`start-${item.id}`}
                          value={item.data.startAt}
                          max={labelsPerSheet(item)}
                          onCommit={(n) => void update(item, { startAt: n })}
                        />
                      ) : null}
                      {item.data.kind === 'envelope' ? (
                        <div className="field inline">
                          <label htmlFor={`env-${item.id}`}>Envelope</label>
                          <select
                            id={`env-${item.id}`}
                            value={item.data.envelope ?? ''}
                            onChange={(e) => void update(item, { envelope: (e.target.value || null) as EnvelopeSizeId | null })}
                          >
                            {ENVELOPE_CHOICES.map((c) => (
                              <option key={c.value} value={c.value}>
                                {c.label}
                              </option>
                            ))}
                          </select>
                        </div>
                      ) : null}
                      {item.data.kind === 'letter' ? (
                        <div className="field inline">
                          <label htmlFor={`fmt-${item.id}`}>Print as</label>
                          <select
                            id={`fmt-${item.id}`}
                            value={item.data.format}
                            onChange={(e) => void update(item, { format: e.target.value as 'letter' | 'card-a2' | 'card-a7' })}
                          >
                            <option value="letter">Letter</option>
                            <option value="card-a2">Card draft, A2 (4¼ × 5½ in)</option>
                            <option value="card-a7">Card draft, A7 (5 × 7 in)</option>
                          </select>
                        </div>
                      ) : null}
                    </div>
                    <div className="actions">
                      <button type="button" aria-label={`Move up: ${item.title}`} disabled={queued[0]?.id === item.id} onClick={() => void move(item, -1)}>
                        ↑
                      </button>
                      <button type="button" aria-label={`Move down: ${item.title}`} disabled={queued.at(-1)?.id === item.id} onClick={() => void move(item, 1)}>
                        ↓
                      </button>
                      <button type="button" aria-label={`Remove: ${item.title}`} onClick={() => void remove(item)}>
                        Remove
                      </button>
                    </div>
                  </div>
                </li>
              )}
            </VirtualList>
          </section>
          <section className="panel" aria-labelledby="print-add-heading">
            <h3 id="print-add-heading">Add for an interview</h3>
            {choices.length === 0 ? (
              <p className="muted">No interviews yet.</p>
            ) : (
              <div className="row print-add">
                <div className="field">
                  <label htmlFor="print-interview">Interview</label>
                  <select id="print-interview" value={chosen} onChange={(e) => setChosen(e.target.value)}>
                    {choices.map(({ interview, opportunity }) => (
                      <option key={interview.id} value={interview.id}>
                        {opportunity.company} · {opportunity.role} · {formatCalendarDate(interview.date)}
                      </option>
                    ))}
                  </select>
                </div>
                {people.length > 0 ? (
                  <fieldset className="print-people">
                    <legend>For</legend>
                    {people.map((p) => (
                      <label key={p.id} className="check">
                        <input
                          type="checkbox"
                          checked={!left.has(p.id)}
                          onChange={(e) =>
                            setLeft((set) => {
                              const next = new Set(set);
                              if (e.target.checked) next.delete(p.id);
                              else next.add(p.id);
                              return next;
                            })
                          }
                        />{' '}
                        {p.fullName}
                      </label>
                    ))}
                  </fieldset>
                ) : null}
                <label className="check">
                  <input type="checkbox" checked={add.letters} onChange={(e) => setAdd({ ...add, letters: e.target.checked })} /> Letters marked ready
                </label>
                <label className="check">
                  <input type="checkbox" checked={add.envelopes} onChange={(e) => setAdd({ ...add, envelopes: e.target.checked })} /> Envelope for each
                </label>
                <label className="check">
                  <input type="checkbox" checked={add.labels} onChange={(e) => setAdd({ ...add, labels: e.target.checked })} /> Labels
                </label>
                <button
                  type="button"
                  className="primary"
                  disabled={busy || !chosen || (people.length > 0 && left.size === people.length)}
                  onClick={() => void addForInterview()}
                >
                  Add to print queue
                </button>
              </div>
            )}
          </section>

          {printing.length > 0 ? (
            <section className="panel" aria-labelledby="print-going-heading">
              <h3 id="print-going-heading">Printing</h3>
              <ul className="queue-items printing">
                {printing.map((item) => (
                  <li key={item.id} className="queue-item">
                    <span>
                      {item.title} <span className="muted">· {item.job ? jobStateText(item.job) : 'sent'}</span>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {printed.length > 0 ? (
            <section className="panel" aria-labelledby="print-done-heading">
              <h3 id="print-done-heading">Printed</h3>
              <ul className="queue-items printed">
                {printed.map((item) => (
                  <li key={item.id} className="queue-item">
                    <span>
                      {item.title} <span className="muted">· printed {item.printedAt ? new Date(item.printedAt).toLocaleString() : ''}</span>
                    </span>
                    <button type="button" aria-label={`Remove: ${item.title}`} onClick={() => void remove(item)}>
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {printer ? <PrinterCalibration printer={printer} /> : null}
        </div>
        <section className="print-preview" aria-labelledby="print-preview-heading">
          <h3 id="print-preview-heading">Preview</h3>
          {pdf ? <PdfPreview pdfBase64={pdf} label="Preview of the print queue" /> : <p className="empty">Pages appear here as they will print.</p>}
        </section>
      </div>
      {confirmBlank ? (
        <ConfirmDialog
          title="Print without addresses?"
          message={`No postal address yet for ${blankFor.join(', ')}. Their envelope or label would print blank.`}
          confirmLabel="Print anyway"
          onConfirm={() => void print(true)}
          onCancel={() => setConfirmBlank(false)}
        />
      ) : null}
    </div>
  );
}
