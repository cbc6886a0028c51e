import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, ask } from '../../api';
import { FormError } from '../../components/FormError';
import { PdfPreview } from './PdfPreview';
import { printKeys } from './queries';

/**
 * Label sheets differ by a fraction of a millimetre between makers and printers feed a
 * little off: print the test page once, measure, and save the offsets for this printer.
 */
export function PrinterCalibration({ printer }: { printer: string }) {
  const [x, setX] = useState('0');
  const [y, setY] = useState('0');
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);

  const saved = useQuery({ queryKey: printKeys.offset(printer), queryFn: () => ask('printers.getOffset', { printer }) });
  // The fields start from the offsets saved for this printer.
  useEffect(() => {
    if (!saved.data) return;
    setX(String(saved.data.xMm));
    setY(String(saved.data.yMm));
  }, [saved.data]);

  async function save() {
    setError(null);
    const r = await api['printers.setOffset']({ printer, xMm: Number(x), yMm: Number(y) });
    if (r.ok) {
      setNote(`Saved for ${printer}: ${r.value.xMm} mm right, ${r.value.yMm} mm down.`);
      if (preview) await showPage();
    } else setError(r.error.message);
  }

  async function showPage() {
    setError(null);
    const r = await api['printers.calibrationPreview']({ printer });
    if (r.ok) setPreview(r.value.pdfBase64);
    else setError(r.error.message);
  }

  async function printPage() {
    setError(null);
    const r = await api['printers.printCalibration']({ printer });
    if (r.ok) setNote(`Calibration page sent to ${printer}.`);
    else setError(r.error.message);
  }

  return (
    <details className="panel calibration">
      <summary>Printer calibration for {printer}</summary>
      <p className="muted">
        Print the calibration page, hold it against a blank label sheet, and move the print by the millimetres it is off. Envelopes and labels on this printer
        use these offsets.
      </p>
      <div className="row">
        <div className="field inline">
          <label htmlFor="offset-x">Move right (mm)</label>
          <input id="offset-x" type="number" step="0.1" min={-20} max={20} value={x} onChange={(e) => setX(e.target.value)} />
        </div>
        <div className="field inline">
          <label htmlFor="offset-y">Move down (mm)</label>
          <input id="offset-y" type="number" step="0.1" min={-20} max={20} value={y} onChange={(e) => setY(e.target.value)} />
        </div>
        <button type="button" onClick={() => void save()}>
          Save offsets
        </button>
        <button type="button" onClick={() => void showPage()}>
          Show calibration page
        </button>
        <button type="button" onClick={() => void printPage()}>
          Print calibration page
        </button>
      </div>
      {preview ? <PdfPreview pdfBase64={preview} label="Preview of the calibration page" /> : null}
      <FormError error={error} />
      {note ? <p role="status">{note}</p> : null}
    </details>
  );
}
