import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { createStepAssessment, type Quantities, type StepAssessment } from '../../domain/assessment';
import type { ProcessFigures as ProcessFiguresData, StepScore } from '../../domain/scoreTypes';
import { ProcessFigures } from './ProcessFigures';
import { testBenefit, testOpenStepScore, testScore, testStep } from '../../domain/testing/fixtures';

const steps = ['Antrag prüfen', 'Bescheid drucken', 'Akte scannen', 'Daten erfassen', 'Zahlung anweisen', 'Ablegen'].map((name, index) =>
  testStep(`s${index + 1}`, { name, order: index + 1 }),
);

/** Six steps with priorities 90, 80, … 40 (index basis); s2 has one media break, s3 two. */
const scores = new Map<string, StepScore>(
  steps.map((step, index) => [
    step.id,
    testOpenStepScore(step.id, {
      as: testScore(90 - index * 10),
      priorityIndex: 90 - index * 10,
      recommendation: 'automate',
      mediaBreaks: step.id === 's2' ? 1 : step.id === 's3' ? 2 : 0,
    }),
  ]),
);

function figures(changes: Partial<ProcessFiguresData> = {}): ProcessFiguresData {
  return {
    stepCount: 6,
    applicableCount: 6,
    scoredCount: 6,
    withQuantitiesCount: 0,
    provisionalSavingCount: 0,
    hoursPerYear: 2345.6,
    hoursSaved: 1234.4,
    fte: 1.5,
    fteSaved: 0.79,
    cost: 105_000,
    costSaved: 55_400,
    automationPotential: 0.375,
    mediaBreaks: 3,
    mediaBreakSteps: ['s2', 's3'],
    meanEase: 55,
    easeCount: 4,
    ranking: { basis: 'index', ranked: [...scores.values()] },
    ...changes,
  };
}

