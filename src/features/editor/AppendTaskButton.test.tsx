// The toolbar's "Aufgabe anfügen" in jsdom: it asks the canvas to append, and a diagram with nothing
// to append to gets a message (a toast) instead of a silent no-op. The append itself is a browser
// test (src/bpmn/modelling).
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CanvasApi } from '../../bpmn/BpmnCanvas';
import { i18n } from '../../i18n/i18n';
import { createAutosave } from '../../storage/autosave';
import { createAppStore } from '../../state/appStore';
import type { AppStore } from '../../state/appStore';
import { AppStoreProvider } from '../../state/AppStoreProvider';
import { createMemoryRepository } from '../../state/memoryRepository';
import { AppendTaskButton } from './AppendTaskButton';

let store: AppStore;
let appendCalls = 0;

function canvasApi(appends: boolean): CanvasApi {
  const appendTask = () => {
    appendCalls += 1;
    return appends;
  };
  // only the one method the button calls; the rest of the canvas is not needed here
  return { appendTask } as unknown as CanvasApi;
}

function renderButton(api: CanvasApi | null) {
  render(
    <AppStoreProvider store={store}>
      <AppendTaskButton api={api} />
    </AppStoreProvider>,
  );
}

beforeEach(async () => {
  await i18n.changeLanguage('de');
  appendCalls = 0;
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
    expect(store.getState().session.toasts).toEqual([]);
  });

  it('given a diagram with nothing to append to, when the button is pressed, then a message says why', async () => {
    renderButton(canvasApi(false));

    await userEvent.click(screen.getByRole('button', { name: 'Aufgabe anfügen' }));

    expect(store.getState().session.toasts.map((toast) => toast.messageKey)).toEqual(['editor:toolbar.appendTaskImpossible']);
  });

  it('given no canvas yet, then the button is disabled', () => {
    renderButton(null);

    expect((screen.getByRole('button', { name: 'Aufgabe anfügen' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
