import { useState, type ClipboardEvent, type DragEvent } from 'react';
import { DialogFrame } from '../../../components/DialogFrame';
import { CardReview } from './CardReview';
import { useCardScan } from './use-card-scan';
import './card-scan.css';

interface ScanCardsProps {
  /** The interview everyone added joins; left out in People. */
  interviewId?: string;
  /** The company for cards that name none (the interview's); '' in People. */
  company: string;
  /** Closed, with how many people were added. */
  onClose(added: number): void;
}

/**
 * "Scan business cards": choose, drop or paste photos of cards; each is read on this
 * computer and shown beside its fields to correct before the person is added.
 */
export function ScanCards({ interviewId, company, onClose }: ScanCardsProps) {
  const scan = useCardScan({ ...(interviewId ? { interviewId } : {}), company });
  const [over, setOver] = useState(false);

  function drop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    scan.addFiles([...event.dataTransfer.files]);
  }

  function paste(event: ClipboardEvent) {
    const files = [...event.clipboardData.items]
      .filter((i) => i.kind === 'file')
      .map((i) => i.getAsFile())
      .filter((f): f is File => f !== null);
    if (files.length === 0) return;
    event.preventDefault();
    scan.addFiles(files);
  }

  const reading = scan.entries.filter((e) => e.state === 'reading').length;
  const close = () => {
    // Readings nobody added are forgotten by the core too.
    for (const e of scan.entries) if (e.state === 'ready') scan.dismiss(e);
    onClose(scan.entries.filter((e) => e.state === 'added').length);
  };
  return (
    <DialogFrame title="Scan business cards" onClose={close} className="wide scan-cards">
      <div onPaste={paste}>
        <div
          className={`drop-zone${over ? ' over' : ''}`}
          aria-label="Drop card photos here"
          role="group"
          tabIndex={0}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={drop}
        >
          <p>
            Drop photos of cards here, paste one (Ctrl+V), or{' '}
            <button type="button" onClick={() => void scan.choose()}>
              Choose photos…
            </button>
          </p>
          <p className="muted">JPEG, PNG or WebP, one card per photo. Cards are read on this computer; nothing is sent anywhere.</p>
        </div>
        {reading > 0 ? (
          <p role="status" className="muted">
            Reading {reading} card{reading === 1 ? '' : 's'}…
          </p>
        ) : null}
        <ul className="scan-entries" aria-label="Scanned cards">
          {scan.entries
            .filter((e) => e.state !== 'combined')
            .map((entry) => (
              <li key={entry.key}>
                {entry.state === 'reading' ? <p className="muted">Reading {entry.fileName}…</p> : null}
                {entry.state === 'failed' ? (
                  <p role="alert" className="form-error">
                    {entry.message}{' '}
                    <button type="button" className="small" onClick={() => scan.dismiss(entry)}>
                      Dismiss
                    </button>
                  </p>
                ) : null}
                {entry.state === 'added' && entry.added ? (
                  <p className="notice" role="status">
                    Added {entry.added.fullName}, with the card’s photo.
                  </p>
                ) : null}
                {entry.state === 'ready' ? (
                  <CardReview
                    entry={entry}
                    others={scan.entries.filter((o) => o.key !== entry.key && o.state === 'ready' && o.scans.length === 1)}
                    busy={scan.adding}
                    onEdit={(draft) => scan.edit(entry.key, draft)}
                    onCombine={(backKey) => scan.combine(entry.key, backKey)}
                    onMerge={(merge) => scan.setMerge(entry.key, merge)}
                    onAdd={(addAsNew) => scan.add(entry, addAsNew)}
                    onCancelConfirm={() => scan.cancelConfirm(entry.key)}
                    onDismiss={() => scan.dismiss(entry)}
                  />
                ) : null}
              </li>
            ))}
        </ul>
        <div className="actions">
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
      </div>
    </DialogFrame>
  );
}
