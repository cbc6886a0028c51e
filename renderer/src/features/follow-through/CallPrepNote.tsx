import { useState } from 'react';
import { api } from '../../api';
import { useAutosave } from '../../autosave/use-autosave';
import { TextAreaField } from '../../components/Field';
import { SaveStatus } from '../../components/SaveStatus';

/** The user's notes for the follow-up call, saved as they type, with the save status beside them. */
export function CallPrepNote({ interviewId, initial }: { interviewId: string; initial: string }) {
  const [note, setNote] = useState(initial);
  const autosave = useAutosave((value: string) => api['plan.saveStepNote']({ interviewId, key: 'follow-up', note: value }));
  return (
    <>
      <TextAreaField
        label="Call prep note"
        value={note}
        rows={3}
        maxLength={20000}
        onChange={(e) => {
          setNote(e.target.value);
          autosave.schedule(e.target.value);
        }}
        onBlur={() => void autosave.flush()}
      />
      <SaveStatus state={autosave.state} />
    </>
  );
}
