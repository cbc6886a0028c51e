import { useEffect, useRef } from 'react';

/**
 * For a button that opens an inline form: when the form closes (saved, cancelled, Escape), focus
 * goes back to the button instead of being lost to the page, so keyboard users keep their place.
 */
export function useFocusOnClose<T extends HTMLElement>(open: boolean) {
  const ref = useRef<T>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) ref.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return ref;
}
