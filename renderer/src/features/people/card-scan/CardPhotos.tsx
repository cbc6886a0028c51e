import { useEffect, useMemo } from 'react';
import { FormError } from '../../../components/FormError';
import { useCardPhotos } from './queries';
import './card-scan.css';

/** The card photos kept with a person ("card collected"), shown on request. */
export function CardPhotos({ personId, name }: { personId: string; name: string }) {
  const photos = useCardPhotos(personId, true);
  const shown = useMemo(
    () => (photos.data ?? []).map((p) => ({ ...p, url: URL.createObjectURL(new Blob([p.jpeg as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' })) })),
    [photos.data],
  );
  useEffect(() => () => shown.forEach((p) => URL.revokeObjectURL(p.url)), [shown]);

  if (photos.error) return <FormError error={photos.error} />;
  if (!photos.data) return <p className="muted">Loading the card…</p>;
  if (shown.length === 0) return <p className="muted">No photo of {name}’s card was kept.</p>;
  return (
    <div className="kept-card-photos" aria-label={`Card photos of ${name}`}>
      {shown.map((p) => (
        <figure key={p.id}>
          {p.source === 'scan' ? (
            <img src={p.url} alt={`${p.side === 'front' ? 'Front' : 'Back'} of ${name}’s card`} width={p.width} height={p.height} />
          ) : (
            <img src={p.url} alt={`Photo of ${name} from their contact file`} width={p.width} height={p.height} />
          )}
          <figcaption>
            {p.source === 'scan'
              ? `${p.side === 'front' ? 'Front' : 'Back'}, scanned ${new Date(p.createdAt).toLocaleDateString()}`
              : `From their contact file, imported ${new Date(p.createdAt).toLocaleDateString()}`}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
