// What a tab lost when it stopped writing: "Hier bearbeiten" in another tab ends this tab's screens
// (the session builds a new store), and with them an open dialog and what was typed into it. A
// dialog that calls useInputKeptIfTabStops leaves its input here then, kept for the tab's session,
// and the tab's banner says that it was not saved and shows it to be copied, until dismissed.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { createListenerSet } from '../../state/listenerSet';
import type { ListenerSet } from '../../state/listenerSet';
import { isReadOnlyTab } from '../../state/tabCoordination';
import type { TabSession } from '../../state/tabSession';
import { useTabSession } from '../../state/TabSessionProvider';

export interface LostField {
  label: string;
  /** the value as the dialog showed it (for a choice: the chosen option's label) */
  value: string;
}

export interface LostInput {
  id: number;
  /** the dialog's title */
  title: string;
  fields: readonly LostField[];
}

interface LostMemory {
  inputs: readonly LostInput[];
  listeners: ListenerSet<[]>;
}

const memories = new WeakMap<TabSession, LostMemory>();
let nextId = 1;
const nothingLost: readonly LostInput[] = [];
const noSubscription = () => () => undefined;

function memoryOf(session: TabSession): LostMemory {
  let memory = memories.get(session);
  if (!memory) {
    memory = { inputs: nothingLost, listeners: createListenerSet() };
    memories.set(session, memory);
  }
  return memory;
}

function change(session: TabSession, inputs: readonly LostInput[]): void {
  const memory = memoryOf(session);
  memory.inputs = inputs;
  memory.listeners.notify();
}

/** The input this tab lost, oldest first, and how to dismiss one; nothing without a tab session. */
export function useLostInput(): { inputs: readonly LostInput[]; dismiss: (id: number) => void } {
  const session = useTabSession();
  const inputs = useSyncExternalStore(session ? memoryOf(session).listeners.subscribe : noSubscription, () =>
    session ? memoryOf(session).inputs : nothingLost,
  );
  const dismiss = (id: number) => {
    if (session) change(session, memoryOf(session).inputs.filter((input) => input.id !== id));
  };
  return { inputs, dismiss };
}

/**
 * Keeps a dialog's input when the dialog goes because its tab stopped writing (not when the user
 * closes it). `input`: the dialog's title and fields, or undefined while nothing was typed.
 */
export function useInputKeptIfTabStops(input: Omit<LostInput, 'id'> | undefined): void {
  const session = useTabSession();
  const latest = useRef(input);
  useEffect(() => {
    latest.current = input;
  });
  useEffect(() => {
    const kept = latest;
    return () => {
      const current = kept.current;
      if (!current || !session || !isReadOnlyTab(session.getState().tab)) return;
      change(session, [...memoryOf(session).inputs, { ...current, id: nextId++ }]);
    };
  }, [session]);
}
