// Whether the screens may change the stored workspace. A tab that only reads (another tab edits;
// the app provides it) shows its screens and lets the user read, follow links, search, sort, open
// reports and download; every control that would change something asks useReadOnly() and is
// disabled, and a group of such controls (a form, a card's actions) sits in WriteControls, a native
// fieldset that is disabled then. Outside a provider (screen tests) the screens may write.
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import './readOnly.css';

const ReadOnlyContext = createContext(false);

export function ReadOnlyProvider({ readOnly, children }: { readOnly: boolean; children: ReactNode }) {
  return <ReadOnlyContext.Provider value={readOnly}>{children}</ReadOnlyContext.Provider>;
}

/** true while this tab only reads: controls that change something are disabled */
export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext);
}

export interface WriteControlsProps {
  children: ReactNode;
  className?: string;
}

/** Controls that change something, kept together: all of them disabled while the tab only reads. */
export function WriteControls({ children, className }: WriteControlsProps) {
  const readOnly = useReadOnly();
  return (
    <fieldset className={className ? `write-controls ${className}` : 'write-controls'} disabled={readOnly}>
      {children}
    </fieldset>
  );
}
