import { useEffect, useRef, useState } from 'react';
import {
  csvTargets,
  describeColumnHint,
  type ChosenFile,
  type CsvMapping,
  type CsvTarget,
  type ImportAction,
  type ImportPreviewEntry,
  type LeftOutEntry,
} from '../../../../shared/api/people/contact-import-schemas';
import { api } from '../../api';
import { CountryComboBox } from '../../components/CountryComboBox';
import { DialogFrame } from '../../components/DialogFrame';
import { SelectField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { formatCalendarDate } from '../../format-date';
import { useAllInterviews } from '../opportunities/queries';
import { useImportContacts } from './queries';

interface ImportContactsProps {
  /** The interview the import starts out adding everyone to; none adds them to People only. */
  interviewId?: string;
  /** That interview's company, for cards that name none (known before the list of interviews loads). */
  company?: string;
  /** Called with a one-line summary after an import, or null when the user stopped. */
  onDone(summary: string | null): void;
}

const TARGET_LABEL: Record<CsvTarget, string> = {
  fullName: 'Name',
  givenName: 'Given name',
  familyName: 'Family name',
  title: 'Title',
  company: 'Company',
  email: 'Email',
  phone: 'Phone',
  street: 'Street and number',
  street2: 'Address line 2',
  city: 'City',
  region: 'Region',
  postalCode: 'Postal code',
  country: 'Country',
  website: 'Website',
  linkedin: 'LinkedIn',
  note: 'Notes',
};

type Step =
  | { kind: 'choosing' }
  | { kind: 'mapping'; file: Extract<ChosenFile, { kind: 'csv' }>; mapping: CsvMapping }
  | {
      kind: 'preview';
      file: Exclude<ChosenFile, { kind: 'cancelled' }>;
      mapping?: CsvMapping;
      entries: ImportPreviewEntry[];
      /** Cards or rows that cannot be imported, and notes on what else the file held. */
      leftOut: LeftOutEntry[];
      notes: string[];
      actions: ImportAction[];
      /** Countries picked for entries whose country was not recognised; '' leaves it empty. */
      countries: string[];
    }
  | { kind: 'failed'; message: string };

/** "Import contacts": choose a .vcf or .csv, map CSV columns, see what will happen, then save. */
export function ImportContacts({ interviewId, company: startCompany = '', onDone }: ImportContactsProps) {
  const [step, setStep] = useState<Step>({ kind: 'choosing' });
  const [busy, setBusy] = useState(false);
  const started = useRef(false);
  const [target, setTarget] = useState(interviewId ?? '');
  const interviews = useAllInterviews().data ?? [];
  const importing = useImportContacts();
  // Cards that name no company work for the company of the interview they are added to.
  const company = target === (interviewId ?? '') ? startCompany : (interviews.find((c) => c.interview.id === target)?.opportunity.company ?? '');

  async function choose() {
    setStep({ kind: 'choosing' });
    const result = await api['contacts.chooseImportFile']({});
    if (!result.ok) return setStep({ kind: 'failed', message: result.error.message });
    const file = result.value;
    if (file.kind === 'cancelled') return onDone(null);
    if (file.kind === 'csv') return setStep({ kind: 'mapping', file, mapping: file.suggested });
    await preview(file);
  }

  async function preview(file: Exclude<ChosenFile, { kind: 'cancelled' }>, mapping?: CsvMapping) {
    setBusy(true);
    const result = await api['contacts.previewImport']({ token: file.token, company, ...(mapping ? { mapping } : {}) });
    setBusy(false);
    if (!result.ok) return setStep({ kind: 'failed', message: result.error.message });
    const { entries, leftOut, notes } = result.value;
    setStep({
      kind: 'preview',
      file,
      ...(mapping ? { mapping } : {}),
      entries,
      leftOut,
      notes,
      actions: entries.map((e) => e.action),
      countries: entries.map(() => ''),
    });
  }

  async function save(s: Extract<Step, { kind: 'preview' }>) {
    importing.mutate(
      {
        token: s.file.token,
        company,
        ...(target ? { interviewId: target } : {}),
        actions: s.actions,
        countries: s.countries,
        ...(s.mapping ? { mapping: s.mapping } : {}),
      },
      {
        onSuccess: ({ created, merged, skipped, photos }) =>
          onDone(
            `Imported from ${s.file.fileName}: ${created} new, ${merged} merged with people you had, ${skipped} skipped${photos > 0 ? `; ${photos} ${photos === 1 ? 'photo' : 'photos'} kept with ${photos === 1 ? 'its person' : 'their people'}` : ''}.`,
          ),
        onError: (error) => setStep({ kind: 'failed', message: error.message }),
      },
    );
  }

  useEffect(() => {
    // Open the file dialog once when the panel appears (StrictMode mounts effects twice).
    if (started.current) return;
    started.current = true;
    void choose();
  }, []);

  return (
    <DialogFrame title="Import contacts" onClose={() => onDone(null)} className="wide import-contacts">
      {step.kind === 'choosing' ? <p className="muted">Choose a .vcf (vCard) or .csv file…</p> : null}

      {step.kind === 'failed' ? (
        <>
          <FormError error={step.message} />
          <div className="actions">
            <button type="button" onClick={() => onDone(null)}>
              Close
            </button>
            <button type="button" className="primary" onClick={() => void choose()}>
              Choose another file
            </button>
          </div>
        </>
      ) : null}

      {step.kind === 'mapping' ? (
        <>
          <p>
            Which column of <strong>{step.file.fileName}</strong> holds what? The first rows are shown to help.
          </p>
          <div className="csv-mapping">
            {csvTargets.map((target) => (
              <div className="field" key={target}>
                <label htmlFor={`map-${target}`}>{TARGET_LABEL[target]}</label>
                <select
                  id={`map-${target}`}
                  value={step.mapping[target] ?? ''}
                  onChange={(e) => {
                    const next = { ...step.mapping };
                    if (e.target.value === '') delete next[target];
                    else next[target] = Number(e.target.value);
                    setStep({ ...step, mapping: next });
                  }}
                >
                  <option value="">— not imported —</option>
                  {step.file.headers.map((h, i) => (
                    <option key={i} value={i}>
                      {h || `Column ${i + 1}`}
                      {step.file.sample[0]?.[i] ? ` (e.g. ${step.file.sample[0][i]!.slice(0, 30)})` : ''}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          {step.file.hints.some((h) => !Object.values(step.mapping).includes(h.column)) ? (
            <ul className="import-warnings" aria-label="Columns not imported">
              {step.file.hints
                .filter((h) => !Object.values(step.mapping).includes(h.column))
                .map((h) => (
                  <li key={h.column}>{describeColumnHint(h)}</li>
                ))}
            </ul>
          ) : null}
          <div className="actions">
            <button type="button" onClick={() => onDone(null)}>
              Cancel
            </button>
            <button type="button" className="primary" disabled={busy} onClick={() => void preview(step.file, step.mapping)}>
              Preview
            </button>
          </div>
        </>
      ) : null}

      {step.kind === 'preview' ? (
        <>
          <p>
            {step.entries.length} contact{step.entries.length === 1 ? '' : 's'} in <strong>{step.file.fileName}</strong>. Nothing is saved until you press
            “Import”.
          </p>
          {step.leftOut.length > 0 || step.notes.length > 0 ? (
            <ul className="import-warnings" aria-label="Left out of the import">
              {step.leftOut.map((l) => (
                <li key={l.source}>
                  Left out: {l.where}. {l.reason}
                </li>
              ))}
              {step.notes.map((n, i) => (
                <li key={`note-${i}`}>{n}</li>
              ))}
            </ul>
          ) : null}
          {step.entries.some((e) => e.contact.warnings.length > 0) ? (
            <ul className="import-warnings" aria-label="Import warnings">
              {step.entries.flatMap((e, i) =>
                e.contact.warnings.map((w, j) => (
                  <li key={`${i}-${j}`}>
                    Warning: {w}
                    {j === 0 && e.contact.address && e.contact.address.country === '' ? (
                      <>
                        {' '}
                        <CountryComboBox
                          label={`Country for ${e.contact.fullName}`}
                          emptyText="Leave empty"
                          value={step.countries[i] ?? ''}
                          onChange={(code) => setStep({ ...step, countries: step.countries.map((c, k) => (k === i ? code : c)) })}
                        />
                      </>
                    ) : null}
                  </li>
                )),
              )}
            </ul>
          ) : null}
          <table className="import-preview" aria-label="Import preview">
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">Name</th>
                <th scope="col">Company</th>
                <th scope="col">Email</th>
                <th scope="col">Already known</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {step.entries.map((e, i) => (
                <tr key={i}>
                  <td className="muted">{e.contact.source}</td>
                  <td>{e.contact.fullName}</td>
                  <td>{e.contact.company}</td>
                  <td>{e.contact.email}</td>
                  <td>{e.match ? `Matches ${e.match.fullName} (${e.match.reason})` : <span className="muted">New</span>}</td>
                  <td>
                    <select
                      aria-label={`Action for ${e.contact.fullName}`}
                      value={step.actions[i]}
                      onChange={(ev) => setStep({ ...step, actions: step.actions.map((a, j) => (j === i ? (ev.target.value as ImportAction) : a)) })}
                    >
                      {e.match ? <option value="merge">Merge into {e.match.fullName}</option> : null}
                      <option value="create">Add as new</option>
                      <option value="skip">Skip</option>
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <SelectField
            label="Add them to"
            value={target}
            onChange={setTarget}
            options={[
              { value: '', label: 'People only (no interview)' },
              ...interviews.map(({ interview, opportunity }) => ({
                value: interview.id,
                label: `The interview at ${opportunity.company} on ${formatCalendarDate(interview.date)}`,
              })),
            ]}
          />
          <div className="actions">
            <button type="button" onClick={() => onDone(null)}>
              Cancel
            </button>
            <button
              type="button"
              className="primary"
              disabled={busy || importing.isPending || step.actions.every((a) => a === 'skip')}
              onClick={() => void save(step)}
            >
              Import
            </button>
          </div>
        </>
      ) : null}
    </DialogFrame>
  );
}
