import { Navigate, useNavigate, useParams } from 'react-router';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { isFollowThroughTab, isPersonSection, paths, type PersonSection } from '../../app/paths';
import { FormError } from '../../components/FormError';
import { FollowThrough } from '../follow-through/FollowThrough';
import { CardDraftPanel } from '../notes/CardDraftPanel';
import { noteKey, useInterviewNotes } from '../notes/InterviewNotes';
import { noteIsDone } from '../notes/note-state';
import { NotePanel } from '../notes/NotePanel';
import { TemplateEditor } from '../notes/TemplateEditor';
import { ParticipantNotes } from '../people/ParticipantNotes';
import { PersonCard } from '../people/PersonCard';
import { useVcfExport } from '../people/use-vcf-export';
import { useWorkspace } from './InterviewWorkspace';

/** The interview's follow-through; with no tab in the address, the prep view before the interview and the plan after it. */
export function FollowThroughPart() {
  const { tab } = useParams();
  const navigate = useNavigate();
  const { opportunity, interview } = useWorkspace();
  return (
    <FollowThrough
      interview={interview}
      opportunity={opportunity}
      tab={isFollowThroughTab(tab) ? tab : null}
      onTab={(next) => void navigate(paths.followThrough(opportunity.id, interview.id, next), { replace: tab !== undefined })}
    />
  );
}

const SECTIONS: Array<{ id: PersonSection; label: string }> = [
  { id: 'noted', label: 'What you noted' },
  { id: 'email', label: 'Thank-you email' },
  { id: 'letter', label: 'Letter' },
  { id: 'card', label: 'Card draft' },
];

/** One interviewer: their card, then what was noted, the email, the letter and the card draft as tabs. */
export function PersonPart() {
  const { personId, section } = useParams();
  const navigate = useNavigate();
  const { opportunity, interview, participants, senderCountry, remove } = useWorkspace();
  const exportVcf = useVcfExport();
  const position = participants.findIndex((p) => p.person.id === personId);
  const participant = participants[position];
  if (!participant) return <p className="empty">This person is no longer part of this interview.</p>;
  const chosen: PersonSection = isPersonSection(section) ? section : 'noted';
  const headingId = `person-${participant.person.id}`;
  return (
    <article className="person-detail" aria-labelledby={headingId}>
      <PersonCard
        participant={participant}
        opportunityId={opportunity.id}
        senderCountry={senderCountry}
        headingId={headingId}
        onRemove={() => remove(participant)}
        onExport={(p) => exportVcf.mutate([p])}
      />
      <FormError error={exportVcf.error} />
      {exportVcf.data ? (
        <p className="notice" role="status">
          {exportVcf.data}
        </p>
      ) : null}
      <Tabs
        selectedKey={chosen}
        onSelectionChange={(key) => void navigate(paths.person(opportunity.id, interview.id, participant.person.id, key as PersonSection), { replace: true })}
        className="person-tabs"
      >
        <TabList aria-label={`For ${participant.person.fullName}`} className="tabs">
          {SECTIONS.map((s) => (
            <Tab key={s.id} id={s.id} className="tab">
              {s.label}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="noted" className="tabpanel">
          <ParticipantNotes key={participant.person.id} participant={participant} />
        </TabPanel>
        <TabPanel id="email" className="tabpanel">
          <NotePanel key={participant.person.id} kind="email" participant={participant} position={position} />
          <TemplateEditor />
        </TabPanel>
        <TabPanel id="letter" className="tabpanel">
          <NotePanel key={participant.person.id} kind="letter" participant={participant} position={position} />
          <TemplateEditor />
        </TabPanel>
        <TabPanel id="card" className="tabpanel">
          <CardDraftPanel key={participant.person.id} participant={participant} />
        </TabPanel>
      </Tabs>
    </article>
  );
}

/** "The emails" (or letters) of an interview: the first person whose one is still to send. */
export function NextNoteRedirect() {
  const { kind } = useParams();
  const { opportunity, interview, participants } = useWorkspace();
  const notes = useInterviewNotes();
  const which = kind === 'letter' ? 'letter' : 'email';
  if (!notes.ready) return <p className="muted">Loading the notes…</p>;
  const next = participants.find((p) => !noteIsDone(notes.notes.get(noteKey(p.person.id, which))?.status)) ?? participants[0];
  if (!next) return <Navigate replace to={paths.followThrough(opportunity.id, interview.id, 'plan')} />;
  return <Navigate replace to={paths.person(opportunity.id, interview.id, next.person.id, which)} />;
}
