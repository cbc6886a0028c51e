import { useEffect, useState } from 'react';
import type { CardPhoto } from '../../../shared/api/card-scan-schemas';
import { api } from '../api';
import './card-scan.css';

/** The card photos kept with a person ("card collected"), shown on request. */
export function CardPhotos({ personId, name }: { personId: string; name: string }) {
  const [photos, setPhotos] = useState<Array<CardPhoto & { url: string }> | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let urls: string[] = [];
    let live = true;
    void api['cards.photos']({ personId }).then((r) => {
      if (!live) return;
      if (!r.ok) return setError(r.error.message);
      const list = r.value.map((p) => ({ ...p, url: URL.createObjectURL(new Blob([p.jpeg as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' })) }));
      urls = list.map((p) => p.url);
      setPhotos(list);
    });
    return () => {
      live = false;
      for (const u of urls) URL.revokeObjectURL(u);
    };
  }, [personId]);

  if (error) return <p role="alert" className="form-error">{error}</p>;
  if (!photos) return null;
  if (photos.length === 0) return <p className="muted">No photo of {name}’s card was kept.</p>;
  return (
    <div className="kept-card-photos" aria-label={`Card photos of ${name}`}>
      {photos.map((p) => (
        <figure key={p.id}>
          <img src={p.url} alt={`${p.side === 'front' ? 'Front' : 'Back'} of ${name}’s card`} width={p.width} height={p.height} />
          <figcaption>
            {p.side === 'front' ? 'Front' : 'Back'}, scanned {new Date(p.createdAt).toLocaleDateString()}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
