import { useCallback, useEffect, useState } from 'react';
import type { PrintQueueItem } from '../../../shared/api/printing/schemas';
import type { Interview, Opportunity } from '../../../shared/api/opportunities/schemas';
import type { EnvelopeSizeId, Settings } from '../../../shared/api/settings/schemas';
import { blankAddressNames, namesWithoutAddress } from '../../../shared/print/blank-addresses';
import { ENVELOPE_SIZES } from '../../../shared/print/envelope-layout';
import { labelSheet } from '../../../shared/print/label-sheet';
import { jobStateText, printOutcomeMessage } from '../../../shared/print/print-outcome';
import { moveTarget } from '../../../shared/print/queue-order';
import { api } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatCalendarDate } from '../format-date';
import { PdfPreview } from './print/PdfPreview';
import { PrinterCalibration } from './print/PrinterCalibration';
import { StartAtField } from './print/StartAtField';
import './print.css';

type Choice = { interview: Interview; opportunity: Opportunity };

const ENVELOPE_CHOICES: Array<{ value: EnvelopeSizeId | ''; label: string }> = [
  { value: '', label: 'As in Settings' },
  ...Object.entries(ENVELOPE_SIZES).map(([value, s]) => ({ value: value as EnvelopeSizeId, label: s.label })),
  { value: 'custom', label: 'Custom (Settings)' },
];

