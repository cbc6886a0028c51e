import { useEffect, useRef, useState } from 'react';
import type { ImportChoice, ImportPreview } from '../../../../shared/api/user-data/schemas';
import { DialogFrame } from '../../components/DialogFrame';
import { FormError } from '../../components/FormError';
import { useChooseImport, useImportExport } from './queries';

/** "Import an export": choose the file, see what it adds and whom it matches, then import it all at once. */
export function ImportExportDialog({ onDone }: { onDone(summary: string | null): void }) {
  const choose = useChooseImport();
  const importing = useImportExport();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [choices, setChoices] = useState<Record<string, ImportChoice>>({});
  const started = useRef(false);

  function start() {
    setPreview(null);
    choose.mutate(undefined, {
      onSuccess: (chosen) => (chosen.kind === 'cancelled' ? onDone(null) : setPreview(chosen.preview)),
    });
  }

  useEffect(() => {
    // Open the file dialog once when the dialog appears (StrictMode mounts effects twice).
    if (started.current) return;
    started.current = true;
    start();
  }, []);

  function save(p: ImportPreview) {
    importing.mutate(
      { token: p.token, people: choices },
      {
        onSuccess: ({ tables }) => {
          const added = tables.reduce((n, t) => n + t.added, 0);
          onDone(
            `Imported ${p.fileName}: ${added} record${added === 1 ? '' : 's'} added${p.into === 'data' ? ', nothing you had overwritten (a backup of your data as it was is under “Before an import”)' : ''}.`,
          );
        },
      },
    );
  }

  const exportedOn = preview ? new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(preview.exportedAt)) : '';

  return (
    <DialogFrame title="Import an export" onClose={() => onDone(null)} className="wide">
      {choose.isPending ? <p className="muted">Choose an Afterword export (.json)…</p> : null}
      {choose.error ? (
        <>
          <FormError error={choose.error} />
          <div className="actions">
            <button type="button" onClick={() => onDone(null)}>
              Close
            </button>
            <button type="button" className="primary" onClick={start}>
              Choose another file
            </button>
          </div>
        </>
      ) : null}
      {preview ? (
        <>
          <p>
            <strong>{preview.fileName}</strong>, exported {exportedOn} by Afterword {preview.appVersion}.{' '}
            {preview.into === 'empty'
              ? 'Afterword holds nothing yet, so everything in the file goes in as it is, your settings included.'
              : 'What is in the file is added to what you have; nothing you have is overwritten, and your data as it is now is backed up first.'}{' '}
            Nothing is saved until you press “Import”.
          </p>
          <table className="import-preview" aria-label="What the import adds">
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">In the file</th>
                <th scope="col">New here</th>
              </tr>
            </thead>
            <tbody>
              {preview.tables
                .filter((t) => t.inFile > 0)
                .map((t) => (
                  <tr key={t.table}>
                    <th scope="row">{t.title}</th>
                    <td>{t.inFile}</td>
                    <td>{t.added}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          {preview.tables.every((t) => t.added === 0) && !Object.values(choices).includes('create') ? (
            <p role="status">Everything in this file is already here (it was exported from this data, or imported before), so importing it adds nothing.</p>
          ) : null}
          {preview.matches.length > 0 ? (
            <table className="import-preview" aria-label="People already here">
              <thead>
                <tr>
                  <th scope="col">In the file</th>
                  <th scope="col">Already here</th>
                  <th scope="col">Action</th>
                </tr>
              </thead>
              <tbody>
                {preview.matches.map((m) => (
                  <tr key={m.fileId}>
                    <td>
                      {m.fullName}
                      {m.company ? `, ${m.company}` : ''}
                      {m.email ? ` <${m.email}>` : ''}
                    </td>
                    <td>
                      {m.match.fullName} ({m.match.reason})
                    </td>
                    <td>
                      <select
                        aria-label={`Action for ${m.fullName}`}
                        value={choices[m.fileId] ?? 'merge'}
                        onChange={(e) => setChoices({ ...choices, [m.fileId]: e.target.value as ImportChoice })}
                      >
                        <option value="merge">Merge into {m.match.fullName}</option>
                        <option value="create">Add as new</option>
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <FormError error={importing.error} />
          <div className="actions">
            <button type="button" onClick={() => onDone(null)}>
              Cancel
            </button>
            <button type="button" className="primary" disabled={importing.isPending} onClick={() => save(preview)}>
              Import
            </button>
          </div>
        </>
      ) : null}
    </DialogFrame>
  );
}
