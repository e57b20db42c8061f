// Hands the drafts of the fields on when the page is about to be left (beforeunload), is hidden,
// or is left (pagehide): a draft that lives only in a component (a name typed and not yet
// confirmed, a number waiting for its typing pause) was lost on a reload or a closed tab, as
// browsers fire no blur then. One set of capture listeners on the window, added at the first
// import, serves every field: it runs before any listener added later in an effect — the canvas's,
// which emits a pending diagram edit such as a rename (bpmn/BpmnCanvas.tsx), the editor's, which
// marks the open process changed (features/editor/EditorScreen.tsx), and the autosave's flush
// (storage/autosave.ts) — so what a field commits here reaches all three in the same event.
// visibilitychange is fired at the document; its capture phase begins at the window.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/** each mounted field's commit, the one of its latest render until it is called */
const fields = new Set<RefObject<(() => void) | undefined>>();

function commitDrafts(): void {
  for (const field of [...fields]) {
    const commit = field.current;
    field.current = undefined;
    commit?.();
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', commitDrafts, { capture: true });
  window.addEventListener('pagehide', commitDrafts, { capture: true });
  window.addEventListener(
    'visibilitychange',
    () => {
      if (document.visibilityState === 'hidden') commitDrafts();
    },
    { capture: true },
  );
}

/**
 * Calls the latest `commit` when the page is about to be left, is hidden, or is left. A commit
 * function reads one render's state, so it is called at most once until the field renders again:
 * two of these events in a row (beforeunload, pagehide) do not hand the same draft on twice.
 */
export function useCommitOnPageLeave(commit: () => void): void {
  const latest = useRef<(() => void) | undefined>(commit);
  useLayoutEffect(() => {
    latest.current = commit;
  });
  useEffect(() => {
    fields.add(latest);
    return () => {
      fields.delete(latest);
    };
  }, []);
}
