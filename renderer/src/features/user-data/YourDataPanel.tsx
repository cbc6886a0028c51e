import { useState } from 'react';
import { useReopenData } from '../../app/data-scope';
import { FormError } from '../../components/FormError';
import { DeleteAllDialog } from './DeleteAllDialog';
import { ImportExportDialog } from './ImportExportDialog';
import { useExportEverything } from './queries';

/** Settings → Your data: everything out as files, an export back in, or everything deleted. */
export function YourDataPanel() {
  const exporting = useExportEverything();
  const reopen = useReopenData();
  const [open, setOpen] = useState<'import' | 'delete' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  function exportEverything() {
    setSaved(null);
    exporting.mutate(undefined, {
      onSuccess: (result) => result && setSaved(`Saved ${result.files.join(', ')}.`),
    });
  }

  function done(summary: string | null) {
    setOpen(null);
    // The data changed under every view at once: they all start again on it.
    if (summary) reopen(summary);
  }

  return (
    <section className="panel" aria-labelledby="settings-your-data">
      <h3 id="settings-your-data">Your data</h3>
      <p className="hint">
        “Export everything” saves all of it as one JSON file that “Import an export” reads back here or in another Afterword, with everyone as a .vcf for
        address books and a .csv for spreadsheets beside it.
      </p>
      <div className="actions start">
        <button type="button" disabled={exporting.isPending} onClick={exportEverything}>
          Export everything
        </button>
        <button type="button" onClick={() => setOpen('import')}>
          Import an export
        </button>
        <button type="button" className="danger-quiet" onClick={() => setOpen('delete')}>
          Delete all my data
        </button>
      </div>
      {saved ? <p role="status">{saved}</p> : null}
      <FormError error={exporting.error} />
      {open === 'import' ? <ImportExportDialog onDone={done} /> : null}
      {open === 'delete' ? <DeleteAllDialog onDone={done} /> : null}
    </section>
  );
}
