import { Field } from '../../components/Field';
import { AddressFields } from './AddressFields';
import { withFullName, type PersonDraft } from './person-draft';

interface PersonFieldsetProps {
  draft: PersonDraft;
  onChange(next: PersonDraft): void;
  onBlur?(): void;
  errorFor(field: string): string | undefined;
  /** The address in the Email box is a guess from the company's pattern. */
  emailGuessed?: boolean;
}

/** The card's fields, shared by "Add interviewer" and editing someone already added. */
export function PersonFieldset({ draft, onChange, onBlur, errorFor, emailGuessed = false }: PersonFieldsetProps) {
  const set = <K extends keyof PersonDraft>(key: K, value: PersonDraft[K]) => onChange({ ...draft, [key]: value });
  return (
    <>
      <div className="row">
        <Field
          label="Name"
          value={draft.fullName}
          onChange={(e) => onChange(withFullName(draft, e.target.value))}
          onBlur={onBlur}
          maxLength={300}
          error={errorFor('fullName')}
          required
        />
        <Field label="Title" value={draft.title} onChange={(e) => set('title', e.target.value)} onBlur={onBlur} maxLength={300} error={errorFor('title')} />
      </div>
      <div className="row">
        <Field
          label="Given name"
          value={draft.givenName}
          onChange={(e) => onChange({ ...draft, givenName: e.target.value, namesEdited: true })}
          onBlur={onBlur}
          maxLength={200}
          hint="For the salutation; correct it if the split is wrong"
          error={errorFor('givenName')}
        />
        <Field
          label="Family name"
          value={draft.familyName}
          onChange={(e) => onChange({ ...draft, familyName: e.target.value, namesEdited: true })}
          onBlur={onBlur}
          maxLength={200}
          error={errorFor('familyName')}
        />
      </div>
      <div className="row">
        <Field
          label="Company"
          value={draft.company}
          onChange={(e) => set('company', e.target.value)}
          onBlur={onBlur}
          maxLength={200}
          error={errorFor('company')}
        />
        <div className="email-field">
          <Field
            label="Email"
            type="email"
            value={draft.email}
            onChange={(e) => set('email', e.target.value)}
            onBlur={onBlur}
            maxLength={254}
            error={errorFor('email')}
          />
          {emailGuessed ? <span className="guessed-tag">guessed</span> : null}
        </div>
        <Field
          label="Phone"
          type="tel"
          value={draft.phone}
          onChange={(e) => set('phone', e.target.value)}
          onBlur={onBlur}
          maxLength={50}
          error={errorFor('phone')}
        />
      </div>
      <AddressFields value={draft.address} onChange={(address) => set('address', address)} onBlur={onBlur} errorFor={errorFor} />
      <div className="row">
        <Field
          label="Website"
          value={draft.website}
          onChange={(e) => set('website', e.target.value)}
          onBlur={onBlur}
          maxLength={500}
          error={errorFor('website')}
        />
        <Field
          label="LinkedIn"
          value={draft.linkedin}
          onChange={(e) => set('linkedin', e.target.value)}
          onBlur={onBlur}
          maxLength={500}
          error={errorFor('linkedin')}
        />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={draft.cardCollected} onChange={(e) => set('cardCollected', e.target.checked)} onBlur={onBlur} />
        Card collected
      </label>
    </>
  );
}
