import { useState, type FormEvent } from 'react';
import type { Opportunity } from '../../../shared/api/opportunities/schemas';
import { api } from '../api';
import { Field } from '../components/Field';
import { errorsFrom, type FormErrors } from '../field-errors';

export function NewOpportunityForm({ onCreated, onCancel }: { onCreated(o: Opportunity): void; onCancel(): void }) {
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [location, setLocation] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await api['opportunities.create']({ company, role, location });
    setBusy(false);
    if (result.ok) onCreated(result.value);
    else setErrors(errorsFrom(result));
  }

  return (
    <form className="panel" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()} aria-labelledby="new-opportunity-title" noValidate>
      <h2 id="new-opportunity-title">New opportunity</h2>
      {errors.form ? <p role="alert" className="form-error">{errors.form}</p> : null}
      <Field label="Company" value={company} onChange={(e) => setCompany(e.target.value)} error={errors.fields.company} autoFocus required maxLength={200} />
      <Field label="Role" value={role} onChange={(e) => setRole(e.target.value)} error={errors.fields.role} required maxLength={200} />
      <Field label="Location" value={location} onChange={(e) => setLocation(e.target.value)} error={errors.fields.location} maxLength={200} hint="Optional: city, or remote" />
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          Create opportunity
        </button>
      </div>
    </form>
  );
}
