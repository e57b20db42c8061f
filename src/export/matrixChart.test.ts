// Tests of the report's ease / benefit matrix: the SVG's labels and points, and the table of its
// points as text, its hours rounded as the app's matrix rounds them, a step in a sub-process named
// with it.
import { describe, expect, it } from 'vitest';
import { matrixChart } from './matrixChart';
import { createReportFormat } from './reportFormat';
import { testReportInput, testReportInputRankedByHours, testTranslate } from './testReportInput';
import { testReportInputInSubProcesses } from './testReportInputInSubProcesses';

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

  it('given the ranking by points, when drawn, then the vertical axis names both potentials in words, in the app\'s words (the method\'s axis name)', () => {
    const axis = [...render().querySelectorAll('svg text')].find((text) => text.textContent?.includes('potenzial'));
    const lines = [...(axis?.querySelectorAll('tspan') ?? [])].map((line) => line.textContent);
    const yAxis = lines.join(' ');
    // a QA tour: the app said "das größere von …", the report "Größeres Potenzial: Digitalisierung oder Automatisierung"
    expect(yAxis).toBe('das größere von Digitalisierungs- und Automatisierungspotenzial (0–100)');
    // longer than the axis at 12 px, it is broken into lines
    expect(lines.length).toBe(2);
    expect(yAxis).not.toMatch(/max\(|DS|AS/);
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

  it('given the ranking, when drawn, then the table lists rank, step, ease, the higher potential and quadrant as text', () => {
    const rows = [...render().querySelectorAll('table.matrix-points tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
    // "Antrag prüfen": E 80, max(DS 62.5, AS 70) = 70 → top right
    expect(rows[0]).toEqual(['1', 'Antrag prüfen', '80', '70', 'schnelle Erfolge (Quick Wins)']);
    // XSS step: AS is incomplete and does not count, so y = DS 40; E 50 estimated, on the border → bottom right, marked
    // estimated; DS under 60 is "beibehalten", so it is put on hold there too, not done on the side, and says why
    expect(testReportInput().scores.get('Task_xss')?.recommendation).toBe('keep');
    expect(rows[1]).toEqual(['2', '"><img src=x onerror=alert(1)>', '50 (Umsetzbarkeit geschätzt)', '40', 'zurückstellen (Empfehlung: beibehalten)']);
    // the step's name heads its row, so a screen reader names the row's values by it
    const headers = [...render().querySelectorAll('table.matrix-points tbody tr th[scope="row"]')].map((cell) => cell.textContent);
    expect(headers).toEqual(['Antrag prüfen', '"><img src=x onerror=alert(1)>']);
  });

  it('given two steps of the same name in different sub-processes, when drawn, then the table names each with its sub-process, as the report\'s ranking does', () => {
    const headers = [...render(testReportInputInSubProcesses()).querySelectorAll('table.matrix-points tbody tr th[scope="row"]')].map((cell) => cell.textContent);
    expect(headers).toEqual(['Troponin (im Teilprozess „take ECG“)', 'Troponin (im Teilprozess „Blutabnahme“)']);
  });

  it('given steps ranked by hours, when drawn in English, then the table shows hours saved as the app\'s matrix does ("1,142", "7.5")', () => {
    const english = { t: testTranslate('en'), format: createReportFormat('en'), language: 'en' as const };
    const document = new DOMParser().parseFromString(matrixChart(testReportInputRankedByHours(), english, 'm').markup, 'text/html');
    const rows = [...document.querySelectorAll('table.matrix-points tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
    // rank, step, ease, hours saved, quadrant
    expect(rows.map((row) => row[3])).toEqual(['1,142', '7.5']);
  });

  it('given a ranking against the process order, when drawn, then points and rows carry the rank and the rows come in its order', () => {
    const input = testReportInput();
    const ranked = [...input.figures.ranking.ranked].reverse();
    const document = render({ ...input, figures: { ...input.figures, ranking: { ...input.figures.ranking, ranked } } });
    const expected = ranked.map((score, index) => [score.stepId, String(index + 1)]);
    // the points in painting order: the diamond of "Task_xss" (recommended "beibehalten") last, over any circle
    const points = [...document.querySelectorAll('g.point')].map((point) => [point.getAttribute('data-step-id'), point.querySelector('text')?.textContent]);
    expect(points.sort(([, a], [, b]) => Number(a) - Number(b))).toEqual(expected);
    expect([...document.querySelectorAll('table.matrix-points tbody tr td:first-child')].map((cell) => cell.textContent)).toEqual(expected.map(([, rank]) => rank));
  });

  it('given a step to stabilise first in the top right, when drawn, then it is a diamond put on hold, not a quick win, as the caption says', () => {
    const input = testReportInput();
    const gated = { ...input.figures.ranking.ranked[0], stabiliseFirst: true, recommendation: 'stabilise' as const };
    const document = render({ ...input, figures: { ...input.figures, ranking: { ...input.figures.ranking, ranked: [gated] } } });
    expect(document.querySelector('g.point[data-step-id="Task_check"] path')).not.toBeNull();
    expect(document.querySelector('table.matrix-points tbody tr td:last-child')?.textContent).toBe('zurückstellen (Nicht jetzt: erst stabilisieren)');
    expect(document.querySelector('figcaption')?.textContent).toContain(
      'Rauten: Schritte mit der Empfehlung „beibehalten“ oder „Nicht jetzt: erst stabilisieren“; sie zählen nie als schneller Erfolg, auch nicht im grünen Feld oben rechts, und stehen immer unter „zurückstellen“',
    );
  });

  it('given a step recommended "beibehalten", when drawn, then it is a diamond wherever it lies', () => {
    // given: "Antrag prüfen" (E 80, max(AS, DS) 70) in the quick-win area and the XSS step (E 50, DS 40) below it, both recommended "beibehalten"
    const input = testReportInput();
    const ranked = input.figures.ranking.ranked.map((score) => ({ ...score, recommendation: 'keep' as const }));
    // when
    const document = render({ ...input, figures: { ...input.figures, ranking: { ...input.figures.ranking, ranked } } });
    // then
    expect([...document.querySelectorAll('g.point')].map((point) => [point.getAttribute('data-step-id'), point.querySelector('circle') === null, point.querySelector('path') !== null])).toEqual([
      ['Task_check', true, true],
      ['Task_xss', true, true],
    ]);
    expect([...document.querySelectorAll('table.matrix-points tbody tr td:last-child')].map((cell) => cell.textContent)).toEqual([
      'zurückstellen (Empfehlung: beibehalten)',
      'zurückstellen (Empfehlung: beibehalten)',
    ]);
    // an estimated ease is said beside the ease, as in the app's table, not in a second parenthesis after the field
    // (a QA tour: "zurückstellen (Umsetzbarkeit geschätzt) (Empfehlung: beibehalten)")
    expect([...document.querySelectorAll('table.matrix-points tbody tr td:nth-child(3)')].map((cell) => cell.textContent)).toEqual(['80', '50 (Umsetzbarkeit geschätzt)']);
  });

  it('given the hours basis, then the caption says the benefit\'s line is half the axis\'s top and moves with it; on the index it says nothing of it', () => {
    const moves = 'Die Grenze für den Nutzen liegt in der Mitte der Achse, beim halben Höchstwert';
    expect(render(testReportInputRankedByHours()).querySelector('figcaption')?.textContent).toContain(moves);
    expect(render().querySelector('figcaption')?.textContent).not.toContain(moves);
  });

  it('given no step with a usable score, when drawn, then the table says so', () => {
    // given: nothing ranked, as no step has a priority yet
    const input = testReportInput();
    const document = render({ ...input, figures: { ...input.figures, ranking: { basis: 'index', ranked: [] } } });
    expect(document.querySelectorAll('g.point')).toHaveLength(0);
    expect(document.querySelector('table.matrix-points tbody')?.textContent).toBe('Noch kein Schritt ist so weit bewertet, dass er eingezeichnet werden kann.');
  });
});
