// The walk through the steps in the editor's side panel, in a real browser (app.css, scrolling):
// PageDown from inside the questions lands on the next step's first question (on its chosen level,
// if any), in view; "Weiter" and "Zurück" show the step from its quick check and keep the focus. At
// the last step the panel says how many steps are still open and goes to the first of them, or,
// with every step scored, offers the process figures. In a tab that only reads, the start button and
// "Zum ersten offenen Schritt" hand the focus to "Weiter", as the levels take none.
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDepartment, createProcess } from '../../domain/assessment';
import type { Step } from '../../domain/assessment';
import { i18n } from '../../i18n/i18n';
import type { AppStore } from '../../state/appStore';
import { useAppActions } from '../../state/AppStoreProvider';
import { renderWithStore } from '../settings/storeHarness';
import { ReadOnlyProvider } from '../../ui/readOnly';
import { AssessmentSide } from './AssessmentSide';
import '../../app/app.css';

let cleanups: (() => void)[] = [];

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

afterEach(() => {
  cleanup();
  for (const end of cleanups) end();
  cleanups = [];
});

const steps: Step[] = [
  { id: 'Task_1', name: 'Antrag prüfen', type: 'bpmn:UserTask', order: 0 },
  { id: 'Task_2', name: 'Gebühr buchen', type: 'bpmn:UserTask', order: 1 },
  { id: 'Task_3', name: 'Bescheid drucken', type: 'bpmn:UserTask', order: 2 },
];

/** the side panel as the editor wires it: a step chosen in it is selected in the store */
function Side({ processId, onShowFigures }: { processId: string; onShowFigures?: () => void }) {
  const { selectStep } = useAppActions();
  return <AssessmentSide processId={processId} onSelectStep={selectStep} onRenameStep={() => false} onShowFigures={onShowFigures} methodHref="#/methode" />;
}

async function renderSide(onShowFigures?: () => void, { readOnly = false } = {}): Promise<{ store: AppStore; side: HTMLElement }> {
  const department = createDepartment({ code: 'Amt 32', name: 'Ordnungsamt' });
  const process = createProcess({ departmentId: department.id, name: 'Gewerbeanmeldung', diagramXml: '<v1/>' });
  // the editor's side panel, lower than the test page's window
  const aside = (
    <aside data-testid="side" className="editor__side" style={{ height: '360px', minHeight: 0, maxHeight: 'none', width: '26rem' }}>
      <Side processId={process.id} onShowFigures={onShowFigures} />
    </aside>
  );
  const { store, dispose } = await renderWithStore(readOnly ? <ReadOnlyProvider readOnly>{aside}</ReadOnlyProvider> : aside, {
    departments: [department],
    processes: [process],
  });
  cleanups.push(dispose);
  await act(() => store.getState().actions.openProcess(process.id));
  act(() => store.getState().actions.diagramChanged('<v2/>', steps));
  return { store, side: screen.getByTestId('side') };
}

const question = (name: string) => screen.getByRole('radiogroup', { name: new RegExp(`^${name}`) });

/**
 * The quick check's heading and its first question in view, right under the panel's sticky header
 * with the step's name: the quick check is too long for the panel, so it starts at the header.
 */
function expectQuickCheckAtTop(side: HTMLElement): void {
  const header = side.querySelector('header')!.getBoundingClientRect();
  const heading = screen.getByRole('heading', { level: 3, name: /^Schnellcheck/ }).getBoundingClientRect();
  const firstLevel = within(question('Regelbasiert')).getAllByRole('radio')[0].getBoundingClientRect();
  const sideBottom = side.getBoundingClientRect().top + side.clientTop + side.clientHeight;
  expect(heading.top).toBeGreaterThanOrEqual(header.bottom);
  expect(heading.top - header.bottom).toBeLessThanOrEqual(parseFloat(getComputedStyle(side).paddingTop) + 1);
  expect(firstLevel.bottom).toBeLessThanOrEqual(sideBottom);
}

