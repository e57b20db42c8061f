// The result box's hint on the ease of implementation: after the quick check alone the ease is still
// "unvollständig" and the priority rests on an estimate, and a note beside those values says that this
// is normal and where the ease comes from (the optional detailed assessment). It is there only then.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { i18n } from '../../i18n/i18n';
import { createStepAssessment } from '../../domain/assessment';
import type { Answers, Step } from '../../domain/assessment';
import { createDefaultCatalogue } from '../../domain/criteria';
import { priorityOnEstimatedEase, scoreStep } from '../../domain/scoring';
import { ResultBox } from './ResultBox';

const catalogue = createDefaultCatalogue();
const step: Step = { id: 'Task_1', name: 'Antrag prüfen', type: 'bpmn:UserTask', order: 0 };
/** the five quick-check questions answered */
const quickCheck: Answers = { R: 4, Id: 4, Is: 4, Mb: 1, Sp: 4 };
/** and the questions of the detailed assessment the ease is made of */
const withEase: Answers = { ...quickCheck, Ex: 4, Sa: 4, Ap: 2, St: 3, Vm: false, Do: 4 };

afterEach(cleanup);

function renderBox(answers: Answers) {
  const score = scoreStep(step, { ...createStepAssessment('p', step), answers }, catalogue);
  render(<ResultBox score={score} quantities={{}} language="de" discretionCap={catalogue.settings.discretionCap} gateMaxLevel={catalogue.thresholds.gateMaxLevel} />);
  return score;
}

const hint = () => screen.queryByText(/Detailbewertung/);

describe('ResultBox: the ease after the quick check', () => {
  it('the quick check answered: a note says the ease comes from the optional detailed assessment and that "unvollständig" is normal then', async () => {
    await i18n.changeLanguage('de');
    const score = renderBox(quickCheck);
    expect(priorityOnEstimatedEase(score)).toBe(true);
    expect(hint()).toHaveTextContent('freiwilligen „Detailbewertung“');
    expect(hint()).toHaveTextContent('normal');
  });

  it('in English too', async () => {
    await i18n.changeLanguage('en');
    renderBox(quickCheck);
    expect(screen.getByText(/Detailed assessment/)).toHaveTextContent('optional');
    await i18n.changeLanguage('de');
  });

  it('no note once the ease is answered, nor while the quick check is too open for a priority', async () => {
    await i18n.changeLanguage('de');
    const answered = renderBox(withEase);
    expect(priorityOnEstimatedEase(answered)).toBe(false);
    expect(hint()).not.toBeInTheDocument();
    cleanup();

    const open = renderBox({ R: 4 });
    expect(priorityOnEstimatedEase(open)).toBe(false);
    expect(hint()).not.toBeInTheDocument();
  });
});
