// The walk through the steps in the editor's side panel, in a real browser (app.css, scrolling):
// PageDown from inside the questions lands on the next step's first question (on its chosen level,
// if any), in view; "Weiter" shows the next step from the top of the panel and keeps the focus.
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDepartment, createProcess } from '../../domain/assessment';
import type { Step } from '../../domain/assessment';
import { i18n } from '../../i18n/i18n';
import type { AppStore } from '../../state/appStore';
import { useAppActions } from '../../state/AppStoreProvider';
import { renderWithStore } from '../settings/storeHarness';
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
function Side({ processId }: { processId: string }) {
  const { selectStep } = useAppActions();
  return <AssessmentSide processId={processId} onSelectStep={selectStep} />;
}

async function renderSide(): Promise<{ store: AppStore; side: HTMLElement }> {
  const department = createDepartment({ code: 'Amt 32', name: 'Ordnungsamt' });
  const process = createProcess({ departmentId: department.id, name: 'Gewerbeanmeldung', diagramXml: '<v1/>' });
  const { store, dispose } = await renderWithStore(
    // the editor's side panel, lower than the test page's window
    <aside data-testid="side" className="editor__side" style={{ height: '360px', minHeight: 0, maxHeight: 'none', width: '26rem' }}>
      <Side processId={process.id} />
    </aside>,
    { departments: [department], processes: [process] },
  );
  cleanups.push(dispose);
  await act(() => store.getState().actions.openProcess(process.id));
  act(() => store.getState().actions.diagramChanged('<v2/>', steps));
  return { store, side: screen.getByTestId('side') };
}

const question = (name: string) => screen.getByRole('radiogroup', { name: new RegExp(`^${name}`) });

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

  test('"Weiter" shows the next step from the top and keeps the focus, so Enter walks on', async () => {
    const user = userEvent.setup();
    const { store, side } = await renderSide();
    await user.click(screen.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }));
    side.scrollTop = side.scrollHeight;
    expect(side.scrollTop).toBeGreaterThan(0);

    const next = screen.getByRole('button', { name: /Weiter/ });
    await user.click(next);
    expect(store.getState().session.selectedStepId).toBe('Task_2');
    expect(side.scrollTop).toBe(0);
    expect(next).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(store.getState().session.selectedStepId).toBe('Task_3');
    expect(next).toHaveFocus();
  });
});
