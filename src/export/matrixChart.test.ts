import { describe, expect, it } from 'vitest';
import { matrixChart } from './matrixChart';
import { createReportFormat } from './reportFormat';
import { testReportInput, testTranslate } from './testReportInput';

describe('matrixChart', () => {
  const context = { t: testTranslate('de'), format: createReportFormat('de'), language: 'de' as const };

  function render(input = testReportInput()): Document {
    return new DOMParser().parseFromString(matrixChart(input, context, 'm').markup, 'text/html');
  }

  it('given the ranking, when drawn, then the SVG is labelled by its title and description', () => {
    const document = render();
    const svg = document.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-labelledby')).toBe('m-title m-desc');
    expect(document.querySelector('#m-title')?.textContent).toBe('Matrix aus Umsetzbarkeit und Nutzen');
    expect(document.querySelector('#m-desc')?.textContent).toContain('„Punkte der Matrix“');
  });

  it('given the ranking, when drawn, then each applicable step with a usable score is a point labelled with its rank', () => {
    const document = render();
    const points = [...document.querySelectorAll('g.point')].map((point) => [point.getAttribute('data-step-id'), point.querySelector('text')?.textContent]);
    // "Deko" is not applicable and is left out
    expect(points).toEqual([
      ['Task_check', '1'],
      ['Task_xss', '2'],
    ]);
  });

  it('given the ranking, when drawn, then the table lists rank, step, ease, max(DS, AS) and quadrant as text', () => {
    const rows = [...render().querySelectorAll('table.matrix-points tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
    // "Antrag prüfen": E 80, max(DS 62.5, AS 70) = 70 → top right
    expect(rows[0]).toEqual(['1', 'Antrag prüfen', '80', '70', 'Quick Wins']);
    // XSS step: AS is incomplete and does not count, so y = DS 40; E 50 estimated → bottom right
    expect(rows[1]).toEqual(['2', '"><img src=x onerror=alert(1)>', '50', '40', 'Kleinigkeiten (Umsetzbarkeit geschätzt)']);
  });

  it('given no step with a usable score, when drawn, then the table says so', () => {
    const input = testReportInput();
    const document = render({ ...input, scores: new Map() });
    expect(document.querySelectorAll('g.point')).toHaveLength(0);
    expect(document.querySelector('table.matrix-points tbody')?.textContent).toBe('Noch kein Schritt ist so weit bewertet, dass er eingezeichnet werden kann.');
  });
});
