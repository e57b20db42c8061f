// ResultBox's layout in a real browser (assessment.css): each result stands under its label, so a
// value's width never decides whether a row takes one line or two. A row that wrapped for some
// numbers only changed the side panel's scroll height on a changed answer, and Chromium then
// re-layerizes the whole page, the diagram included.
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import '../../i18n/i18n';
import { createStepAssessment } from '../../domain/assessment';
import type { Answers, Step } from '../../domain/assessment';
import { createDefaultCatalogue } from '../../domain/criteria';
import { scoreStep } from '../../domain/scoring';
import { ResultBox } from './ResultBox';
import './assessment.css';

const catalogue = createDefaultCatalogue();
const step: Step = { id: 'Task_1', name: 'Antrag prüfen', type: 'bpmn:UserTask', order: 0 };

function scoreOf(answers: Answers) {
  return scoreStep(step, { ...createStepAssessment('p', step), answers }, catalogue);
}

function box(answers: Answers) {
  return (
    <div className="score-panel" style={{ width: '40rem' }}>
      <ResultBox score={scoreOf(answers)} quantities={{}} language="de" discretionCap={catalogue.settings.discretionCap} gateMaxLevel={catalogue.thresholds.gateMaxLevel} />
    </div>
  );
}

/** each result row's label and value boxes */
function rows() {
  return Array.from(document.querySelectorAll('.score-result__list > div'), (row) => ({
    label: row.querySelector('dt')!.getBoundingClientRect(),
    value: row.querySelector('dd')!.getBoundingClientRect(),
  }));
}

afterEach(cleanup);

describe('ResultBox layout', () => {
  test('given results on a wide panel, then every value starts below its label', () => {
    render(box({ R: 2, Id: 1, Is: 3, Mb: 1, Sp: 3 }));

    expect(screen.getByRole('heading', { name: 'Ergebnis' })).toBeVisible();
    const shown = rows();
    expect(shown.length).toBeGreaterThanOrEqual(5);
    for (const row of shown) expect(row.value.top).toBeGreaterThanOrEqual(row.label.bottom);
  });
});