/** The day after the interview: what is waiting to print, a preview of every page, print or export. */
export function PrintQueue() {
  const [items, setItems] = useState<PrintQueueItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [confirmBlank, setConfirmBlank] = useState(false);
  const [warnings, setWarnings] = useState<Array<{ id: string; message: string }>>([]);
  const [printers, setPrinters] = useState<Array<{ name: string; isDefault: boolean }>>([]);
  const [printerProblem, setPrinterProblem] = useState<string | null>(null);
  const [printer, setPrinter] = useState('');
  const [perItem, setPerItem] = useState(false);
  const [busy, setBusy] = useState(false);
  const [choices, setChoices] = useState<Choice[]>([]);
  const [chosen, setChosen] = useState('');
  const [add, setAdd] = useState({ letters: true, envelopes: true, labels: false });
  const [people, setPeople] = useState<Array<{ id: string; fullName: string }>>([]);
  // What Settings lacks for the sender, said on the items it shows up on.
  const [sender, setSender] = useState<{ noName: boolean; noReturnAddress: boolean }>({ noName: false, noReturnAddress: false });
  const [left, setLeft] = useState<Set<string>>(new Set());

  const [sheets, setSheets] = useState<Pick<Settings, 'labelSheet' | 'customLabelSheet'> | null>(null);

  const queued = items.filter((i) => i.status === 'queued');

  /** How many labels the item's sheet holds: "Start at label" goes no further. */
  function labelsPerSheet(item: PrintQueueItem): number {
    if (item.data.kind !== 'labels' || !sheets) return 400;
    const sheet = labelSheet(item.data.sheet ?? sheets.labelSheet, sheets.customLabelSheet);
    return sheet.columns * sheet.rows;
  }
  const printed = items.filter((i) => i.status === 'printed');
  const printing = items.filter((i) => i.status === 'printing');

  const refresh = useCallback(async () => {
    const result = await api['printQueue.list']({});
    if (result.ok) setItems(result.value);
    else setError(result.error.message);
  }, []);

  useEffect(() => {
    void refresh();
    void api['settings.get']({}).then((r) => {
      if (!r.ok) return;
      setSheets({ labelSheet: r.value.labelSheet, customLabelSheet: r.value.customLabelSheet });
      setSender({ noName: !r.value.yourName.trim(), noReturnAddress: !r.value.returnAddress.trim() });
    });
    void api['printers.list']({}).then((r) => {
      if (!r.ok) return setPrinterProblem(r.error.message);
      setPrinters(r.value.printers);
      setPrinterProblem(r.value.problem);
      setPrinter((current) => current || (r.value.printers.find((p) => p.isDefault) ?? r.value.printers[0])?.name || '');
    });
    void (async () => {
      const opps = await api['opportunities.list']({});
      if (!opps.ok) return;
      const all: Choice[] = [];
      for (const opportunity of opps.value) {
        const list = await api['interviews.listForOpportunity']({ opportunityId: opportunity.id });
        if (list.ok) all.push(...list.value.map((interview) => ({ interview, opportunity })));
      }
      all.sort((a, b) => b.interview.date.localeCompare(a.interview.date));
      setChoices(all);
      setChosen((c) => c || all[0]?.interview.id || '');
    })();
  }, [refresh]);

  // The interviewers of the chosen interview, all chosen until the user leaves some out.
  useEffect(() => {
    setPeople([]);
    setLeft(new Set());
    if (!chosen) return;
    let live = true;
    void api['participants.list']({ interviewId: chosen }).then((r) => {
      if (live && r.ok) setPeople(r.value.map((p) => ({ id: p.person.id, fullName: p.person.fullName })));
    });
    return () => {
      live = false;
    };
  }, [chosen]);

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
  }, [printingKey, refresh]);

  // The preview follows the queue: every queued page, as it will print.
  const queuedKey = JSON.stringify(queued.map((i) => [i.id, i.data]));
  useEffect(() => {
    if (queued.length === 0) {
      setPreview(null);
      setWarnings([]);
      return;
    }
    let live = true;
    void api['printQueue.preview']({}).then((r) => {
      if (!live) return;
      if (r.ok) {
        setPreview(r.value.pdfBase64);
        setWarnings(r.value.warnings);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [queuedKey]);

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
    setItems((list) => list.map((i) => (i.id === item.id ? r.value : i)));
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
  const blankFor = blankAddressNames(queued.map((i) => i.data));

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
      <h2>Print queue</h2>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      {message ? (
        <p role="status" className="print-message">
          {message}
        </p>
      ) : null}

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
            <button type="button" className="primary" disabled={busy || !chosen || (people.length > 0 && left.size === people.length)} onClick={() => void addForInterview()}>
              Add to print queue
            </button>
          </div>
        )}
      </section>

      <section className="panel" aria-labelledby="print-items-heading">
        <h3 id="print-items-heading">Waiting to print</h3>
        {queued.length === 0 ? <p className="empty">Nothing is waiting. Letters marked ready, envelopes and labels appear here.</p> : null}
        <ol className="queue-items">
          {queued.map((item) => (
            <li key={item.id} className="queue-item">
              <div className="queue-item-title">
                <strong>{item.title}</strong>
                {item.lastError ? <span className="print-problem">Not printed: {item.lastError}</span> : null}
                {namesWithoutAddress(item.data).length > 0 ? (
                  <span className="print-problem">No postal address yet for {namesWithoutAddress(item.data).join(', ')}. Add it with the interviewer’s details.</span>
                ) : null}
                {item.data.kind === 'letter' && sender.noName ? <span className="print-problem">Your name is empty in Settings, so the letter ends without a typed name.</span> : null}
                {item.data.kind === 'envelope' && sender.noReturnAddress ? <span className="print-problem">The return address is empty in Settings, so the envelope has none.</span> : null}
                {warnings
                  .filter((w) => w.id === item.id)
                  .map((w) => (
                    <span key={w.message} className="print-problem">
                      {w.message}
                    </span>
                  ))}
              </div>
              <div className="queue-item-options">
                {item.data.kind === 'labels' ? (
                  <StartAtField id={`start-${item.id}`} value={item.data.startAt} max={labelsPerSheet(item)} onCommit={(n) => void update(item, { startAt: n })} />
                ) : null}
                {item.data.kind === 'envelope' ? (
                  <div className="field inline">
                    <label htmlFor={`env-${item.id}`}>Envelope</label>
                    <select id={`env-${item.id}`} value={item.data.envelope ?? ''} onChange={(e) => void update(item, { envelope: (e.target.value || null) as EnvelopeSizeId | null })}>
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
                    <select id={`fmt-${item.id}`} value={item.data.format} onChange={(e) => void update(item, { format: e.target.value as 'letter' | 'card-a2' | 'card-a7' })}>
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
            </li>
          ))}
        </ol>
        {queued.length > 0 ? (
          <div className="print-actions">
            <div className="row">
              <label className="check">
                <input type="checkbox" checked={perItem} onChange={(e) => setPerItem(e.target.checked)} /> One file per item
              </label>
              <button type="button" disabled={busy} onClick={() => void exportPdf()}>
                Export PDF
              </button>
            </div>
            <div className="row">
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
              <button type="button" className="primary" disabled={busy || !printer} onClick={() => void print()}>
                Print
              </button>
            </div>
            {printerProblem ? <p className="muted">{printerProblem}</p> : null}
          </div>
        ) : null}
      </section>

      {confirmBlank ? (
        <ConfirmDialog
          title="Print without addresses?"
          message={`No postal address yet for ${blankFor.join(', ')}. Their envelope or label would print blank.`}
          confirmLabel="Print anyway"
          onConfirm={() => void print(true)}
          onCancel={() => setConfirmBlank(false)}
        />
      ) : null}

      {preview ? (
        <section className="panel" aria-labelledby="print-preview-heading">
          <h3 id="print-preview-heading">Preview</h3>
          <PdfPreview pdfBase64={preview} label="Preview of the print queue" />
        </section>
      ) : null}

      {printer ? <PrinterCalibration printer={printer} /> : null}

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
    </div>
  );
}
