import { useEffect, useRef, useState } from 'react';
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
// Vite bundles the worker as a file of the app itself: the CSP allows worker-src 'self'.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

function bytesOf(base64: string): Uint8Array {
  const raw = atob(base64);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** Every page of a PDF drawn into the window, as it will print. */
export function PdfPreview({ pdfBase64, label }: { pdfBase64: string; label: string }) {
  const holder = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ pages: number; error: string | null }>({ pages: 0, error: null });

  useEffect(() => {
    const root = holder.current;
    if (!root) return;
    let cancelled = false;
    root.replaceChildren();
    const task = getDocument({ data: bytesOf(pdfBase64), useWasm: false, useSystemFonts: false });
    void (async () => {
      try {
        const pdf = await task.promise;
        for (let n = 1; n <= pdf.numPages && !cancelled; n++) {
          const page = await pdf.getPage(n);
          const scale = 1.25;
          const viewport = page.getViewport({ scale });
          const ratio = window.devicePixelRatio || 1;
          const canvas = document.createElement('canvas');
          canvas.width = Math.floor(viewport.width * ratio);
          canvas.height = Math.floor(viewport.height * ratio);
          canvas.style.width = `${Math.floor(viewport.width)}px`;
          canvas.style.height = `${Math.floor(viewport.height)}px`;
          canvas.className = 'preview-page';
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', `Page ${n} of ${pdf.numPages}`);
          if (cancelled) break;
          root.append(canvas);
          await page.render({ canvas, viewport, transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined }).promise;
        }
        if (!cancelled) setState({ pages: pdf.numPages, error: null });
      } catch (error) {
        if (!cancelled) setState({ pages: 0, error: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [pdfBase64]);

  return (
    <section className="pdf-preview" aria-label={label}>
      {state.error ? <p role="alert" className="form-error">The preview could not be drawn: {state.error}</p> : null}
      {state.pages > 0 ? <p className="muted">{state.pages === 1 ? '1 page' : `${state.pages} pages`}</p> : null}
      <div className="preview-pages" ref={holder} />
    </section>
  );
}
