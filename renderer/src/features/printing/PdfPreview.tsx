import { useEffect, useRef, useState } from 'react';
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
// Vite bundles the worker as a file of the app itself: the CSP allows worker-src 'self'.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { FormError } from '../../components/FormError';

GlobalWorkerOptions.workerSrc = workerUrl;

function bytesOf(base64: string): Uint8Array {
  const raw = atob(base64);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** CSS pixels per PDF point: a Letter page is 612 px wide, readable without filling the window. */
const SCALE = 1;
/** Sharp on high-density screens without drawing 9× the pixels on a 3× one. */
const MAX_RATIO = 2;

/**
 * Every page of a PDF, as it will print. Each page gets its place (and size) at once, but is
 * drawn only when it scrolls near the view: a queue of a hundred letters stays quick to open.
 */
export function PdfPreview({ pdfBase64, label }: { pdfBase64: string; label: string }) {
  const holder = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ pages: number; error: string | null }>({ pages: 0, error: null });

  useEffect(() => {
    const root = holder.current;
    if (!root) return;
    let cancelled = false;
    let observer: IntersectionObserver | null = null;
    root.replaceChildren();
    const task = getDocument({ data: bytesOf(pdfBase64), useWasm: false, useSystemFonts: false });
    const fail = (error: unknown) => {
      if (!cancelled) setState({ pages: 0, error: error instanceof Error ? error.message : String(error) });
    };
    void (async () => {
      try {
        const pdf = await task.promise;
        const ratio = Math.min(window.devicePixelRatio || 1, MAX_RATIO);
        const draw = async (canvas: HTMLCanvasElement) => {
          const page = await pdf.getPage(Number(canvas.dataset.page));
          if (cancelled) return;
          const viewport = page.getViewport({ scale: SCALE });
          canvas.width = Math.floor(viewport.width * ratio);
          canvas.height = Math.floor(viewport.height * ratio);
          await page.render({ canvas, viewport, transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined }).promise;
          canvas.dataset.drawn = 'true';
        };
        observer = new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              observer?.unobserve(entry.target);
              draw(entry.target as HTMLCanvasElement).catch(fail);
            }
          },
          { root, rootMargin: '400px 0px' },
        );
        for (let n = 1; n <= pdf.numPages && !cancelled; n++) {
          // Sizes first, so the scroll bar is right before anything is drawn.
          const viewport = (await pdf.getPage(n)).getViewport({ scale: SCALE });
          if (cancelled) break;
          const canvas = document.createElement('canvas');
          // As wide as the pane allows up to its printed size, in its own proportions.
          canvas.style.width = '100%';
          canvas.style.maxWidth = `${Math.floor(viewport.width)}px`;
          canvas.style.aspectRatio = `${viewport.width} / ${viewport.height}`;
          canvas.className = 'preview-page';
          canvas.dataset.page = String(n);
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', `Page ${n} of ${pdf.numPages}`);
          root.append(canvas);
          observer.observe(canvas);
        }
        if (!cancelled) setState({ pages: pdf.numPages, error: null });
      } catch (error) {
        fail(error);
      }
    })();
    return () => {
      cancelled = true;
      observer?.disconnect();
      void task.destroy();
    };
  }, [pdfBase64]);

  return (
    <section className="pdf-preview" aria-label={label}>
      <FormError error={state.error ? `The preview could not be drawn: ${state.error}` : null} />
      {state.pages > 0 ? <p className="muted">{state.pages === 1 ? '1 page' : `${state.pages} pages`}</p> : null}
      {/* Scrolls on its own: reachable with the keyboard, so the arrow keys can page through it. */}
      <div className="preview-pages" ref={holder} tabIndex={0} />
    </section>
  );
}