describe('AssessmentSide walk', () => {
  test('PageDown from the last question: the next step with the focus on its first question, in view', async () => {
    const user = userEvent.setup();
    const { store, side } = await renderSide();
    await user.click(screen.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }));
    expect(within(question('Regelbasiert')).getAllByRole('radio')[0]).toHaveFocus();

    const lastQuestion = within(question('Stabilität')).getAllByRole('radio')[2];
    lastQuestion.focus();
    expect(side.scrollTop).toBeGreaterThan(0);
    await user.keyboard('{PageDown}');

    expect(store.getState().session.selectedStepId).toBe('Task_2');
    expect(screen.getByRole('heading', { level: 2, name: 'Gebühr buchen' })).toBeInTheDocument();
    const first = within(question('Regelbasiert')).getAllByRole('radio')[0];
    expect(first).toHaveFocus();
    // in view, under the panel's sticky header
    const header = side.querySelector('header')!.getBoundingClientRect();
    const box = first.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(header.bottom);
    expect(box.bottom).toBeLessThanOrEqual(side.getBoundingClientRect().top + side.clientHeight);
  });

  test('PageDown lands on the next step\'s chosen level of the first question', async () => {
    const user = userEvent.setup();
    const { store } = await renderSide();
    const second = store.getState().document.assessments.get('Task_2');
    if (!second) throw new Error('no assessment for Task_2');
    store.getState().actions.updateAssessment({ ...second, answers: { R: 3 } });
    await user.click(screen.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }));

    await user.keyboard('{PageDown}');

    const chosen = within(question('Regelbasiert')).getByRole('radio', { checked: true });
    expect(chosen).toHaveAccessibleName(/^3 /);
    expect(chosen).toHaveFocus();
  });

  test('"Weiter" and "Zurück" show the step from its quick check, wherever the step before was scrolled to, and keep the focus, so Enter walks on', async () => {
    const user = userEvent.setup();
    const { store, side } = await renderSide();
    await user.click(screen.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }));
    side.scrollTop = side.scrollHeight;
    expect(side.scrollTop).toBeGreaterThan(0);

    const next = screen.getByRole('button', { name: /Weiter/ });
    await user.click(next);
    expect(store.getState().session.selectedStepId).toBe('Task_2');
    expectQuickCheckAtTop(side);
    const start = side.scrollTop;
    expect(next).toHaveFocus();

    // from the step's top, "Zurück" and "Weiter" again: the same place
    side.scrollTop = 0;
    const previous = screen.getByRole('button', { name: /Zurück/ });
    await user.click(previous);
    expect(store.getState().session.selectedStepId).toBe('Task_1');
    expectQuickCheckAtTop(side);
    expect(previous).toHaveFocus();
    await user.click(next);
    expect(side.scrollTop).toBe(start);

    await user.keyboard('{Enter}');
    expect(store.getState().session.selectedStepId).toBe('Task_3');
    expect(next).toHaveFocus();
  });
});

/** the quick check answered in full (Sp 4: no need to stabilise first), enough for a result */
const quickCheck = { R: 3, Id: 3, Is: 3, Mb: 1, Sp: 4 } as const;

function answer(store: AppStore, stepId: string): void {
  const record = store.getState().document.assessments.get(stepId);
  if (!record) throw new Error(`no assessment for ${stepId}`);
  act(() => store.getState().actions.updateAssessment({ ...record, answers: { ...quickCheck } }));
}

/** "Weiter" pressed until the last step shows; the focus stays on it */
async function walkToLastStep(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }));
  const next = screen.getByRole('button', { name: /Weiter/ });
  for (let step = 1; step < steps.length; step += 1) await user.click(next);
  expect(screen.getByRole('heading', { level: 2, name: steps[steps.length - 1].name })).toBeInTheDocument();
  return next;
}

const whatNext = () => screen.getByRole('region', { name: 'Wie geht es weiter?' });

