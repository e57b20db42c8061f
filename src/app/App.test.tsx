// Tests of the app shell in jsdom: landmarks and skip link, the first start with the sample, the
// recovery message when the stored workspace cannot be read, and the language switch.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { createAutosave } from '../storage/autosave';
import type { Autosave } from '../storage/autosave';
import { createAppStore } from '../state/appStore';
import type { AppStore } from '../state/appStore';
import { AppStoreProvider } from '../state/AppStoreProvider';
import { createMemoryRepository } from '../state/memoryRepository';
import type { MemoryRepository } from '../state/memoryRepository';
import { App } from './App';
import { createSampleWorkspace } from './sampleWorkspace';

let cleanups: (() => void)[] = [];

beforeEach(async () => {
  window.location.hash = '#/';
  await i18n.changeLanguage('de');
});

afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

function renderApp(repository: MemoryRepository): { store: AppStore; autosave: Autosave } {
  const autosave = createAutosave(repository, { debounceMs: 1 });
  const store = createAppStore({ repository, autosave, seed: createSampleWorkspace });
  cleanups.push(() => {
    store.dispose();
    autosave.dispose();
  });
  render(
    <AppStoreProvider store={store}>
      <App />
    </AppStoreProvider>,
  );
  return { store, autosave };
}

describe('App', () => {
  it('given a first start, when the workspace has loaded, then the sample process is listed under its department and stored', async () => {
    const repository = createMemoryRepository();
    const { store, autosave } = renderApp(repository);
    expect(screen.getByRole('status')).toHaveTextContent('Der Arbeitsbereich wird geladen');

    await act(() => store.getState().actions.loadWorkspace());
    await act(() => autosave.flush());

    const section = screen.getByRole('region', { name: 'Amt 32 – Ordnungsamt' });
    expect(within(section).getByRole('link', { name: 'Gewerbeanmeldung' })).toBeInTheDocument();
    const stored = await repository.snapshot();
    expect(stored.processes.map((process) => process.name)).toEqual(['Gewerbeanmeldung']);
    expect(stored.processes[0].diagramXml).toContain('bpmn:definitions');
    expect(stored.meta.sampleSeeded).toBe(true);
    expect(screen.getByText(/^gespeichert um/).closest('[role="status"]')).toBeInTheDocument();
  });

  it('given the app, when shown, then it has banner, navigation and main landmarks and a skip link that moves the focus to the main region', async () => {
    const user = userEvent.setup();
    const { store } = renderApp(createMemoryRepository());
    await act(() => store.getState().actions.loadWorkspace());

    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Zum Inhalt springen' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(main).toHaveFocus();
    expect(window.location.hash).toBe('#/');
  });

  it('given a repository that cannot be read, when loading, then a recovery message says nothing was deleted and nothing is written', async () => {
    const repository = createMemoryRepository();
    repository.listProcesses = () => Promise.reject(new Error('UnknownError: backing store'));
    const { store } = renderApp(repository);
    await act(() => store.getState().actions.loadWorkspace());

    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Der Arbeitsbereich konnte nicht geöffnet werden' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Es wurde nichts gelöscht.');
    expect(repository.writeCount()).toBe(0);
  });

  it('given German, when English is chosen, then the interface and <html lang> switch', async () => {
    const user = userEvent.setup();
    const { store } = renderApp(createMemoryRepository());
    await act(() => store.getState().actions.loadWorkspace());

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'en');

    expect(screen.getByRole('heading', { level: 1, name: 'Workspace' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('prozesslotse.language')).toBe('en');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
    expect(document.documentElement.lang).toBe('de');
  });

  it('given the navigation, when its links Einstellungen, Methode and Barrierefreiheit are followed, then each opens its screen and is marked current', async () => {
    const user = userEvent.setup();
    const { store } = renderApp(createMemoryRepository());
    await act(() => store.getState().actions.loadWorkspace());
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });

    for (const [link, heading] of [
      ['Einstellungen', 'Einstellungen'],
      ['Methode', 'Methode'],
      ['Barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
    ]) {
      await user.click(within(nav).getByRole('link', { name: link }));
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      expect(within(nav).getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
      // the main region, where a new screen puts the focus, is named after the screen
      expect(screen.getByRole('main')).toHaveAccessibleName(link);
    }
    expect(document.title).toBe('Barrierefreiheit – Prozesslotse');
  });

  it('given an unknown route, when shown, then it says the page was not found and links back', async () => {
    window.location.hash = '#/nowhere';
    const { store } = renderApp(createMemoryRepository());
    await act(() => store.getState().actions.loadWorkspace());
    expect(screen.getByRole('heading', { name: 'Seite nicht gefunden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zum Arbeitsbereich' })).toHaveAttribute('href', '#/');
  });
});