describe('ProcessFigures', () => {
  afterEach(async () => {
    await i18n.changeLanguage('de');
  });

  it('shows hours today and saved with FTE and euros in German number format', () => {
    // given: one step with volumes (the figures themselves are given as numbers)
    const withBenefit = new Map(scores);
    withBenefit.set('s1', testOpenStepScore('s1', { benefit: testBenefit() }));
    // when
    render(<ProcessFigures figures={figures({ withQuantitiesCount: 1 })} steps={steps} scores={withBenefit} catalogueVersion={1} language="de" />);
    // then
    expect(screen.getByText(/^2\.346 · 1,50 VZÄ · 105\.000\s€ pro Jahr$/)).toBeInTheDocument();
    expect(screen.getByText(/^1\.234 · 0,79 VZÄ · 55\.400\s€ pro Jahr$/)).toBeInTheDocument();
    expect(screen.getByText(/^38\s% \(nach Stunden gewichtet\)$/)).toBeInTheDocument();
    expect(screen.getByText(/6 von 6 anwendbaren Schritten bewertet, 1 mit Mengenangaben/)).toBeInTheDocument();
    // the hours stand on one step of six: said beside them, as the report says it
    expect(screen.getByText('Stunden, VZÄ (Vollzeitäquivalente), Euro und das Automatisierungspotenzial des Prozesses umfassen nur den einen Schritt mit Mengenangaben, nicht alle 6 anwendbaren Schritte.')).toBeInTheDocument();
  });

  it.each([
    ['de', /Std\.\/Jahr/, ['Arbeitszeit heute', 'Einsparung']],
    ['en', /hours/i, ['Working hours today', 'Hours saved']],
  ] as const)('names the unit of the hours once, in their label, not again beside the number (%s)', async (language, unit, labels) => {
    // a QA tour: "Arbeitszeit heute (Std./Jahr): 1.800 Std./Jahr · …"
    await i18n.changeLanguage(language);
    render(<ProcessFigures figures={figures({ withQuantitiesCount: 6 })} steps={steps} scores={scores} catalogueVersion={1} language={language} />);
    for (const label of labels) {
      const term = screen.getAllByRole('term').find((dt) => dt.textContent?.startsWith(label));
      expect(term).toHaveTextContent(unit);
      expect(term?.nextElementSibling?.textContent).toMatch(/^[\d.,]+ · /);
    }
  });

  it('given a step whose hours saved count its incomplete automation potential as 0, then the savings and the automation potential say "vorläufig" and why', () => {
    render(<ProcessFigures figures={figures({ withQuantitiesCount: 2, provisionalSavingCount: 2 })} steps={steps} scores={scores} catalogueVersion={1} language="de" />);

    expect(screen.getByText(/^1\.234 · 0,79 VZÄ · 55\.400\s€ pro Jahr \(vorläufig\)$/)).toBeInTheDocument();
    expect(screen.getByText(/^38\s% \(nach Stunden gewichtet\) \(vorläufig\)$/)).toBeInTheDocument();
    expect(screen.getByText(/^Vorläufig: Bei 2 Schritten mit Mengenangaben ist das Automatisierungspotenzial noch unvollständig\./)).toBeInTheDocument();
    // the hours today are final
    expect(screen.getByText(/^2\.346 · 1,50 VZÄ · 105\.000\s€ pro Jahr$/)).toBeInTheDocument();
  });

  it('says nothing of a part when every applicable step has quantities, and counts one step in the singular', () => {
    render(<ProcessFigures figures={figures({ stepCount: 1, applicableCount: 1, scoredCount: 0, withQuantitiesCount: 1 })} steps={steps} scores={scores} catalogueVersion={1} language="de" />);

    expect(screen.getByText('0 von 1 anwendbaren Schritt bewertet, 1 mit Mengenangaben.')).toBeInTheDocument();
    expect(screen.queryByText(/umfassen nur/)).not.toBeInTheDocument();
  });

  it('links the method page, which says how the figures are computed, when it is given', () => {
    render(<ProcessFigures figures={figures()} steps={steps} scores={scores} catalogueVersion={1} language="de" methodHref="#/method" />);

    expect(screen.getByRole('link', { name: 'Wie diese Kennzahlen berechnet werden (Methode)' })).toHaveAttribute('href', '#/method');
  });

  it('uses English number formats in English', async () => {
    // given: one step with volumes, UI in English
    await i18n.changeLanguage('en');
    const withBenefit = new Map(scores);
    withBenefit.set('s1', testOpenStepScore('s1', { benefit: testBenefit() }));
    // when
    render(<ProcessFigures figures={figures({ withQuantitiesCount: 1 })} steps={steps} scores={withBenefit} catalogueVersion={1} language="en" />);
    // then
    expect(screen.getByText('2,346 · 1.50 FTE · €105,000 per year')).toBeInTheDocument();
    expect(screen.getByText('38% (weighted by hours)')).toBeInTheDocument();
  });

  it('says that no volumes are given instead of showing 0 hours', () => {
    // given: no step has a benefit
    render(<ProcessFigures figures={figures({ hoursPerYear: 0, hoursSaved: 0, automationPotential: null })} steps={steps} scores={scores} catalogueVersion={1} language="de" />);
    // then
    expect(screen.getAllByText('keine Mengenangaben')).toHaveLength(3);
    expect(screen.queryByText(/Std\.\/Jahr ·/)).not.toBeInTheDocument();
  });

  it('given steps with quantities begun but not enough for hours, then it lists them with what is missing, and a click selects one', async () => {
    // given: s2 lacks the period, s4 volume and period, s5 has all three needed (its hours come in), s6 is not applicable
    const user = userEvent.setup({ delay: null });
    const onSelectStep = vi.fn();
    const given: Record<string, Quantities> = {
      s2: { volume: 10, minutesPerCase: 5 },
      s4: { minutesPerCase: 5, reviewMinutes: 1 },
      s5: { volume: 10, period: 'weekly', minutesPerCase: 5 },
      s6: { volume: 10 },
    };
    const assessments = new Map<string, StepAssessment>(steps.map((step) => [step.id, { ...createStepAssessment('p1', step), quantities: given[step.id] ?? {} }]));
    const withS6Excluded = new Map(scores);
    withS6Excluded.set('s6', testOpenStepScore('s6', { applicable: false, recommendation: 'none' }));
    // when
    render(<ProcessFigures figures={figures()} steps={steps} scores={withS6Excluded} assessments={assessments} catalogueVersion={1} language="de" onSelectStep={onSelectStep} />);
    const list = screen.getByRole('heading', { level: 3, name: 'Schritte mit unvollständigen Mengenangaben' }).nextElementSibling?.nextElementSibling as HTMLElement;
    await user.click(within(list).getByRole('button', { name: 'Bescheid drucken' }));
    // then
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Bescheid drucken („Zeitraum“ fehlt)',
      'Daten erfassen („Fallzahl“ und „Zeitraum“ fehlen)',
    ]);
    expect(onSelectStep).toHaveBeenCalledWith('s2');
  });

  it('given no step with quantities begun, then it lists no steps with incomplete quantities', () => {
    const assessments = new Map(steps.map((step) => [step.id, createStepAssessment('p1', step)]));
    render(<ProcessFigures figures={figures()} steps={steps} scores={scores} assessments={assessments} catalogueVersion={1} language="de" />);
    expect(screen.queryByRole('heading', { name: 'Schritte mit unvollständigen Mengenangaben' })).toBeNull();
  });

  it('names the catalogue version the figures are computed with, and the earlier one that last scored the process', () => {
    // given: the catalogue is at version 40, the process was last answered under version 12
    // when
    render(<ProcessFigures figures={figures()} steps={steps} scores={scores} catalogueVersion={40} lastScoredVersion={12} language="de" />);
    // then
    expect(screen.getByText(/^Berechnet mit dem Kriterienkatalog in Version 40\. Zuletzt bewertet wurde der Prozess mit Version 12:/)).toBeInTheDocument();
  });

  it('names only the current catalogue version when the process was last scored with it, or not yet at all', async () => {
    const { unmount } = render(<ProcessFigures figures={figures()} steps={steps} scores={scores} catalogueVersion={3} lastScoredVersion={3} language="de" />);
    expect(screen.getByText('Berechnet mit dem Kriterienkatalog in Version 3.')).toBeInTheDocument();
    unmount();
    await i18n.changeLanguage('en');
    render(<ProcessFigures figures={figures()} steps={steps} scores={scores} catalogueVersion={3} language="en" />);
    expect(screen.getByText('Computed with version 3 of the criteria catalogue.')).toBeInTheDocument();
  });

  it('given no step has answered the media-break question, then the media breaks are not recorded yet, not 0', () => {
    render(<ProcessFigures figures={figures({ mediaBreaks: null, mediaBreakSteps: [] })} steps={steps} scores={scores} catalogueVersion={1} language="de" />);
    const value = screen.getByText('Medienbrüche').nextElementSibling;
    expect(value).toHaveTextContent(/^noch nicht erfasst$/);
  });

  it('given a step has answered 0 media breaks, then the media breaks are 0', () => {
    render(<ProcessFigures figures={figures({ mediaBreaks: 0, mediaBreakSteps: [] })} steps={steps} scores={scores} catalogueVersion={1} language="de" />);
    expect(screen.getByText('Medienbrüche').nextElementSibling).toHaveTextContent(/^0$/);
  });

  it('lists the steps with media breaks and selects one on click', async () => {
    // given
    const user = userEvent.setup({ delay: null });
    const onSelectStep = vi.fn();
    render(<ProcessFigures figures={figures()} steps={steps} scores={scores} catalogueVersion={1} language="de" onSelectStep={onSelectStep} />);
    // when
    const list = screen.getByRole('heading', { name: 'Schritte mit Medienbrüchen' }).nextElementSibling as HTMLElement;
    await user.click(within(list).getByRole('button', { name: 'Akte scannen' }));
    // then
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Bescheid drucken (1 Medienbruch)',
      'Akte scannen (2 Medienbrüche)',
    ]);
    expect(onSelectStep).toHaveBeenCalledWith('s3');
  });

  it('shows the five steps of highest priority and names the 0–100 basis', () => {
    // given / when
    render(<ProcessFigures figures={figures()} steps={steps} scores={scores} catalogueVersion={1} language="de" />);
    // then
    const list = screen.getByRole('heading', { name: 'Die 5 Schritte mit der höchsten Priorität' }).nextElementSibling?.nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items[0]).toHaveTextContent('Antrag prüfen Priorität 90 von 100');
    expect(items[4]).toHaveTextContent('Zahlung anweisen Priorität 50 von 100');
    expect(screen.getByText(/^Reihenfolge nach Priorität \(0–100\)/)).toBeInTheDocument();
  });

  it('names a step without a name by its id, in the list of highest priority and of media breaks alike', () => {
    const unnamed = steps.map((step) => (step.id === 's1' || step.id === 's2' ? { ...step, name: '' } : step));
    render(<ProcessFigures figures={figures()} steps={unnamed} scores={scores} catalogueVersion={1} language="de" />);
    const top = screen.getByRole('heading', { name: 'Die 5 Schritte mit der höchsten Priorität' }).nextElementSibling?.nextElementSibling as HTMLElement;
    expect(within(top).getAllByRole('listitem')[0]).toHaveTextContent('Schritt ohne Namen (s1) Priorität 90 von 100');
    const mediaBreaks = screen.getByRole('heading', { name: 'Schritte mit Medienbrüchen' }).nextElementSibling as HTMLElement;
    expect(within(mediaBreaks).getAllByRole('listitem')[0]).toHaveTextContent('Schritt ohne Namen (s2) (1 Medienbruch)');
  });

  it('names the hours basis when the ranking uses hours', () => {
    // given
    const ranked = [testOpenStepScore('s1', { priorityHours: 12.34 })];
    // when
    render(<ProcessFigures figures={figures({ ranking: { basis: 'hours', ranked } })} steps={steps} scores={scores} catalogueVersion={1} language="de" />);
    // then
    expect(screen.getByText('Reihenfolge nach Priorität (Std./Jahr)')).toBeInTheDocument();
    expect(screen.getByText(/Priorität 12 Std\.\/Jahr/)).toBeInTheDocument();
  });

  it('without a ranked step, says what to do instead of naming the basis of an empty ranking', () => {
    const unranked = [...scores.values()].map((score) => ({ ...score, priorityIndex: null }));
    render(<ProcessFigures figures={figures({ ranking: { basis: 'index', ranked: unranked } })} steps={steps} scores={scores} catalogueVersion={1} language="de" />);
    expect(screen.getByText('Noch kein Schritt ist weit genug bewertet für eine Rangfolge. Beantworten Sie dazu den Schnellcheck der Schritte.')).toBeInTheDocument();
    expect(screen.queryByText(/^Reihenfolge nach Priorität/)).toBeNull();
    expect(screen.queryByRole('list', { name: /Priorität/ })).toBeNull();
  });

  it('counts in the heading the steps it lists when fewer than five are ranked', async () => {
    // given: two ranked steps, then one
    const { rerender } = render(
      <ProcessFigures figures={figures({ ranking: { basis: 'index', ranked: [scores.get('s1'), scores.get('s2')] as StepScore[] } })} steps={steps} scores={scores} catalogueVersion={1} language="de" />,
    );
    // then
    expect(screen.getByRole('heading', { level: 3, name: 'Die 2 Schritte mit der höchsten Priorität' })).toBeInTheDocument();
    // when: only one is ranked
    rerender(<ProcessFigures figures={figures({ ranking: { basis: 'index', ranked: [scores.get('s1') as StepScore] } })} steps={steps} scores={scores} catalogueVersion={1} language="de" />);
    // then
    expect(screen.getByRole('heading', { level: 3, name: 'Der Schritt mit der höchsten Priorität' })).toBeInTheDocument();
    // and in English
    await i18n.changeLanguage('en');
    rerender(<ProcessFigures figures={figures({ ranking: { basis: 'index', ranked: [scores.get('s1') as StepScore] } })} steps={steps} scores={scores} catalogueVersion={1} language="en" />);
    expect(await screen.findByRole('heading', { level: 3, name: 'Top step by priority' })).toBeInTheDocument();
  });

  it('names no count in the heading when no step is ranked', () => {
    // given
    render(<ProcessFigures figures={figures({ ranking: { basis: 'index', ranked: [] } })} steps={steps} scores={scores} catalogueVersion={1} language="de" />);
    // then
    expect(screen.getByRole('heading', { level: 3, name: 'Die Schritte mit der höchsten Priorität' })).toBeInTheDocument();
    expect(screen.getByText(/^Noch kein Schritt ist weit genug bewertet für eine Rangfolge/)).toBeInTheDocument();
  });

  it('numbers the matrix points as the list of highest priority numbers its steps', async () => {
    // given: a ranking that is not the process order
    const user = userEvent.setup({ delay: null });
    const ranked = ['s3', 's1', 's2'].map((id) => scores.get(id) as StepScore);
    render(<ProcessFigures figures={figures({ ranking: { basis: 'index', ranked } })} steps={steps} scores={scores} catalogueVersion={1} language="de" />);
    // when
    await user.click(screen.getByText('Tabelle zum Diagramm'));
    // then: the n-th of the list is point n of the matrix
    const list = screen.getByRole('heading', { name: 'Die 3 Schritte mit der höchsten Priorität' }).nextElementSibling?.nextElementSibling as HTMLElement;
    const listed = within(list).getAllByRole('listitem').map((item, index) => [String(index + 1), within(item).getByText(/./, { selector: 'span' }).textContent]);
    const rows = within(screen.getByRole('table', { name: /Punkte der Matrix/ })).getAllByRole('row').slice(1);
    expect(rows.map((row) => [within(row).getAllByRole('cell')[0].textContent, within(row).getByRole('rowheader').textContent])).toEqual(listed);
  });

  it('contains the matrix chart', () => {
    render(<ProcessFigures figures={figures()} steps={steps} scores={scores} catalogueVersion={1} language="de" />);
    expect(screen.getByRole('img', { name: /^Umsetzbarkeit und Nutzen/ })).toBeInTheDocument();
  });
});