describe('AssessmentSide at the last step', () => {
  test('no step answered: it says all are open, keeps the focus on "Weiter", and goes to the first open step with the focus on its first question', async () => {
    const user = userEvent.setup();
    const { store, side } = await renderSide();
    const next = await walkToLastStep(user);

    expect(next).toHaveFocus();
    // at the last step it starts at "Wie geht es weiter?", under the header, not at the quick check below
    const end = whatNext().getBoundingClientRect();
    expect(end.top).toBeGreaterThanOrEqual(side.querySelector('header')!.getBoundingClientRect().bottom);
    expect(end.top).toBeLessThan(side.getBoundingClientRect().bottom);
    expect(within(whatNext()).getByRole('status')).toHaveTextContent(`Noch ${steps.length} Schritte sind offen`);
    // the next Tab stop after "Weiter" (the position line between them is no Tab stop)
    await user.tab();
    const toFirst = within(whatNext()).getByRole('button', { name: `Zum ersten offenen Schritt: ${steps[0].name}` });
    expect(toFirst).toHaveFocus();
    expect(within(whatNext()).queryByRole('button', { name: 'Kennzahlen zeigen' })).not.toBeInTheDocument();

    await user.keyboard('{Enter}');
    expect(store.getState().session.selectedStepId).toBe(steps[0].id);
    expect(screen.queryByRole('region', { name: 'Wie geht es weiter?' })).not.toBeInTheDocument();
    expect(within(question('Regelbasiert')).getAllByRole('radio')[0]).toHaveFocus();
  });

  test('the first step answered: the count leaves it out and the button names the second step', async () => {
    const user = userEvent.setup();
    const { store } = await renderSide();
    answer(store, steps[0].id);
    await walkToLastStep(user);

    expect(within(whatNext()).getByRole('status')).toHaveTextContent(`Noch ${steps.length - 1} Schritte sind offen`);
    await user.click(within(whatNext()).getByRole('button', { name: `Zum ersten offenen Schritt: ${steps[1].name}` }));
    expect(store.getState().session.selectedStepId).toBe(steps[1].id);
  });

  test('only the last step open: it says so, and once its quick check is answered it offers the figures, names the report and marks the process "bewertet"', async () => {
    const user = userEvent.setup();
    let figuresShown = 0;
    const { store } = await renderSide(() => (figuresShown += 1));
    for (const step of steps.slice(0, -1)) answer(store, step.id);
    await walkToLastStep(user);

    const status = within(whatNext()).getByRole('status');
    expect(status).toHaveTextContent('Nur noch dieser Schritt ist offen');
    expect(within(whatNext()).queryAllByRole('button')).toHaveLength(0);

    // answered by keyboard: each question's level by its key, Tab over "Antwort löschen" to the next
    within(question('Regelbasiert')).getAllByRole('radio')[0].focus();
    for (const [index, level] of Object.values(quickCheck).entries()) {
      if (index > 0) await user.tab();
      if (index > 0) await user.tab();
      await user.keyboard(String(level));
    }
    expect(status).toHaveTextContent('Alle Schritte sind bewertet');
    expect(status).toHaveTextContent('Exportieren → Bericht');
    await user.click(within(whatNext()).getByRole('button', { name: 'Kennzahlen zeigen' }));
    expect(figuresShown).toBe(1);

    // and it offers to mark the process "bewertet" (a QA tour: it stayed "Entwurf" through a workshop)
    const processId = store.getState().document.currentProcessId as string;
    expect(store.getState().document.processes.find((process) => process.id === processId)?.status).toBe('workshop');
    await user.click(within(whatNext()).getByRole('button', { name: 'Prozess als „bewertet“ kennzeichnen' }));
    expect(store.getState().document.processes.find((process) => process.id === processId)?.status).toBe('assessed');
    expect(status).toHaveTextContent('Der Prozess ist als „bewertet“ gekennzeichnet.');
    expect(within(whatNext()).queryByRole('button', { name: 'Prozess als „bewertet“ kennzeichnen' })).not.toBeInTheDocument();
  });

  test('every step scored without quantities: it says that hours, posts and euros need them; once every step has them, it does not', async () => {
    // a QA tour: after the quick check the report opened with seven "keine Mengenangaben" tiles, and nothing had said why
    const user = userEvent.setup();
    const { store } = await renderSide(() => undefined);
    for (const step of steps) answer(store, step.id);
    await walkToLastStep(user);
    const hint = 'Für Stunden, VZÄ und Euro: bei den wichtigsten Schritten „Mengen und Zeiten“ in der Detailbewertung angeben.';
    expect(within(whatNext()).getByRole('status')).toHaveTextContent(hint);

    for (const step of steps) {
      const record = store.getState().document.assessments.get(step.id);
      if (!record) throw new Error(`no assessment for ${step.id}`);
      act(() => store.getState().actions.updateAssessment({ ...record, quantities: { volume: 100, period: 'yearly', minutesPerCase: 10 } }));
    }
    expect(within(whatNext()).getByRole('status')).not.toHaveTextContent(hint);
  });
});

describe('AssessmentSide and the method', () => {
  test('a step\'s result links the method page the editor is given', async () => {
    const user = userEvent.setup();
    const { store } = await renderSide();
    answer(store, steps[0].id);
    await user.click(screen.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }));

    expect(screen.getByRole('link', { name: 'Wie diese Werte berechnet werden (Methode)' })).toHaveAttribute('href', '#/methode');
  });
});

describe('AssessmentSide in a tab that only reads', () => {
  test('the start button and "Zum ersten offenen Schritt" hand the focus to "Weiter", as the levels take none, and Enter walks on', async () => {
    const user = userEvent.setup();
    const { store, side } = await renderSide(undefined, { readOnly: true });
    await user.click(screen.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }));

    const next = screen.getByRole('button', { name: /Weiter/ });
    expect(store.getState().session.selectedStepId).toBe(steps[0].id);
    expect(next).toHaveFocus();
    expectQuickCheckAtTop(side);
    for (let step = 1; step < steps.length; step += 1) await user.keyboard('{Enter}');
    expect(store.getState().session.selectedStepId).toBe(steps[steps.length - 1].id);

    await user.tab();
    await user.keyboard('{Enter}');
    expect(store.getState().session.selectedStepId).toBe(steps[0].id);
    expect(screen.getByRole('button', { name: /Weiter/ })).toHaveFocus();
  });
});
