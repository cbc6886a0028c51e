import { useState } from 'react';
import type { InterviewParticipant, OpportunityRole } from '../../../../shared/api/people/schemas';
import { DialogFrame } from '../../components/DialogFrame';
import { FormError } from '../../components/FormError';
import { SaveStatus } from '../../components/SaveStatus';
import { PersonFieldset } from './PersonFieldset';
import { toPersonDraft, type PersonDraft } from './person-draft';
import { useSetRoles } from './queries';
import { usePersonWriter } from './use-person-writer';

export const ROLE_LABEL: Record<OpportunityRole, string> = { interviewer: 'Interviewer', 'hiring-manager': 'Hiring manager', recruiter: 'Recruiter' };

interface EditPersonDialogProps {
  participant: Pick<InterviewParticipant, 'person' | 'roles'>;
  /** Roles belong to one opportunity; without one the dialog edits the card only. */
  opportunityId?: string;
  onClose(): void;
}

/** The whole card of one person, saved as it is typed, and their roles in this opportunity. */
export function EditPersonDialog({ participant, opportunityId, onClose }: EditPersonDialogProps) {
  const { person } = participant;
  const [draft, setDraft] = useState<PersonDraft>(() => toPersonDraft(person));
  const [roles, setRoles] = useState(participant.roles);
  const writer = usePersonWriter(person);
  const setRolesCall = useSetRoles();

  function edit(next: PersonDraft) {
    setDraft(next);
    writer.schedule(next);
  }

  function toggleRole(role: OpportunityRole, on: boolean) {
    if (!opportunityId) return;
    const before = roles;
    const next = on ? [...roles, role] : roles.filter((r) => r !== role);
    // Shown at once, so the checkbox follows the click; put back if the save fails.
    setRoles(next);
    setRolesCall.mutate({ opportunityId, personId: person.id, roles: next }, { onError: () => setRoles(before) });
  }

  async function done() {
    await writer.flush();
    onClose();
  }

  return (
    <DialogFrame title={`Edit ${person.fullName}`} onClose={() => void done()} className="wide">
      <div className="dialog-status">
        <SaveStatus state={writer.state} />
      </div>
      <PersonFieldset
        draft={draft}
        onChange={edit}
        onBlur={() => void writer.flush()}
        errorFor={writer.errorFor}
        emailGuessed={person.emailStatus === 'guessed' && draft.email === person.email}
      />
      {opportunityId ? (
        <fieldset className="role-choices">
          <legend>Role in this opportunity</legend>
          {(['interviewer', 'hiring-manager', 'recruiter'] as const).map((r) => (
            <label key={r} className="checkbox">
              <input type="checkbox" checked={roles.includes(r)} onChange={(e) => toggleRole(r, e.target.checked)} />
              {ROLE_LABEL[r]}
            </label>
          ))}
        </fieldset>
      ) : null}
      <FormError error={setRolesCall.error} />
      <div className="actions">
        <button type="button" className="primary" onClick={() => void done()} aria-label={`Done editing ${person.fullName}`}>
          Done
        </button>
      </div>
    </DialogFrame>
  );
}
