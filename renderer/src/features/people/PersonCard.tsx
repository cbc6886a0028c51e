import { useState } from 'react';
import type { InterviewParticipant, Person } from '../../../../shared/api/people/schemas';
import { formatPostalAddress } from '../../../../shared/domain/postal-address-format';
import { FormError } from '../../components/FormError';
import { CardPhotos } from './card-scan/CardPhotos';
import { EditPersonDialog, ROLE_LABEL } from './EditPersonDialog';
import { useConfirmEmail, useEmailExplanation, useRejectEmail } from './queries';

interface PersonCardProps {
  participant: Pick<InterviewParticipant, 'person' | 'roles'>;
  /** Where roles are edited; left out in the People directory. */
  opportunityId?: string;
  senderCountry: string;
  headingId: string;
  onRemove?(): void;
  onExport(person: Person): void;
}

/** One person's card, compact: what is known, a guessed address to confirm or reject, and Edit. */
export function PersonCard({ participant, opportunityId, senderCountry, headingId, onRemove, onExport }: PersonCardProps) {
  const { person } = participant;
  const [editing, setEditing] = useState(false);
  // Per person: the card stays one view when the next interviewer is opened in its place.
  const [cardShownFor, setCardShownFor] = useState<string | null>(null);
  const showCard = cardShownFor === person.id;
  const confirm = useConfirmEmail();
  const reject = useRejectEmail();
  // Why there is no address (no colleague's address to learn from…), asked only when there is none.
  const explanation = useEmailExplanation(person.id, person.email === '');
  const address = formatPostalAddress('', '', person.address, { senderCountry });

  return (
    <div className="person-card">
      <header className="person-card-header">
        <div>
          <h3 id={headingId} className="person-name">
            {person.fullName}
          </h3>
          <div className="muted">{[person.title, person.company].filter(Boolean).join(' · ')}</div>
          <div className="roles">
            {participant.roles.map((r) => (
              <span key={r} className="role-tag">
                {ROLE_LABEL[r]}
              </span>
            ))}
            {person.cardCollected ? <span className="role-tag quiet">Card collected</span> : null}
            {person.cardCollected ? (
              <button
                type="button"
                className="small"
                aria-expanded={showCard}
                onClick={() => setCardShownFor(showCard ? null : person.id)}
                aria-label={`${showCard ? 'Hide' : 'Show'} ${person.fullName}’s card`}
              >
                {showCard ? 'Hide card' : 'Show card'}
              </button>
            ) : null}
          </div>
          {showCard ? <CardPhotos personId={person.id} name={person.fullName} /> : null}
        </div>
        <div className="actions">
          <button type="button" onClick={() => setEditing(true)} aria-label={`Edit ${person.fullName}`}>
            Edit
          </button>
          <button type="button" onClick={() => onExport(person)} aria-label={`Export .vcf of ${person.fullName}`}>
            Export .vcf
          </button>
          {onRemove ? (
            <button type="button" className="danger-quiet" onClick={onRemove} aria-label={`Remove ${person.fullName}`}>
              Remove
            </button>
          ) : null}
        </div>
      </header>
      <FormError error={confirm.error ?? reject.error} />
      <dl className="card-details">
        <div>
          <dt>Email</dt>
          <dd>
            {person.email ? (
              <>
                <span className="email">{person.email}</span>
                {person.emailStatus === 'guessed' ? (
                  <>
                    {' '}
                    <span className="guessed-tag">guessed</span>{' '}
                    <button type="button" className="small" onClick={() => confirm.mutate(person.id)} aria-label={`Confirm ${person.email}`}>
                      Confirm
                    </button>{' '}
                    <button type="button" className="small" onClick={() => reject.mutate(person.id)} aria-label={`Not this address: ${person.email}`}>
                      Not this address
                    </button>
                    <div className="hint">{person.emailEvidence} Not used in a letter or email without a warning until you confirm it.</div>
                  </>
                ) : null}
              </>
            ) : (
              <>
                <span className="muted">Not known</span>
                {explanation.data?.explanation ? <div className="hint">{explanation.data.explanation}</div> : null}
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Phone</dt>
          <dd>{person.phone || <span className="muted">Not known</span>}</dd>
        </div>
        <div>
          <dt>Address</dt>
          <dd>
            {address.length > 0 ? (
              <address className="postal">
                {address.map((line, i) => (
                  <span key={i}>{line}</span>
                ))}
              </address>
            ) : (
              <span className="muted">Not known</span>
            )}
          </dd>
        </div>
        {person.website || person.linkedin ? (
          <div>
            <dt>Web</dt>
            <dd>{[person.website, person.linkedin].filter(Boolean).join(' · ')}</dd>
          </div>
        ) : null}
      </dl>
      {editing ? <EditPersonDialog participant={participant} {...(opportunityId ? { opportunityId } : {})} onClose={() => setEditing(false)} /> : null}
    </div>
  );
}
