// Tests of the storage status as shown: the settings section (granted / not granted / unknown,
// space used, warning above 80 %, last backup or "noch nie", asking again) and the header
// indicator, with a mocked navigator.storage.
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { renderWithStore } from '../settings/storeHarness';
import type { StoreHarness } from '../settings/storeHarness';
import { StorageIndicator } from './StorageIndicator';
import { createStorageStatusStore } from './storageStatus';
import type { StorageManagerLike, StorageStatusStore } from './storageStatus';
import { StorageStatusProvider } from './StorageStatusProvider';
import { StorageStatusSection } from './StorageStatusSection';

let harness: StoreHarness | undefined;

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

function storageManager({ persisted = false, grant = false, usage = 12_300_000, quota = 2_000_000_000 } = {}) {
  let isPersisted = persisted;
  return {
    persisted: vi.fn(async () => isPersisted),
    persist: vi.fn(async () => {
      isPersisted = grant;
      return grant;
    }),
    estimate: vi.fn(async () => ({ usage, quota })),
  } satisfies StorageManagerLike;
}

function statusStore(storage: StorageManagerLike | undefined): StorageStatusStore {
  return createStorageStatusStore({ storage, memory: undefined });
}

async function renderSection(store: StorageStatusStore, meta = {}, extra?: ReactNode) {
  harness = await renderWithStore(
    <StorageStatusProvider store={store}>
      <StorageStatusSection />
      {extra}
    </StorageStatusProvider>,
    { meta: { sampleSeeded: true, ...meta } },
  );
  await act(() => store.start());
  return harness;
}

describe('StorageStatusSection', () => {
  it('given persistence granted and 12.3 MB of 2 GB used, when shown, then it says granted, the space used, no warning and no backup yet', async () => {
    await renderSection(statusStore(storageManager({ persisted: true })));
    expect(await screen.findByText(/^gewährt: Der Browser löscht die Daten nicht/)).toBeInTheDocument();
    expect(screen.getByText('12,3 MB von 2 GB (1 %)')).toBeInTheDocument();
    expect(screen.getByText('noch nie')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Dauerhaften Speicher anfragen' })).not.toBeInTheDocument();
  });

  it('given persistence denied, when the user asks again and the browser agrees, then it shows granted', async () => {
    const storage = storageManager({ grant: false });
    const store = statusStore(storage);
    await renderSection(store);
    expect(await screen.findByText(/^nicht gewährt: Der Browser darf die Daten löschen/)).toBeInTheDocument();

    storage.persist.mockImplementation(async () => {
      storage.persisted.mockResolvedValue(true);
      return true;
    });
    await userEvent.click(screen.getByRole('button', { name: 'Dauerhaften Speicher anfragen' }));
    expect(await screen.findByText(/^gewährt:/)).toBeInTheDocument();
  });

  it('given 85 % of the quota used, when shown, then a warning says so in words', async () => {
    await renderSection(statusStore(storageManager({ persisted: true, usage: 850_000_000, quota: 1_000_000_000 })));
    expect(await screen.findByRole('alert')).toHaveTextContent('Achtung: Der Speicher ist zu 85 % belegt.');
    expect(screen.getByText('850 MB von 1 GB (85 %)')).toBeInTheDocument();
  });

  it('given a backup made before, when shown, then its date and time are shown', async () => {
    await renderSection(statusStore(storageManager({ persisted: true })), { lastBackupAt: '2025-06-03T08:15:00.000Z' });
    const expected = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeStyle: 'short' }).format(new Date('2025-06-03T08:15:00.000Z'));
    expect(await screen.findByText(expected)).toBeInTheDocument();
    expect(expected).toMatch(/^3\. Juni 2025/);
  });

  it('given a browser without navigator.storage, when shown, then it says the browser does not tell', async () => {
    await renderSection(statusStore(undefined));
    expect(await screen.findByText(/^unbekannt: Dieser Browser gibt darüber keine Auskunft\. Legen Sie/)).toBeInTheDocument();
    expect(screen.getByText('unbekannt: Dieser Browser gibt darüber keine Auskunft.')).toBeInTheDocument();
  });
});

describe('StorageIndicator', () => {
  it('given 85 % used, when shown in the header, then a link to the settings warns', async () => {
    const full = statusStore(storageManager({ persisted: true, usage: 85, quota: 100 }));
    await renderSection(full, {}, <StorageIndicator settingsHref="#/settings" />);
    expect(await screen.findByRole('link', { name: /^Speicher zu 85\s%\sbelegt$/ })).toHaveAttribute('href', '#/settings');
  });

  it('given persistence not granted, when shown, then the link says the storage is not persistent', async () => {
    await renderSection(statusStore(storageManager({ grant: false })), {}, <StorageIndicator settingsHref="#/settings" />);
    expect(await screen.findByRole('link', { name: 'Speicher nicht dauerhaft' })).toBeInTheDocument();
  });

  it('given persistent storage with room, when shown, then the header shows nothing', async () => {
    await renderSection(statusStore(storageManager({ persisted: true })), {}, <StorageIndicator settingsHref="#/settings" />);
    await screen.findByText(/^gewährt:/);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('given no provider, when mounted, then it reads navigator.storage of the browser and asks for persistence once', async () => {
    const storage = storageManager({ grant: false, usage: 90, quota: 100 });
    Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
    try {
      harness = await renderWithStore(<StorageIndicator settingsHref="#/settings" />);
      expect(await screen.findByRole('link', { name: /^Speicher zu 90\s%\sbelegt$/ })).toBeInTheDocument();
      expect(storage.persist).toHaveBeenCalledTimes(1);
    } finally {
      Reflect.deleteProperty(navigator, 'storage');
      localStorage.clear();
    }
  });
});

