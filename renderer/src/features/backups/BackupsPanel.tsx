import { useState } from 'react';
import type { BackupInfo, RestoreResult } from '../../../../shared/api/backups/schemas';
import { useReopenData } from '../../app/data-scope';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/FormError';
import { backupPhrase } from './describe-backup';
import { BackupTable } from './RecoveryView';
import { useBackUpNow, useBackups, useRestore, useShowBackupsFolder } from './queries';
import './backups.css';

function restoredNotice({ restored, savedFirst }: RestoreResult): string {
  return `Restored ${backupPhrase(restored, [savedFirst])}. What you had just before is kept as a backup too (“Before a restore” in Settings → Backups), so you can go back to it.`;
}

/** Settings → Backups: every backup with what it holds, "Back up now", restore, and the folder. */
export function BackupsPanel() {
  const backups = useBackups();
  const backUpNow = useBackUpNow();
  const showFolder = useShowBackupsFolder();
  const restore = useRestore();
  const reopen = useReopenData();
  const [asked, setAsked] = useState<BackupInfo | null>(null);
  const [made, setMade] = useState<string | null>(null);

  function restoreFrom(which: { name: string } | 'file') {
    setAsked(null);
    restore.mutate(which, { onSuccess: (result) => result && reopen(restoredNotice(result)) });
  }

  return (
    <section className="panel" aria-labelledby="settings-backups">
      <h3 id="settings-backups">Backups</h3>
      <p className="hint">
        Afterword backs up your data once a day while it runs, each time you quit, and before anything that changes all of it. Each copy is checked before older
        ones are thinned out (the last 7 days, then the last 4 weeks). They are in the backups folder of your data folder.
      </p>
      <div className="actions start">
        <button
          type="button"
          disabled={backUpNow.isPending}
          onClick={() => backUpNow.mutate(undefined, { onSuccess: (b) => setMade(`Backed up: ${backupPhrase(b)}.`) })}
        >
          Back up now
        </button>
        <button type="button" onClick={() => showFolder.mutate()}>
          Show backups folder
        </button>
        <button type="button" disabled={restore.isPending} onClick={() => restoreFrom('file')}>
          Restore from a file…
        </button>
      </div>
      {made ? <p role="status">{made}</p> : null}
      <FormError error={backUpNow.error ?? showFolder.error ?? restore.error ?? backups.error} />
      {backups.data && backups.data.length > 0 ? (
        <BackupTable backups={backups.data} busy={restore.isPending} onRestore={setAsked} />
      ) : backups.data ? (
        <p className="muted">No backups yet.</p>
      ) : null}
      {asked ? (
        <ConfirmDialog
          title="Restore this backup?"
          message={`Afterword goes back to ${backupPhrase(asked, backups.data ?? [])}. Your data as it is now is saved as a backup first, so you can come back to it.`}
          confirmLabel="Restore"
          onConfirm={() => restoreFrom({ name: asked.name })}
          onCancel={() => setAsked(null)}
        />
      ) : null}
    </section>
  );
}
