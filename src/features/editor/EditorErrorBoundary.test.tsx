// The editor's error boundary in jsdom: an error thrown in an effect below it shows the message with
// the error's text instead of an empty page, and "Editor neu laden" mounts the editor again.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { EditorErrorBoundary } from './EditorErrorBoundary';

const failure = { throws: true };

function Editor() {
  useEffect(() => {
    if (failure.throws) throw new Error('Probe: kaputt');
  });
  return <p>Editor</p>;
}

beforeEach(async () => {
  await i18n.changeLanguage('de');
  failure.throws = true;
  // React reports the caught error on the console; kept out of the test's output
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('EditorErrorBoundary', () => {
  it('given an error in an effect of the editor, when it is thrown, then a message with the error replaces the editor', () => {
    render(
      <EditorErrorBoundary>
        <Editor />
      </EditorErrorBoundary>,
    );

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(i18n.t('editor:crashed.title'));
    expect(alert).toHaveTextContent(i18n.t('editor:crashed.detail', { detail: 'Probe: kaputt' }));
    expect(screen.queryByText('Editor')).toBeNull();
  });

  it('given the message, when the editor is reloaded, then it is mounted again', async () => {
    const user = userEvent.setup();
    render(
      <EditorErrorBoundary>
        <Editor />
      </EditorErrorBoundary>,
    );
    failure.throws = false;

    await user.click(screen.getByRole('button', { name: i18n.t('editor:crashed.retry') }));

    expect(screen.getByText('Editor')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
