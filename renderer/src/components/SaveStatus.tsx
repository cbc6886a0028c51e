import type { SaveState } from '../autosave/save-state';

export function SaveStatus({ state }: { state: SaveState }) {
  const text = state.kind === 'saving' ? 'Saving…' : state.kind === 'saved' ? 'All changes saved' : state.kind === 'error' ? `Not saved: ${state.message}` : '';
  return (
    <span className={`save-status ${state.kind}`} role="status" aria-live="polite">
      {text}
    </span>
  );
}
