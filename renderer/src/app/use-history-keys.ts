import { useEffect, useRef } from 'react';
import { useLocation, useNavigate, useNavigationType } from 'react-router';

/** The router's place in the window's history (react-router keeps it in history.state). */
function historyIndex(): number {
  const state = window.history.state as { idx?: unknown } | null;
  return typeof state?.idx === 'number' ? state.idx : 0;
}

/**
 * Back and Forward as people expect them from a browser: Alt+← and Alt+→ (⌘[ and ⌘] on a
 * Mac), and the mouse's back and forward buttons. The menu's Go items walk the same history.
 */
export function useHistoryKeys() {
  const navigate = useNavigate();
  const location = useLocation();
  const type = useNavigationType();
  const furthest = useRef(historyIndex());

  const index = historyIndex();
  // A new view after going back cuts off what was ahead, as in a browser.
  if (type === 'PUSH' || index > furthest.current) furthest.current = index;

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.shiftKey || event.ctrlKey) return;
      const back = (event.altKey && event.key === 'ArrowLeft') || (event.metaKey && event.key === '[');
      const forward = (event.altKey && event.key === 'ArrowRight') || (event.metaKey && event.key === ']');
      if (!back && !forward) return;
      event.preventDefault();
      void navigate(back ? -1 : 1);
    }
    function onMouse(event: MouseEvent) {
      if (event.button !== 3 && event.button !== 4) return;
      event.preventDefault();
      void navigate(event.button === 3 ? -1 : 1);
    }
    window.addEventListener('keydown', onKey);
    window.addEventListener('mouseup', onMouse);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mouseup', onMouse);
    };
  }, [navigate]);

  return { canGoBack: index > 0, canGoForward: index < furthest.current, location };
}

/** Back where the user came from, or to `fallback` when this view was the first one opened. */
export function useGoBack(fallback: string) {
  const navigate = useNavigate();
  return () => void (historyIndex() > 0 ? navigate(-1) : navigate(fallback, { replace: true }));
}
