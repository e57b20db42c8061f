// The toolbar's "Aufgabe anfügen" and "Aktionen" in jsdom: each asks the canvas, and a canvas
// that cannot (nothing to append to, nothing selected) gets a message (a toast) instead of a silent
// no-op. The button names the append as the diagram's context pad and the accessibility statement
// do, with one verb. The append and the menu themselves are browser tests (src/bpmn/modelling).
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CanvasApi } from '../../bpmn/BpmnCanvas';
import { i18n } from '../../i18n/i18n';
import germanBpmn from '../../i18n/locales/de/bpmn.json';
import germanLegal from '../../i18n/locales/de/legal.json';
import { createAutosave } from '../../storage/autosave';
import { createAppStore } from '../../state/appStore';
import type { AppStore } from '../../state/appStore';
import { AppStoreProvider } from '../../state/AppStoreProvider';
import { createMemoryRepository } from '../../state/memoryRepository';
import { AppendTaskButton, ElementActionsButton } from './CanvasCommandButtons';

let store: AppStore;
let appendCalls = 0;
let actionsCalls = 0;

function canvasApi(can: boolean): CanvasApi {
  const appendTask = () => {
    appendCalls += 1;
    return can;
  };
  const openElementActions = () => {
    actionsCalls += 1;
    return can;
  };
  // only the methods the buttons call; the rest of the canvas is not needed here
  return { appendTask, openElementActions } as unknown as CanvasApi;
}

function renderButton(api: CanvasApi | null) {
  render(
    <AppStoreProvider store={store}>
      <AppendTaskButton api={api} />
      <ElementActionsButton api={api} />
    </AppStoreProvider>,
  );
}

beforeEach(async () => {
  await i18n.changeLanguage('de');
  appendCalls = 0;
  actionsCalls = 0;
  const repository = createMemoryRepository();
  const autosave = createAutosave(repository, { debounceMs: 1 });
  store = createAppStore({ repository, autosave });
});

afterEach(() => {
  store.dispose();
});

describe('AppendTaskButton', () => {
  it('given a canvas that appends, when the button is pressed, then the canvas appends once and no message is shown', async () => {
    renderButton(canvasApi(true));

    await userEvent.click(screen.getByRole('button', { name: 'Aufgabe anfügen' }));

    expect(appendCalls).toBe(1);
    expect(actionsCalls).toBe(0);
    expect(store.getState().session.toasts).toEqual([]);
  });

  it('given a diagram with nothing to append to, when the button is pressed, then a message says why', async () => {
    renderButton(canvasApi(false));

    await userEvent.click(screen.getByRole('button', { name: 'Aufgabe anfügen' }));

    expect(store.getState().session.toasts.map((toast) => toast.messageKey)).toEqual(['editor:toolbar.appendTaskImpossible']);
  });

  it.each(['de', 'en'])('given the UI in %s, then the button is named as the context pad names the same action (bpmn-js\'s "Append task")', async (language) => {
    await i18n.changeLanguage(language);
    const germanTexts: Record<string, string> = germanBpmn;
    // the English UI shows bpmn-js's own English text
    const contextPadName = language === 'de' ? germanTexts['Append task'] : 'Append task';

    renderButton(canvasApi(true));

    expect(screen.getByRole('button', { name: contextPadName })).toBeInTheDocument();
  });

  it('given the German texts, then every append in the context pad and in the accessibility statement uses the button\'s verb', () => {
    const verb = i18n.getFixedT('de', 'editor')('toolbar.appendTask').split(' ').at(-1);
    const appendTexts = [...Object.entries(germanBpmn).filter(([template]) => template.startsWith('Append ')).map(([, text]) => text), germanLegal.nonAccessible.items.canvas];
    const verbs = appendTexts.flatMap((text) => text.match(/\ban(?:hängen|fügen)\b/g) ?? []);

    expect(verbs.length).toBeGreaterThan(appendTexts.length);
    expect(new Set(verbs)).toEqual(new Set([verb]));
  });

  it('given no canvas yet, then the buttons are disabled', () => {
    renderButton(null);

    expect((screen.getByRole('button', { name: 'Aufgabe anfügen' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Aktionen' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('ElementActionsButton', () => {
  it('given a selected element, when the button is pressed, then the canvas opens its actions once and no message is shown', async () => {
    renderButton(canvasApi(true));

    await userEvent.click(screen.getByRole('button', { name: 'Aktionen' }));

    expect(actionsCalls).toBe(1);
    expect(appendCalls).toBe(0);
    expect(store.getState().session.toasts).toEqual([]);
  });

  it('given nothing selected, when the button is pressed, then a message says how to select an element', async () => {
    renderButton(canvasApi(false));

    await userEvent.click(screen.getByRole('button', { name: 'Aktionen' }));

    expect(store.getState().session.toasts.map((toast) => toast.messageKey)).toEqual(['editor:toolbar.elementActionsImpossible']);
  });
});
