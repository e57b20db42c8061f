import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Answers, StepAssessment } from '../../domain/assessment';
import { createDefaultCatalogue } from '../../domain/criteria';
import type { RankedSteps } from '../../domain/scoreTypes';
import { scoreProcess } from '../../domain/scoring';
import { matrixChart } from '../../export/matrixChart';
import { createReportFormat } from '../../export/reportFormat';
import type { ReportInput } from '../../export/reportInput';
import { testReportInput, testTranslate } from '../../export/testReportInput';
import { i18n } from '../../i18n/i18n';
import { MatrixChart } from './MatrixChart';
import { testAssessment, testBenefit, testOpenStepScore, testScore, testStep } from '../../domain/testing/fixtures';

const steps = [testStep('a', { name: 'Antrag prüfen', order: 1 }), testStep('b', { name: 'Bescheid drucken', order: 2 })];
const a = testOpenStepScore('a', { as: testScore(80), ease: 70, easeEstimated: false, priorityIndex: 56 });
const b = testOpenStepScore('b', { ds: testScore(40), ease: 50, easeEstimated: true, priorityIndex: 20 });
const indexRanking: RankedSteps = { basis: 'index', ranked: [a, b] };

/**
 * Gewerbeanmeldung as the report gets it, scored by the domain: the process order is not the rank.
 * "Papierformular ausfüllen" (first): DS 40 from Id 1, Mb 0, EI 100 → priority 40; "Angaben abtippen":
 * AS 100, EI 100 → 100; "Gebühr berechnen": AS 100, quick check only (E 50 estimated) → 50, Sp 2 → stabilise first.
 */
function gewerbeanmeldung(extra: [string, string, Answers][] = []): ReportInput {
  const easy: Answers = { Ap: 1, St: 5, Do: 5 };
  const answered: [string, string, Answers][] = [
    ['form', 'Papierformular ausfüllen', { R: 1, Id: 1, Is: 1, Mb: 0, ...easy }],
    ['rekey', 'Angaben abtippen', { R: 5, Id: 5, Is: 5, ...easy }],
    ['fee', 'Gebühr berechnen', { R: 5, Id: 5, Is: 5, Sp: 2 }],
    ...extra,
  ];
  const processSteps = answered.map(([id, name], index) => testStep(id, { name, order: index + 1 }));
  const assessments = new Map<string, StepAssessment>(answered.map(([id, , answers]) => [id, testAssessment(id, { answers })]));
  const { scores, figures } = scoreProcess(processSteps, assessments, createDefaultCatalogue());
  return { ...testReportInput(), steps: processSteps, assessments, scores, figures };
}

/** The report's matrix for the same input, as a document. */
function reportMatrix(input: ReportInput): Document {
  const context = { t: testTranslate('de'), format: createReportFormat('de'), language: 'de' as const };
  return new DOMParser().parseFromString(matrixChart(input, context, 'm').markup, 'text/html');
}

function cellTexts(rows: readonly Element[]): (string | null)[][] {
  return rows.map((row) => [...row.children].map((cell) => cell.textContent));
}

/** The centre of a point's mark: a circle's (cx, cy), or a diamond's from its path "M cx top L right cy …". */
function markCentre(mark: Element | null | undefined): { x: number; y: number } {
  if (mark?.tagName === 'circle') return { x: Number(mark.getAttribute('cx')), y: Number(mark.getAttribute('cy')) };
  const [x, , , y] = (mark?.getAttribute('d') ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [];
  return { x, y };
}

/** Whether a point lies within an SVG rectangle. */
function inside(point: { x: number; y: number }, rect: Element | null): boolean {
  const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => Number(rect?.getAttribute(name)));
  return point.x > x && point.x < x + width && point.y > y && point.y < y + height;
}

