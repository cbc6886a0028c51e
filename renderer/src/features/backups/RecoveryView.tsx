import { useMutation } from '@tanstack/react-query';
import type { BackupInfo, RecoveryResult, RecoveryStatus } from '../../../../shared/api/backups/schemas';
import { ask } from '../../api';
import { useReopenData } from '../../app/data-scope';
import { FormError } from '../../components/FormError';
import { backupPhrase, holdsText, kindLabel, sizeText, takenAtText } from './describe-backup';
import { useShowBackupsFolder } from './queries';
import './backups.css';

type NeedsRecovery = Extract<RecoveryStatus, { state: 'needs-recovery' }>;

function recoveredNotice(result: RecoveryResult): string {
  const kept = result.setAside.length > 0 ? ` The file that could not be opened is kept at ${result.setAside[0]}.` : '';
  return result.restored ? `Restored ${backupPhrase(result.restored)}.${kept}` : `Afterword started with empty data.${kept}`;
}

/**
 * What the window shows when the data could not be opened at start: what happened, the
 * newest backup that opens (one press restores it), every other backup, and starting empty.
 * Whatever is chosen, the file that failed is moved aside into the backups folder, never deleted.
 */
export function RecoveryView({ status }: { status: NeedsRecovery }) {
  const reopen = useReopenData();
  const recover = useMutation({
    mutationFn: (backup: BackupInfo | null) => (backup ? ask('recovery.restore', { name: backup.name }) : ask('recovery.startEmpty', {})),
    onSuccess: (result) => reopen(recoveredNotice(result)),
  });
  const showFolder = useShowBackupsFolder();
  const offered = status.backups.find((b) => b.name === status.offered) ?? null;
  const others = status.backups.filter((b) => b !== offered);

  return (
    <main className="recovery">
      <h1 tabIndex={-1}>Afterword could not open your data</h1>
      <p>{status.problem.message}</p>
      <FormError error={recover.error ?? showFolder.error} />

      {offered ? (
        <section className="panel" aria-labelledby="recovery-offered">
          <h2 id="recovery-offered">The newest backup that opens</h2>
          <p>
            {kindLabel(offered.kind)}, {takenAtText(offered, status.backups)}: {holdsText(offered.holds)}.
          </p>
          <button type="button" className="primary" disabled={recover.isPending} onClick={() => recover.mutate(offered)} autoFocus>
            Restore
          </button>
        </section>
      ) : (
        <p>There is no backup that can be restored.</p>
      )}

      {others.length > 0 ? (
        <section className="panel" aria-labelledby="recovery-others">
          <h2 id="recovery-others">Other backups</h2>
          <BackupTable backups={others} among={status.backups} busy={recover.isPending} onRestore={(b) => recover.mutate(b)} />
        </section>
      ) : null}

      <div className="actions start">
        <button type="button" onClick={() => showFolder.mutate()}>
          Show backups folder
        </button>
        <button type="button" disabled={recover.isPending} onClick={() => recover.mutate(null)}>
          Start with empty data
        </button>
      </div>
    </main>
  );
}

/** Backups, newest first, each with when, why, size and what it holds, and a Restore button where it can be restored. */
export function BackupTable({
  backups,
  among = backups,
  busy,
  onRestore,
}: {
  backups: BackupInfo[];
  /** Every backup there is, when `backups` is only some: times read to the second where two share a minute. */
  among?: BackupInfo[];
  busy: boolean;
  onRestore(backup: BackupInfo): void;
}) {
  return (
    <table className="backup-list" aria-label="Backups">
      <thead>
        <tr>
          <th scope="col">Taken</th>
          <th scope="col">Why</th>
          <th scope="col">Size</th>
          <th scope="col">Holds</th>
          <th scope="col">
            <span className="sr-only">Restore</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((b) => (
          <tr key={b.name}>
            <th scope="row">{takenAtText(b, among)}</th>
            <td>{kindLabel(b.kind)}</td>
            <td>{sizeText(b.bytes)}</td>
            <td>{b.problem ? <span className="field-error">{b.problem}</span> : holdsText(b.holds)}</td>
            <td>
              {b.problem ? null : (
                <button type="button" disabled={busy} onClick={() => onRestore(b)}>
                  Restore
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
