// Tests of the save status: it says "gespeichert" only in the saved state, "speichert …" while
// changes wait or are written, and names the failure in words when a write failed.
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { SaveStatusIndicator } from './SaveStatusIndicator';

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

describe('SaveStatusIndicator', () => {
  it('given pending or saving changes, when shown, then it says "speichert …" and never "gespeichert"', () => {
    const { rerender } = render(<SaveStatusIndicator status={{ state: 'pending', lastSavedAt: '2024-05-01T10:00:00.000Z' }} />);
    expect(screen.getByRole('status')).toHaveTextContent('speichert …');
    expect(screen.getByRole('status')).not.toHaveTextContent('gespeichert');
    rerender(<SaveStatusIndicator status={{ state: 'saving' }} />);
    expect(screen.getByRole('status')).toHaveTextContent('speichert …');
  });

  it('given a stored change, when shown, then it says "gespeichert" with the time of the write', () => {
    const savedAt = new Date(2024, 4, 1, 14, 7).toISOString();
    render(<SaveStatusIndicator status={{ state: 'saved', lastSavedAt: savedAt }} />);
    expect(screen.getByRole('status')).toHaveTextContent('gespeichert um 14:07 Uhr');
  });

  it('given everything handed on is stored but the modeller holds an unreported edit, when shown, then it says "speichert …"', () => {
    render(<SaveStatusIndicator status={{ state: 'saved', lastSavedAt: '2024-05-01T10:00:00.000Z' }} unreportedEdit />);
    expect(screen.getByRole('status')).toHaveTextContent('speichert …');
    expect(screen.getByRole('status')).not.toHaveTextContent('gespeichert');
  });

  it('given a full storage, when shown, then it says the changes are not saved and why', () => {
    render(<SaveStatusIndicator status={{ state: 'error', error: { kind: 'quota', message: 'QuotaExceededError' } }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Nicht gespeichert: Der Speicherplatz des Browsers ist voll.');
  });

  it('given an error of an unknown kind, when shown, then the general "nicht gespeichert" message appears', () => {
    render(<SaveStatusIndicator status={{ state: 'error', error: { kind: 'somethingNew', message: 'x' } }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Nicht gespeichert: Beim Speichern ist ein Fehler aufgetreten.');
  });

  it('given routine saves, when shown, then a screen reader is not interrupted; every failed write and the first save after one are announced', () => {
    const { rerender, container } = render(<SaveStatusIndicator status={{ state: 'saved', lastSavedAt: '2024-05-01T10:00:00.000Z' }} />);
    // the status itself never interrupts; the news go to a live region that is there from the start
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'off');
    const news = container.querySelector('[aria-live="polite"]');
    expect(news).not.toBeNull();
    rerender(<SaveStatusIndicator status={{ state: 'saving' }} />);
    expect(news).toHaveTextContent(/^$/);
    rerender(<SaveStatusIndicator status={{ state: 'saved', lastSavedAt: '2024-05-01T10:01:00.000Z' }} />);
    expect(news).toHaveTextContent(/^$/);

    rerender(<SaveStatusIndicator status={{ state: 'error', error: { kind: 'quota', message: 'QuotaExceededError' } }} />);
    expect(news).toHaveTextContent('Nicht gespeichert: Der Speicherplatz des Browsers ist voll.');
    rerender(<SaveStatusIndicator status={{ state: 'saving' }} />);
    expect(news).toHaveTextContent(/^$/);
    rerender(<SaveStatusIndicator status={{ state: 'error', error: { kind: 'quota', message: 'QuotaExceededError' } }} />);
    expect(news).toHaveTextContent('Nicht gespeichert');
    rerender(<SaveStatusIndicator status={{ state: 'saving' }} />);
    rerender(<SaveStatusIndicator status={{ state: 'saved', lastSavedAt: '2024-05-01T10:02:00.000Z' }} />);
    expect(news).toHaveTextContent('gespeichert');

    rerender(<SaveStatusIndicator status={{ state: 'saving' }} />);
    rerender(<SaveStatusIndicator status={{ state: 'saved', lastSavedAt: '2024-05-01T10:03:00.000Z' }} />);
    expect(news).toHaveTextContent(/^$/);
  });
});
