import { useState } from 'react';
import { DialogFrame } from '../../components/DialogFrame';
import { FormError } from '../../components/FormError';
import { useDataSummary, useDeleteAll, useDeleteMessage } from './queries';

/** "Delete all my data": says exactly what goes (the core's words), and whether the backups go too. */
export function DeleteAllDialog({ onDone }: { onDone(summary: string | null): void }) {
  const [alsoBackups, setAlsoBackups] = useState(false);
  const summary = useDataSummary();
  const message = useDeleteMessage(alsoBackups);
  const deleting = useDeleteAll();
  const backups = summary.data?.backups ?? 0;

  function confirm() {
    deleting.mutate(alsoBackups, {
      onSuccess: ({ savedFirst, backupsDeleted }) =>
        onDone(
          savedFirst
            ? 'All your data was deleted. A backup of it is under “Before deleting all data” in Settings → Backups.'
            : `All your data was deleted${backupsDeleted > 0 ? `, with ${backupsDeleted} backup${backupsDeleted === 1 ? '' : 's'}` : ''}.`,
        ),
    });
  }

  return (
    <DialogFrame title="Delete all my data?" onClose={() => onDone(null)} className="confirm">
      {message.data ? <p>{message.data}</p> : <p className="muted">Counting what there is…</p>}
      {backups > 0 ? (
        <label className="checkbox">
          <input type="checkbox" checked={alsoBackups} onChange={(e) => setAlsoBackups(e.target.checked)} /> Also delete the {backups} backup
          {backups === 1 ? '' : 's'}
        </label>
      ) : null}
      <FormError error={message.error ?? summary.error ?? deleting.error} />
      <div className="actions">
        <button type="button" onClick={() => onDone(null)} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" disabled={!message.data || deleting.isPending} onClick={confirm}>
          Delete all my data
        </button>
      </div>
    </DialogFrame>
  );
}
