// The user's choice whether the canvas and the score panel stay docked at the window's top while
// the steps table is open (on unless switched off). Kept for the tab in its session storage, as the
// tab's view (open panels, heatmap, filters) is kept, so that a reload or an editor built anew
// keeps it; a new tab starts docked again.
import { useCallback, useState } from 'react';
import { createTabMemory } from '../../storage/tabMemory';

/** the key of the choice in the tab's session storage */
export const dockingChoiceKey = 'prozesslotse-editor-docked';

const memory = createTabMemory(dockingChoiceKey);

/** Whether the editor docks (what the tab chose last, else yes), and the setter that also keeps the choice. */
export function useDockingChoice(): [boolean, (docked: boolean) => void] {
  const [docked, setDocked] = useState(() => memory.read() !== false);
  const choose = useCallback((next: boolean) => {
    setDocked(next);
    memory.write(next);
  }, []);
  return [docked, choose];
}