describe('MatrixChart', () => {
  it('is an image named by its title and description', () => {
    // given / when
    render(<MatrixChart steps={steps} ranking={indexRanking} language="de" />);
    // then
    const chart = screen.getByRole('img', { name: /^Umsetzbarkeit und Nutzen/ });
    expect(chart).toHaveAccessibleName(/2 Schritte als Punkte/);
    expect(chart).toHaveAccessibleName(/davon 1 im Bereich „schnelle Erfolge \(Quick Wins\)“ oben rechts/);
    expect(chart.querySelectorAll('circle')).toHaveLength(2);
  });

  it('is a figure named by its short title, not by its whole legend', () => {
    // given / when
    render(<MatrixChart steps={steps} ranking={indexRanking} language="de" />);
    // then
    const chart = screen.getByRole('img', { name: /^Umsetzbarkeit und Nutzen/ });
    const title = chart.querySelector('title')?.textContent ?? 'no title';
    expect(screen.getByRole('figure')).toHaveAccessibleName(title);
  });

  it('lists every point in a table as its text alternative', async () => {
    // given
    const user = userEvent.setup({ delay: null });
    render(<MatrixChart steps={steps} ranking={indexRanking} language="de" />);
    // when
    await user.click(screen.getByText('Tabelle zum Diagramm'));
    // then: it lies in a group named by its summary, and has a row per point with number, name, ease, the higher potential and its quadrant
    expect(screen.getByRole('group', { name: 'Tabelle zum Diagramm' })).toContainElement(screen.getByRole('table'));
    const table = screen.getByRole('table', { name: /Punkte der Matrix/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['1', '70', '80', 'schnelle Erfolge (Quick Wins)'],
      ['2', '50 (Umsetzbarkeit geschätzt)', '40', 'nebenbei erledigen'],
    ]);
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('Antrag prüfen');
    expect(within(table).getByRole('columnheader', { name: 'das größere von Digitalisierungs- und Automatisierungspotenzial (0–100)' })).toBeInTheDocument();
  });

  it('names a step without a name in its table by its id, as the score panel and the steps table do', async () => {
    const user = userEvent.setup({ delay: null });
    const unnamed = steps.map((step) => (step.id === 'a' ? { ...step, name: ' ' } : step));
    render(<MatrixChart steps={unnamed} ranking={indexRanking} language="de" />);
    await user.click(screen.getByText('Tabelle zum Diagramm'));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Schritt ohne Namen (a)', 'Bescheid drucken']);
  });

  it.each(['de', 'en'] as const)('names the potentials on the 0–100 index in words, not by their codes or a formula, on the axis, in the description and the table (%s)', async (language) => {
    // given
    await i18n.changeLanguage(language);
    const user = userEvent.setup({ delay: null });
    render(<MatrixChart steps={steps} ranking={indexRanking} language={language} />);
    // when
    await user.click(screen.getByText(i18n.t('assessment:matrix.tableSummary')));
    // then: the axis' label, the chart's description and the table's column say what the y axis shows
    const chart = screen.getByRole('img');
    const axisLabel = [...chart.querySelectorAll('.matrix-chart__axis-label')].at(-1)?.textContent ?? '';
    const columnHeader = within(screen.getByRole('table')).getAllByRole('columnheader')[3].textContent ?? '';
    const description = chart.querySelector('desc')?.textContent ?? '';
    // the stems of the potentials' names ("Digitali", "Automati"): German joins them ("Digitalisierungs- und …")
    const potentials = [i18n.t('method:metrics.DS'), i18n.t('method:metrics.AS')].map((name) => name.slice(0, 8).toLowerCase());
    for (const text of [axisLabel, columnHeader, description]) {
      for (const potential of potentials) expect(text.toLowerCase()).toContain(potential);
      expect(text).not.toMatch(/\bmax\(|\b(DS|AS)\b/);
    }
    await i18n.changeLanguage('de');
  });

  it('gives steps on one spot one label naming them all, instead of numbers printed over each other', () => {
    const alike = [...steps, testStep('c', { name: 'Akte anlegen', order: 3 })];
    const c = { ...a, stepId: 'c' };
    render(<MatrixChart steps={alike} ranking={{ basis: 'index', ranked: [a, c, b] }} language="de" />);
    const chart = screen.getByRole('img', { name: /^Umsetzbarkeit und Nutzen/ });
    expect(chart.querySelectorAll('circle')).toHaveLength(3);
    // a and c (ease 70, potential 80) share a spot; b lies elsewhere
    expect([...chart.querySelectorAll('.matrix-chart__point text')].map((text) => text.textContent)).toEqual(['1, 2', '3']);
  });

  it('labels the y axis with hours and formats them per language on the hours basis', async () => {
    // given: 1,234.4 hours saved
    const user = userEvent.setup({ delay: null });
    const ranked = [testOpenStepScore('a', { benefit: testBenefit({ hoursSaved: 1234.4 }), ease: 60, easeEstimated: false, priorityHours: 740.6 })];
    render(<MatrixChart steps={steps} ranking={{ basis: 'hours', ranked }} language="de" />);
    // when
    await user.click(screen.getByText('Tabelle zum Diagramm'));
    // then
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Einsparung (Std./Jahr)' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '1.234' })).toBeInTheDocument();
    // the benefit's line is half the axis's top (2.000 here): said, since it moves with the axis
    expect(screen.getByText(/und einem Nutzen ab 1\.000;.* Die Grenze für den Nutzen liegt in der Mitte der Achse, beim halben Höchstwert/)).toBeInTheDocument();
  });

  it('selects a step from the table', async () => {
    // given
    const user = userEvent.setup({ delay: null });
    const onSelectStep = vi.fn();
    render(<MatrixChart steps={steps} ranking={indexRanking} language="de" onSelectStep={onSelectStep} />);
    // when
    await user.click(screen.getByText('Tabelle zum Diagramm'));
    await user.click(screen.getByRole('button', { name: 'Bescheid drucken' }));
    // then
    expect(onSelectStep).toHaveBeenCalledWith('b');
  });

  it('says so instead of drawing an empty chart', () => {
    render(<MatrixChart steps={steps} ranking={{ basis: 'index', ranked: [] }} language="de" />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByText(/Noch kein Schritt ist weit genug bewertet/)).toBeInTheDocument();
  });

  it('numbers the points with their rank, in the chart, its table and the report alike', async () => {
    // given: the same process for the app and the report
    const user = userEvent.setup({ delay: null });
    const input = gewerbeanmeldung();
    const ranks = input.figures.ranking.ranked.map((score, index) => [String(index + 1), input.steps.find((step) => step.id === score.stepId)?.name]);
    expect(ranks.map(([, name]) => name)).not.toEqual(input.steps.map((step) => step.name));
    // when
    render(<MatrixChart steps={input.steps} ranking={input.figures.ranking} language="de" />);
    await user.click(screen.getByText('Tabelle zum Diagramm'));
    const report = reportMatrix(input);
    // then: number and step as the ranking has them, in the app's table and the report's
    const appRows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(appRows.map((row) => [row.children[0].textContent, row.children[1].textContent])).toEqual(ranks);
    expect(cellTexts([...report.querySelectorAll('table.matrix-points tbody tr')]).map((cells) => cells.slice(0, 2))).toEqual(ranks);
    // and the charts' labels say the same numbers
    const appLabels = [...screen.getByRole('img').querySelectorAll('.matrix-chart__point text')].map((text) => text.textContent);
    expect(appLabels).toEqual([...report.querySelectorAll('g.point text')].map((text) => text.textContent));
  });

  it('never calls a step to stabilise first a quick win, in the chart, its table and the report alike', async () => {
    // given: "Gebühr berechnen" lies top right (AS 100) on the estimated ease 50, and Sp 2 holds it back
    const user = userEvent.setup({ delay: null });
    const input = gewerbeanmeldung();
    expect(input.scores.get('fee')?.recommendation).toBe('stabilise');
    // when
    render(<MatrixChart steps={input.steps} ranking={input.figures.ranking} language="de" />);
    await user.click(screen.getByText('Tabelle zum Diagramm'));
    const report = reportMatrix(input);
    // then: only "Angaben abtippen" is a quick win; the step to stabilise first is put on hold and drawn as a
    // diamond; "Papierformular ausfüllen", recommended "beibehalten", is put on hold where it lies, a diamond too
    expect(input.scores.get('form')?.recommendation).toBe('keep');
    const chart = screen.getByRole('img', { name: /^Umsetzbarkeit und Nutzen/ });
    expect(chart).toHaveAccessibleName(/davon 1 im Bereich „schnelle Erfolge \(Quick Wins\)“/);
    const appRows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(appRows.map((row) => [row.children[1].textContent, row.children[4].textContent])).toEqual([
      ['Angaben abtippen', 'schnelle Erfolge (Quick Wins)'],
      ['Gebühr berechnen', 'zurückstellen (Nicht jetzt: erst stabilisieren)'],
      ['Papierformular ausfüllen', 'zurückstellen (Empfehlung: beibehalten)'],
    ]);
    expect(chart.querySelectorAll('.matrix-chart__point path')).toHaveLength(2);
    expect(cellTexts([...report.querySelectorAll('table.matrix-points tbody tr')]).map((cells) => [cells[1], cells[4]])).toEqual([
      ['Angaben abtippen', 'schnelle Erfolge (Quick Wins)'],
      ['Gebühr berechnen', 'zurückstellen (Nicht jetzt: erst stabilisieren)'],
      ['Papierformular ausfüllen', 'zurückstellen (Empfehlung: beibehalten)'],
    ]);
    expect(report.querySelectorAll('g.point[data-step-id="fee"] path')).toHaveLength(1);
    expect(report.querySelectorAll('g.point[data-step-id="form"] path')).toHaveLength(1);
  });

  it('never calls a step recommended "beibehalten" a quick win, and says why, in its table and the report alike', async () => {
    // given: "Durchschrift ablegen": Mb 1, Id 3 → DS 50, AS 50, neither reaches 60 → "beibehalten"; EI 100: at the top right
    const user = userEvent.setup({ delay: null });
    const input = gewerbeanmeldung([['copy', 'Durchschrift ablegen', { Mb: 1, Id: 3, Ap: 1, St: 5, Do: 5 }]]);
    expect(input.scores.get('copy')?.recommendation).toBe('keep');
    // when
    render(<MatrixChart steps={input.steps} ranking={input.figures.ranking} language="de" />);
    await user.click(screen.getByText('Tabelle zum Diagramm'));
    const report = reportMatrix(input);
    // then
    const appRow = within(screen.getByRole('table')).getByRole('row', { name: /Durchschrift ablegen/ });
    expect(appRow.children[4].textContent).toBe('zurückstellen (Empfehlung: beibehalten)');
    expect(screen.getByRole('img', { name: /^Umsetzbarkeit und Nutzen/ })).toHaveAccessibleName(/davon 1 im Bereich „schnelle Erfolge \(Quick Wins\)“/);
    const reportRow = cellTexts([...report.querySelectorAll('table.matrix-points tbody tr')]).find((cells) => cells[1] === 'Durchschrift ablegen');
    expect(reportRow?.[4]).toBe('zurückstellen (Empfehlung: beibehalten)');
  });

  it('draws a step recommended "beibehalten" in the quick-win area as a diamond and says it is no quick win, in the chart, its key, its description and the report alike', async () => {
    // given: the tester's case "Antrag im Fachverfahren erfassen": ease 78, AS 58 and DS 53, both under 60 → "beibehalten",
    // max(AS, DS) = 58: inside the quick-win area (ease from 50, benefit from 50), beside a step to automate there
    const user = userEvent.setup({ delay: null });
    const capture = testStep('capture', { name: 'Antrag im Fachverfahren erfassen', order: 2 });
    const kept = testOpenStepScore('capture', { as: testScore(58), ds: testScore(53), ease: 78, easeEstimated: false, priorityIndex: 45.2, recommendation: 'keep' });
    const ranking: RankedSteps = { basis: 'index', ranked: [{ ...a, recommendation: 'automate' }, kept] };
    const report = testReportInput();
    const input: ReportInput = { ...report, steps: [steps[0], capture], figures: { ...report.figures, ranking } };
    // when
    render(<MatrixChart steps={input.steps} ranking={ranking} language="de" />);
    await user.click(screen.getByText('Tabelle zum Diagramm'));
    const reportChart = reportMatrix(input);
    // then: in the app, point 2 is a diamond inside the quick-win area, point 1 a circle there
    const chart = screen.getByRole('img', { name: /^Umsetzbarkeit und Nutzen/ });
    const appPoint = (label: string) => [...chart.querySelectorAll('.matrix-chart__point')].find((point) => point.querySelector('text')?.textContent === label);
    expect(appPoint('1')?.querySelector('circle')).not.toBeNull();
    expect(appPoint('2')?.querySelector('circle')).toBeNull();
    const appDiamond = appPoint('2')?.querySelector('path');
    expect(inside(markCentre(appDiamond), chart.querySelector('.matrix-chart__quadrant'))).toBe(true);
    // the key, the description and the table say it is no quick win
    expect(screen.getByText('Empfehlung „beibehalten“ oder „Nicht jetzt: erst stabilisieren“: zählt nie als schneller Erfolg, auch nicht im grünen Feld oben rechts')).toBeInTheDocument();
    expect(chart).toHaveAccessibleName(/davon 1 im Bereich „schnelle Erfolge \(Quick Wins\)“ oben rechts\. In diesem Bereich liegt außerdem ein Schritt mit der Empfehlung „beibehalten“ oder „Nicht jetzt: erst stabilisieren“, als Raute gezeichnet; er zählt nicht als schneller Erfolg\. Felder: .*\. Die Tabelle zum Diagramm nennt jeden Punkt\./);
    const appRow = within(screen.getByRole('table')).getByRole('row', { name: /Antrag im Fachverfahren erfassen/ });
    expect(appRow.children[4].textContent).toBe('zurückstellen (Empfehlung: beibehalten)');
    // and in the report: a diamond inside the green area, its caption saying what diamonds are
    expect(reportChart.querySelector('g.point[data-step-id="capture"] circle')).toBeNull();
    const reportDiamond = reportChart.querySelector('g.point[data-step-id="capture"] path');
    expect(inside(markCentre(reportDiamond), reportChart.querySelector('rect[fill="#e3f1e0"]'))).toBe(true);
    expect(reportChart.querySelector('figcaption')?.textContent).toContain(
      'Rauten: Schritte mit der Empfehlung „beibehalten“ oder „Nicht jetzt: erst stabilisieren“; sie zählen nie als schneller Erfolg, auch nicht im grünen Feld oben rechts',
    );
  });

  it.each([
    ['de', 'Empfehlung „beibehalten“ oder „Nicht jetzt: erst stabilisieren“: zählt nie als schneller Erfolg, auch nicht im grünen Feld oben rechts'],
    ['en', 'recommended “keep” or “Not now: stabilise first”: never counts as a quick win, not even in the green area at the top right'],
  ] as const)('names what the diamond means in the key, beside a diamond (%s)', async (language, key) => {
    // given / when
    await i18n.changeLanguage(language);
    render(<MatrixChart steps={steps} ranking={indexRanking} language={language} />);
    // then
    expect(screen.getByText(key).querySelector('svg path')).not.toBeNull();
    await i18n.changeLanguage('de');
  });

  it.each(['de', 'en'] as const)('names all four fields in their corners, in the report\'s words, and in its description (%s)', async (language) => {
    // a QA tour: the rule says steps "stehen immer unter „zurückstellen“", a field the app's chart did not label; the report's labels all four
    await i18n.changeLanguage(language);
    try {
      // given / when
      render(<MatrixChart steps={steps} ranking={indexRanking} language={language} />);
      const chart = screen.getByRole('img');
      // then: each field's name, as the report's chart has it, lies on its side of the lines between the fields
      const [vertical, horizontal] = [...chart.querySelectorAll('.matrix-chart__split')];
      const splitX = Number(vertical.getAttribute('x1'));
      const splitY = Number(horizontal.getAttribute('y1'));
      const labels = [...chart.querySelectorAll('.matrix-chart__quadrant-label')].map((label) => ({
        text: label.textContent,
        right: Number(label.getAttribute('x')) > splitX,
        top: Number(label.getAttribute('y')) < splitY,
      }));
      const report = (quadrant: string) => i18n.t(`report:matrix.quadrant.${quadrant}`);
      expect(labels).toEqual([
        { text: report('quickWin'), right: true, top: true },
        { text: report('majorProject'), right: false, top: true },
        { text: report('fillIn'), right: true, top: false },
        { text: report('later'), right: false, top: false },
      ]);
      // and the text alternative names them where they lie
      const names =
        language === 'de'
          ? 'Felder: oben rechts „schnelle Erfolge (Quick Wins)“, oben links „großes Vorhaben“, unten rechts „nebenbei erledigen“, unten links „zurückstellen“.'
          : 'Fields: top right “quick wins”, top left “major project”, bottom right “fill-ins”, bottom left “put on hold”.';
      expect(chart.querySelector('desc')).toHaveTextContent(names);
    } finally {
      await i18n.changeLanguage('de');
    }
  });

  it('states the quick-win rule beside the legend', () => {
    render(<MatrixChart steps={steps} ranking={indexRanking} language="de" />);
    expect(
      screen.getByText(
        /^Als schnelle Erfolge \(Quick Wins\) zählen Schritte mit einer Umsetzbarkeit ab 50 und einem Nutzen ab 50; ist die Umsetzbarkeit nur geschätzt \(hohle Punkte\), gilt das vorläufig\. Schritte mit der Empfehlung „beibehalten“ oder „Nicht jetzt: erst stabilisieren“ sind als Rauten gezeichnet und stehen immer unter „zurückstellen“, wo auch immer sie liegen, auch im grünen Feld\./,
      ),
    ).toBeInTheDocument();
    // on the 0–100 index the line stays at 50: nothing moves it
    expect(screen.queryByText(/Die Grenze für den Nutzen/)).toBeNull();
  });
});
