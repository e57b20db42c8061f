// The steps table's layout in a real browser (table.css, with the app's fonts from app.css):
// however wide the table, it scrolls inside its own scroller and never widens the page, also with
// the screen-reader-only texts ("keine Angabe", "nicht bewertet") that empty cells carry; the
// text filter is wide enough for its whole placeholder; every column header's label and sort arrow
// stay inside its own column.
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { page } from 'vitest/browser';
import '../../i18n/i18n';
import '../../app/app.css';
import { testAssessment, testScore, testStep, testStepScore } from '../../domain/testing/fixtures';
import { StepsTable } from './StepsTable';

/**
 * The table in a container of the given width: an answered and scored step in a lane, and one
 * outside any lane with neither answers nor score.
 */
function renderIn(width: string, language: 'de' | 'en' = 'de') {
  const steps = [testStep('a', { name: 'Antrag prüfen', order: 0, lane: 'Sachbearbeitung' }), testStep('b', { name: 'Bescheid erstellen', order: 1 })];
  const assessments = new Map([['a', testAssessment('a', { answers: { R: 4, Id: 2, Is: 3, Mb: 1, Sp: 5 } })]]);
  const scores = new Map([['a', testStepScore('a', { ds: testScore(62), as: testScore(70), ei: testScore(40), recommendation: 'automate' })]]);
  render(
    <div style={{ width }}>
      <StepsTable steps={steps} assessments={assessments} scores={scores} onSelect={() => undefined} onAnswer={() => undefined} language={language} />
    </div>,
  );
}

afterEach(cleanup);

describe('StepsTable layout', () => {
  test('given a table far wider than its container, then the page does not scroll sideways', () => {
    renderIn('20rem');

    // the empty cells' texts for screen readers are there, and the table is wider than the window
    expect(screen.getAllByText('keine Angabe').length).toBeGreaterThan(0);
    expect(screen.getAllByText('nicht bewertet').length).toBeGreaterThan(0);
    expect(screen.getByRole('grid').getBoundingClientRect().width).toBeGreaterThan(window.innerWidth);

    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  });

  test.each([1280, 1366])('given a %i px wide window, then the text filter shows its whole placeholder', async (width) => {
    await page.viewport(width, 768);
    renderIn('100%');
    const field = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Schritte durchsuchen' });
    const fieldWidth = field.clientWidth;

    // the placeholder as the field's text: it scrolls exactly where the placeholder would be cut off
    field.value = field.placeholder;

    expect(field.scrollWidth).toBeLessThanOrEqual(fieldWidth);
  });

  test.each([
    [1400, 'de'],
    [1280, 'de'],
    [1400, 'en'],
    [1280, 'en'],
  ] as const)('given a %i px wide window in %s, then every header stays inside its column', async (width, language) => {
    await page.viewport(width, 900);
    renderIn('100%', language);

    const outside: string[] = [];
    for (const header of screen.getAllByRole('columnheader')) {
      const column = header.getBoundingClientRect();
      for (const part of header.querySelectorAll('.steps-table__sort-label, .steps-table__sort-indicator')) {
        const box = part.getBoundingClientRect();
        if (box.left < column.left || box.right > column.right) outside.push(`${header.textContent ?? ''}: ${Math.round(box.left)}-${Math.round(box.right)} in ${Math.round(column.left)}-${Math.round(column.right)}`);
      }
    }

    expect(outside).toEqual([]);
  });
});
