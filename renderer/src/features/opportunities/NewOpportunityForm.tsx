import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api';
import { paths } from '../../app/paths';
import { useGoBack } from '../../app/use-history-keys';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { useCreateOpportunity } from './queries';

export function NewOpportunityForm() {
  const navigate = useNavigate();
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [location, setLocation] = useState('');
  const create = useCreateOpportunity();
  const error = create.error instanceof ApiError ? create.error : null;
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ company, role, location }, { onSuccess: (o) => void navigate(paths.opportunity(o.id), { replace: true }) });
  }

  const cancel = useGoBack(paths.home());
  return (
    <form className="panel" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && cancel()} aria-labelledby="new-opportunity-title" noValidate>
      <h2 id="new-opportunity-title" tabIndex={-1}>
        New opportunity
      </h2>
      <FormError error={error?.field ? null : create.error} />
      <Field label="Company" value={company} onChange={(e) => setCompany(e.target.value)} error={fieldError('company')} autoFocus required maxLength={200} />
      <Field label="Role" value={role} onChange={(e) => setRole(e.target.value)} error={fieldError('role')} required maxLength={200} />
      <Field
        label="Location"
        value={location}
        onChange={(e) => setLocation(e.target.value)}
        error={fieldError('location')}
        maxLength={200}
        hint="Optional: city, or remote"
      />
      <div className="actions">
        <button type="button" onClick={cancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={create.isPending}>
          Create opportunity
        </button>
      </div>
    </form>
  );
}
