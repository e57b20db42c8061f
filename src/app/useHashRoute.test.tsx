// Tests of the hash router: a navigation renders with the other updates of its event (the screen
// being left never renders them first), and a hash changed by the browser (back, a link) still routes.
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Route } from './routes';
import { useHashRoute } from './useHashRoute';

/** a screen with state of its own, as the workspace has its dialogs: it logs each render */
function Workspace({ renders, onOpen }: { renders: string[]; onOpen: (id: string) => void }) {
  const [created, setCreated] = useState(0);
  renders.push(`workspace:${created}`);
  return (
    <button
      type="button"
      onClick={() => {
        setCreated((count) => count + 1);
        onOpen('p1');
      }}
    >
      create and open
    </button>
  );
}

function Router({ renders }: { renders: string[] }) {
  const { route, navigate } = useHashRoute();
  const open = (id: string) => navigate({ name: 'process', id });
  const shown = (current: Route) => (current.name === 'process' ? `process ${current.id}` : current.name);
  return (
    <>
      <p data-testid="route">{shown(route)}</p>
      {route.name === 'workspace' ? <Workspace renders={renders} onOpen={open} /> : null}
    </>
  );
}

describe('useHashRoute', () => {
  beforeEach(() => {
    window.location.hash = '#/';
  });

  it('given a screen, when its event updates its state and navigates, then the screen is left without rendering the update', async () => {
    const renders: string[] = [];
    render(<Router renders={renders} />);

    await userEvent.click(screen.getByRole('button', { name: 'create and open' }));

    expect(window.location.hash).toBe('#/process/p1');
    expect(screen.getByTestId('route')).toHaveTextContent('process p1');
    expect(renders).toEqual(['workspace:0']);
  });

  it('given the workspace, when the hash is changed outside the app, then the route follows on hashchange', async () => {
    render(<Router renders={[]} />);

    act(() => {
      window.location.hash = '#/settings';
    });

    await waitFor(() => expect(screen.getByTestId('route')).toHaveTextContent('settings'));
  });
});
