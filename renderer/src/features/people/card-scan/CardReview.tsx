import { certaintyWord, type ReadText } from '../../../../../shared/card-scan/card-reading';
import { Field, SelectField } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { AddressFields } from '../AddressFields';
import { withFullName, type PersonDraft } from '../person-draft';
import { phoneText } from './reading-draft';
import type { ScanEntry } from './use-card-scan';

const WORDS = { sure: 'read surely', check: 'check this', unsure: 'unsure, check this' } as const;

/** "read surely (96 %)": how sure the reader is, in words, never only in colour. */
export function certaintyText(r: { certainty: number; value: unknown }): string {
  if (r.value === '' || r.value === null) return 'not found on the card';
  return `${WORDS[certaintyWord(r.certainty)]} (${Math.round(r.certainty * 100)} %)`;
}

interface CardReviewProps {
  entry: ScanEntry;
  /** Other cards that could be this one's back. */
  others: ScanEntry[];
  onEdit(draft: PersonDraft): void;
  onCombine(backKey: string): void;
  onMerge(merge: boolean): void;
  onAdd(addAsNew?: boolean): void;
  onCancelConfirm(): void;
  onDismiss(): void;
  busy: boolean;
}

/** One card: its photo beside the fields read from it, each saying how sure the reading is. */
export function CardReview({ entry, others, onEdit, onCombine, onMerge, onAdd, onCancelConfirm, onDismiss, busy }: CardReviewProps) {
  const { draft, reading } = entry;
  if (!draft || !reading) return null;
  const { error } = entry;
  const errorFor = (field: string) => (error?.field === field || error?.field === `person.${field}` ? error.message : undefined);
  const hintFor = (key: keyof PersonDraft, read: ReadText) => (draft[key] !== read.value && key !== 'company' ? 'edited' : certaintyText(read));
  const set = <K extends keyof PersonDraft>(key: K, value: PersonDraft[K]) => onEdit({ ...draft, [key]: value });
  const label = draft.fullName || entry.fileName;
  return (
    <article className="card-review panel inset" aria-label={`Card: ${label}`}>
      <div className="card-photos">
        {entry.photoUrls.map((url, i) => (
          <img key={url} src={url} alt={`${i === 0 ? 'Front' : 'Back'} of the card ${entry.fileName}`} />
        ))}
      </div>
      <div className="card-fields">
        <FormError error={error && !error.field?.startsWith('person.') ? error : null} />
        <div className="row">
          <Field
            label="Name"
            value={draft.fullName}
            onChange={(e) => onEdit(withFullName(draft, e.target.value))}
            maxLength={300}
            hint={hintFor('fullName', reading.fullName)}
            error={errorFor('fullName')}
            required
          />
          <Field
            label="Title"
            value={draft.title}
            onChange={(e) => set('title', e.target.value)}
            maxLength={300}
            hint={hintFor('title', reading.title)}
            error={errorFor('title')}
          />
        </div>
        <div className="row">
          <Field
            label="Given name"
            value={draft.givenName}
            onChange={(e) => onEdit({ ...draft, givenName: e.target.value, namesEdited: true })}
            maxLength={200}
            hint={hintFor('givenName', reading.givenName)}
            error={errorFor('givenName')}
          />
          <Field
            label="Family name"
            value={draft.familyName}
            onChange={(e) => onEdit({ ...draft, familyName: e.target.value, namesEdited: true })}
            maxLength={200}
            hint={hintFor('familyName', reading.familyName)}
            error={errorFor('familyName')}
          />
        </div>
        <div className="row">
          <Field
            label="Company"
            value={draft.company}
            onChange={(e) => set('company', e.target.value)}
            maxLength={200}
            hint={draft.company !== reading.company.value ? (reading.company.value ? 'edited' : 'from the opportunity') : certaintyText(reading.company)}
            error={errorFor('company')}
          />
          <Field
            label="Email"
            type="email"
            value={draft.email}
            onChange={(e) => set('email', e.target.value)}
            maxLength={254}
            hint={hintFor('email', reading.email)}
            error={errorFor('email')}
          />
        </div>
        <div className="row">
          <Field
            label="Phone"
            type="tel"
            value={draft.phone}
            onChange={(e) => set('phone', e.target.value)}
            maxLength={50}
            error={errorFor('phone')}
            hint={reading.phones.length === 0 ? 'not found on the card' : undefined}
          />
        </div>
        {reading.phones.length > 0 ? (
          <fieldset className="card-phones">
            <legend>Phone numbers on the card</legend>
            {reading.phones.map((p) => (
              <label key={p.number} className="checkbox">
                <input type="radio" name={`${entry.key}-phone`} checked={draft.phone === phoneText(p)} onChange={() => set('phone', phoneText(p))} />
                {p.type === 'other' ? 'Phone' : p.type[0]!.toUpperCase() + p.type.slice(1)}: {p.printed}{' '}
                <span className="muted">({certaintyText({ certainty: p.certainty, value: p.number })})</span>
              </label>
            ))}
          </fieldset>
        ) : null}
        <p className="hint">Address: {certaintyText(reading.address)}</p>
        <AddressFields value={draft.address} onChange={(address) => set('address', address)} errorFor={errorFor} />
        <div className="row">
          <Field
            label="Website"
            value={draft.website}
            onChange={(e) => set('website', e.target.value)}
            maxLength={500}
            hint={hintFor('website', reading.website)}
            error={errorFor('website')}
          />
          <Field
            label="LinkedIn"
            value={draft.linkedin}
            onChange={(e) => set('linkedin', e.target.value)}
            maxLength={500}
            hint={hintFor('linkedin', reading.linkedin)}
            error={errorFor('linkedin')}
          />
        </div>
        {reading.unused.length > 0 ? <p className="muted">Also on the card: {reading.unused.join(' · ')}</p> : null}
        {entry.match ? (
          <label className="checkbox">
            <input type="checkbox" checked={entry.merge} onChange={(e) => onMerge(e.target.checked)} />
            Already known: {entry.match.fullName} ({entry.match.reason}). Add this card to them instead of adding someone new
          </label>
        ) : null}
        {entry.confirm ? (
          <div className="notice" role="alert">
            <p>{entry.confirm}</p>
            <div className="actions">
              <button type="button" onClick={onCancelConfirm}>
                Not yet
              </button>
              <button type="button" onClick={() => onAdd(true)}>
                Add a new person anyway
              </button>
            </div>
          </div>
        ) : null}
        <div className="actions">
          {entry.scans.length === 1 && others.length > 0 ? (
            <SelectField
              label="Back of this card"
              value=""
              onChange={(key) => key && onCombine(key)}
              options={[{ value: '', label: '— none —' }, ...others.map((o) => ({ value: o.key, label: o.fileName }))]}
            />
          ) : null}
          <button type="button" onClick={onDismiss}>
            Discard
          </button>
          <button type="button" className="primary" disabled={busy} onClick={() => onAdd()}>
            {entry.merge && entry.match ? `Add card to ${entry.match.fullName}` : `Add ${draft.fullName.trim() || 'person'}`}
          </button>
        </div>
      </div>
    </article>
  );
}
