import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, useSyncExternalStore } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { createStepAssessment, type Answers, type Step, type StepAssessment } from '../../domain/assessment';
import { createDefaultCatalogue } from '../../domain/criteria';
import { applyBuildingBlock } from '../../domain/prefill';
import type { StepScore } from '../../domain/scoreTypes';
import { typingPauseMs } from './NumberField';
import { ScorePanel } from './ScorePanel';
import { testBenefit, testOpenStepScore, testScore, testStep } from '../../domain/testing/fixtures';
import { ReadOnlyProvider } from '../../ui/readOnly';

const step = testStep('Task_1', { name: 'Antrag prüfen', order: 3, lane: 'Sachbearbeitung' });
const catalogue = createDefaultCatalogue();

function assessmentWith(answers: Answers = {}, changes: Partial<StepAssessment> = {}): StepAssessment {
  return { ...createStepAssessment('p1', step), answers, ...changes };
}

interface HarnessProps {
  /** the step shown (the test step unless given) */
  shown?: Step;
  initial?: StepAssessment;
  score?: StepScore;
  onChange?: (next: StepAssessment) => void;
  onPrevious?: () => void;
  onNext?: () => void;
  onRename?: (name: string) => boolean;
}

/** Holds the assessment like the store will, and reports every change to the spy. */
function Harness({ shown = step, initial = assessmentWith(), score = testOpenStepScore(step.id), onChange = () => {}, onPrevious, onNext, onRename = () => false }: HarnessProps) {
  const [assessment, setAssessment] = useState(initial);
  return (
    <ScorePanel
      step={shown}
      assessment={assessment}
      score={score}
      catalogue={catalogue}
      position={{ index: 3, total: 12 }}
      onChange={(next) => {
        onChange(next);
        setAssessment(next);
      }}
      onPrevious={onPrevious}
      onNext={onNext}
      onRename={onRename}
      diagramEditPending={false}
    />
  );
}

/** Renders the panel with a spy for its changes; the user types without delay. */
function renderPanel(props: Omit<HarnessProps, 'onChange'> = {}) {
  const user = userEvent.setup({ delay: null });
  const onChange = vi.fn();
  render(<Harness {...props} onChange={onChange} />);
  return { user, onChange };
}

function lastChange(spy: ReturnType<typeof vi.fn>): StepAssessment {
  return spy.mock.lastCall?.[0] as StepAssessment;
}

/** the quick check's region, in the language shown */
function quickCheck() {
  return screen.getByRole('region', { name: new RegExp(`^${i18n.t('method:sections.quickCheck')}`) });
}

/** The radio group of a criterion, found by the start of its accessible name (label + question). */
function group(label: string, container: HTMLElement = document.body) {
  const groups = within(container).getAllByRole('radiogroup');
  const found = groups.filter((g) => g.getAttribute('aria-labelledby') && nameOf(g).startsWith(`${label} `));
  expect(found).toHaveLength(1);
  return found[0];
}

function nameOf(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-labelledby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

async function openDetails(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByText('Detailbewertung'));
  await screen.findByRole('textbox', { name: 'Anzahl Anwendungen' });
}

describe('ScorePanel header and navigation', () => {
  it('shows the step name, type, lane and position', () => {
    render(<Harness />);
    expect(screen.getByRole('heading', { level: 2, name: 'Antrag prüfen' })).toBeInTheDocument();
    expect(screen.getByText('Benutzeraufgabe · Lane: Sachbearbeitung')).toBeInTheDocument();
    expect(screen.getByText(/^Schritt 3 von 12/)).toHaveTextContent('Schritt 3 von 12: Antrag prüfen');
  });

  it.each(['de', 'en'] as const)('given a step in no lane, then the line under its name says so in the words of the table\'s lane filter (%s)', async (language) => {
    // a QA tour: the panel said "keine Lane", the table's filter "(ohne Lane)"
    await i18n.changeLanguage(language);
    try {
      render(<Harness shown={{ ...step, lane: undefined }} />);
      const noLane = i18n.t('table:filters.noLane').replace(/^\((.*)\)$/, '$1');
      expect(screen.getByText(`${i18n.t('assessment:stepTypes.UserTask')} · ${noLane}`)).toBeInTheDocument();
    } finally {
      await i18n.changeLanguage('de');
    }
  });

  it('given a step inside a sub-process, then the line under its name says which, as the table and the report do', () => {
    // a QA tour: three steps named "Troponin" in three sub-processes could not be told apart
    render(<Harness shown={{ ...step, parent: 'take ECG' }} />);
    expect(screen.getByText('Benutzeraufgabe · Lane: Sachbearbeitung · im Teilprozess „take ECG“')).toBeInTheDocument();
  });

  it.each(['', '   '])('given a step named %j, as imported from other tools, then the heading and the position name it by its id, as the steps table does', (name) => {
    const unnamed = { ...step, name };
    render(
      <ScorePanel
        step={unnamed}
        assessment={assessmentWith()}
        score={testOpenStepScore(step.id)}
        catalogue={catalogue}
        position={{ index: 3, total: 12 }}
        onChange={() => undefined}
        onRename={() => false}
        diagramEditPending={false}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: `Schritt ohne Namen (${step.id})` })).toBeInTheDocument();
    expect(screen.getByText(/^Schritt 3 von 12/)).toHaveTextContent(`Schritt 3 von 12: Schritt ohne Namen (${step.id})`);
  });

  it('given the last step and an unnamed step still open, then the way to it names that step by its id, as the heading would', async () => {
    const user = userEvent.setup({ delay: null });
    const onGo = vi.fn();
    render(
      <ScorePanel
        step={step}
        assessment={assessmentWith()}
        score={testOpenStepScore(step.id)}
        catalogue={catalogue}
        position={{ index: 12, total: 12 }}
        onChange={() => undefined}
        onRename={() => false}
        diagramEditPending={false}
        walkEnd={{ openCount: 2, firstOpen: { id: 'Task_2', name: ' ', onGo } }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Zum ersten offenen Schritt: Schritt ohne Namen (Task_2)' }));
    expect(onGo).toHaveBeenCalledTimes(1);
  });

  it('walks the steps with Weiter and Zurück', async () => {
    // given
    const user = userEvent.setup({ delay: null });
    const onNext = vi.fn();
    const onPrevious = vi.fn();
    render(<Harness onNext={onNext} onPrevious={onPrevious} />);
    // when
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    await user.click(screen.getByRole('button', { name: 'Zurück' }));
    // then
    expect(onNext).toHaveBeenCalledTimes(1);
    expect(onPrevious).toHaveBeenCalledTimes(1);
  });

  it('walks the steps with PageDown / PageUp and Alt+arrows from inside a question, not from the notes', async () => {
    // given
    const user = userEvent.setup({ delay: null });
    const onNext = vi.fn();
    const onPrevious = vi.fn();
    render(<Harness onNext={onNext} onPrevious={onPrevious} />);
    within(group('Regelbasiert', quickCheck())).getAllByRole('radio')[0].focus();
    // when
    await user.keyboard('{PageDown}{Alt>}{ArrowRight}{/Alt}{PageUp}{Alt>}{ArrowLeft}{/Alt}');
    await user.click(screen.getByRole('textbox', { name: 'Notizen' }));
    await user.keyboard('{PageDown}');
    // then
    expect(onNext).toHaveBeenCalledTimes(2);
    expect(onPrevious).toHaveBeenCalledTimes(2);
  });

  it('marks Weiter and Zurück disabled without a next / previous step, keeping them focusable', () => {
    render(<Harness />);
    expect(screen.getByRole('button', { name: 'Weiter' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Zurück' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Weiter' })).toBeEnabled();
  });
});

describe('ScorePanel step name', () => {
  /**
   * A diagram as the editor has it: a rename is an edit, pending until the steps are read again,
   * which `settle` does (as the canvas's debounced report does); `refuse` makes every rename fail.
   */
  function renderNamed({ refuse = false } = {}) {
    const user = userEvent.setup({ delay: null });
    const onRename = vi.fn<(name: string) => boolean>();
    // the diagram's name, the name the panel was last given, and whether an edit is still unreported
    let diagram = { name: step.name, shownName: step.name, pending: false };
    const listeners = new Set<() => void>();
    const change = (next: Partial<typeof diagram>) => {
      diagram = { ...diagram, ...next };
      for (const listener of listeners) listener();
    };
    const subscribe = (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
    function Named() {
      const { shownName, pending } = useSyncExternalStore(subscribe, () => diagram);
      return (
        <ScorePanel
          step={{ ...step, name: shownName }}
          assessment={assessmentWith()}
          score={testOpenStepScore(step.id)}
          catalogue={catalogue}
          position={{ index: 3, total: 12 }}
          onChange={() => undefined}
          onRename={(name) => {
            onRename(name);
            if (refuse) return false;
            change({ name, pending: true });
            return true;
          }}
          diagramEditPending={pending}
        />
      );
    }
    render(<Named />);
    const field = screen.getByRole('textbox', { name: 'Name' });
    return {
      user,
      onRename,
      field,
      settle: () => act(() => change({ shownName: diagram.name, pending: false })),
      renameOnCanvas: (name: string) => act(() => change({ name, pending: true })),
    };
  }

  it('shows the step\'s name in a field labelled "Name", under the heading and before the building block', () => {
    const { field } = renderNamed();
    expect(field).toHaveValue('Antrag prüfen');
    const heading = screen.getByRole('heading', { level: 2, name: 'Antrag prüfen' });
    expect(heading.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(field.compareDocumentPosition(screen.getByRole('combobox', { name: 'Baustein' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('given a new name typed, when Enter is pressed, then the step is renamed once and the field keeps the new name while the diagram takes it', async () => {
    // given
    const { user, onRename, field, settle } = renderNamed();
    await user.clear(field);
    await user.type(field, 'Antrag annehmen');
    expect(onRename).not.toHaveBeenCalled();
    // when
    await user.keyboard('{Enter}');
    // then
    expect(onRename.mock.calls).toEqual([['Antrag annehmen']]);
    expect(field).toHaveValue('Antrag annehmen');
    expect(field).toHaveFocus();
    settle();
    expect(field).toHaveValue('Antrag annehmen');
    expect(screen.getByRole('heading', { level: 2, name: 'Antrag annehmen' })).toBeInTheDocument();
    // leaving the field renames nothing more
    await user.tab();
    expect(onRename).toHaveBeenCalledTimes(1);
  });

  it('given a new name typed, when the field is left, then the step is renamed', async () => {
    const { user, onRename, field } = renderNamed();
    await user.type(field, ' neu');
    await user.tab();
    expect(onRename.mock.calls).toEqual([['Antrag prüfen neu']]);
  });

  it('given a name typed, when Escape is pressed, then the field shows the current name again and nothing is renamed, also on leaving it', async () => {
    const { user, onRename, field } = renderNamed();
    await user.type(field, 'xyz');
    await user.keyboard('{Escape}');
    expect(field).toHaveValue('Antrag prüfen');
    expect(field).toHaveFocus();
    await user.tab();
    expect(onRename).not.toHaveBeenCalled();
  });

  it('given the field visited or the same name typed again, when left, then nothing is renamed', async () => {
    const { user, onRename, field } = renderNamed();
    await user.click(field);
    await user.tab();
    await user.clear(field);
    await user.type(field, ' Antrag prüfen {Enter}');
    expect(onRename).not.toHaveBeenCalled();
  });

  it('given a rename on the canvas or an undo, then the field shows the new name, unless the user is typing there', async () => {
    // given the field focused, nothing typed: a rename on the canvas shows at once
    const { user, field, renameOnCanvas, settle } = renderNamed();
    await user.click(field);
    renameOnCanvas('Antrag vorprüfen');
    settle();
    expect(field).toHaveValue('Antrag vorprüfen');
    // when the user types, a rename meanwhile leaves the typed name alone
    await user.type(field, ' lassen');
    renameOnCanvas('Antrag ablehnen');
    settle();
    expect(field).toHaveValue('Antrag vorprüfen lassen');
    // Escape puts back the name the step has now
    await user.keyboard('{Escape}');
    expect(field).toHaveValue('Antrag ablehnen');
  });

  it('given the name emptied, when committed, then the step is unnamed and the heading names it by its id', async () => {
    const { user, onRename, field, settle } = renderNamed();
    await user.clear(field);
    await user.keyboard('{Enter}');
    expect(onRename.mock.calls).toEqual([['']]);
    settle();
    expect(field).toHaveValue('');
    expect(screen.getByRole('heading', { level: 2, name: `Schritt ohne Namen (${step.id})` })).toBeInTheDocument();
  });

  it('given a rename the diagram refuses, then the field shows the step\'s name again', async () => {
    const { user, onRename, field } = renderNamed({ refuse: true });
    await user.type(field, ' neu{Enter}');
    expect(onRename).toHaveBeenCalledTimes(1);
    expect(field).toHaveValue('Antrag prüfen');
  });
});

describe('ScorePanel quick check', () => {
  it('asks the five quick-check questions as radio groups named by criterion and question', () => {
    render(<Harness />);
    const groups = within(quickCheck()).getAllByRole('radiogroup');
    expect(groups.map((g) => nameOf(g).split(' ')[0])).toEqual(['Regelbasiert', 'Digitaler', 'Strukturierter', 'Medienbrüche', 'Stabilität']);
    for (const g of groups) expect(g).toHaveAccessibleName(nameOf(g));
    expect(within(group('Regelbasiert', quickCheck())).getAllByRole('radio')).toHaveLength(5);
    expect(within(group('Medienbrüche', quickCheck())).getAllByRole('radio')).toHaveLength(4);
  });

  it('keeps the keyboard help behind one line, and describes the quick check with it for screen readers', async () => {
    const { user } = renderPanel();
    const help = within(quickCheck()).getByText(/Bild ab oder Alt\+→ geht zum nächsten Schritt/);
    expect(help).not.toBeVisible();
    expect(quickCheck()).toHaveAccessibleDescription(help.textContent ?? '');
    await user.click(within(quickCheck()).getByText('Bedienung mit der Tastatur'));
    expect(help).toBeVisible();
  });

  it.each([
    ['de', 'Tastatur'],
    ['en', 'Keyboard'],
  ] as const)('opens the keyboard help with what the keys do, not its heading again, and names the media-break option as the question does (%s)', async (language, heading) => {
    // a QA tour: under "Bedienung mit der Tastatur" it began "Tastatur: Tab geht …", and said "3 und mehr" for the option "3 oder mehr"
    await i18n.changeLanguage(language);
    try {
      render(<Harness />);
      const help = within(screen.getByRole('group', { name: i18n.t('assessment:panel.keyboardTitle') })).getByText(/Alt\+→/);
      expect(help.textContent).toMatch(/^Tab /);
      expect(help.textContent).not.toContain(heading);
      const option = i18n.t('assessment:answer.threeOrMore');
      expect(within(group(i18n.t('method:criteria.Mb.label'), quickCheck())).getByRole('radio', { name: new RegExp(`^${option}`) })).toBeInTheDocument();
      expect(help).toHaveTextContent(option);
      expect(help.textContent).not.toMatch(/3 und mehr|3 and more/);
    } finally {
      await i18n.changeLanguage('de');
    }
  });

  it('answers a question by clicking a level', async () => {
    // given
    const initial = assessmentWith({ Id: 2 });
    const { user, onChange } = renderPanel({ initial });
    // when
    await user.click(within(group('Regelbasiert', quickCheck())).getByRole('radio', { name: /^4/ }));
    // then: R is 4, everything else as it was
    expect(lastChange(onChange)).toEqual({ ...initial, answers: { Id: 2, R: 4 } });
  });

  it('answers with the keys 1–5 while focus is inside a question and moves focus to the chosen level', async () => {
    // given
    const { user, onChange } = renderPanel();
    const idGroup = group('Digitaler Input', quickCheck());
    within(idGroup).getAllByRole('radio')[0].focus();
    // when
    await user.keyboard('4');
    // then
    expect(lastChange(onChange).answers).toEqual({ Id: 4 });
    expect(within(idGroup).getByRole('radio', { name: /^4/ })).toHaveFocus();
    expect(within(idGroup).getByRole('radio', { name: /^4/ })).toBeChecked();
  });

  it('given a question answered by its key, when Tab and a digit follow, then the digit answers the next question, and so on down the quick check', async () => {
    // given
    const { user, onChange } = renderPanel();
    within(group('Regelbasiert', quickCheck())).getAllByRole('radio')[0].focus();
    await user.keyboard('3');
    // when: Tab, digit, as a Lotse walks the questions
    for (const digit of ['4', '2', '1', '5']) {
      await user.tab();
      await user.keyboard(digit);
    }
    // then each question has its own digit, the first kept its 3
    expect(lastChange(onChange).answers).toEqual({ R: 3, Id: 4, Is: 2, Mb: 1, Sp: 5 });
    expect(within(group('Stabilität', quickCheck())).getByRole('radio', { name: /^5/ })).toHaveFocus();
  });

  it('puts a question\'s "Antwort löschen" at its head, where a digit answers that question, and Tab goes on to its levels', async () => {
    // given R answered
    const { user, onChange } = renderPanel({ initial: assessmentWith({ R: 3 }) });
    const rules = group('Regelbasiert', quickCheck());
    within(rules).getByRole('radio', { name: /^3/ }).focus();
    // when Tab leaves the question
    await user.tab();
    // then it lands on the next question's clear button, above that question's levels
    const clearId = screen.getByRole('button', { name: 'Antwort löschen: Digitaler Input' });
    expect(clearId).toHaveFocus();
    const idGroup = group('Digitaler Input', quickCheck());
    expect(clearId.compareDocumentPosition(idGroup) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // a digit there answers Digitaler Input and moves the focus to its level
    await user.keyboard('2');
    expect(lastChange(onChange).answers).toEqual({ R: 3, Id: 2 });
    expect(within(idGroup).getByRole('radio', { name: /^2/ })).toHaveFocus();
    // Shift+Tab from there: its clear button, then back to the first question's level
    await user.tab({ shift: true });
    expect(clearId).toHaveFocus();
    await user.tab({ shift: true });
    expect(within(rules).getByRole('radio', { name: /^3/ })).toHaveFocus();
  });

  it('moves between levels with the arrow keys like any radio group', async () => {
    // given: Sp answered 2
    const { user, onChange } = renderPanel({ initial: assessmentWith({ Sp: 2 }) });
    within(group('Stabilität', quickCheck())).getByRole('radio', { name: /^2/ }).focus();
    // when
    await user.keyboard('{ArrowRight}');
    // then
    expect(lastChange(onChange).answers).toEqual({ Sp: 3 });
  });

  it('maps keys to media-break counts: 0, 1, 2 and 3 or more for 3–9', async () => {
    // given
    const { user, onChange } = renderPanel();
    const mb = group('Medienbrüche', quickCheck());
    within(mb).getAllByRole('radio')[0].focus();
    // when / then
    await user.keyboard('2');
    expect(lastChange(onChange).answers).toEqual({ Mb: 2 });
    await user.keyboard('5');
    expect(lastChange(onChange).answers).toEqual({ Mb: 3 });
    expect(within(mb).getByRole('radio', { name: /^3 oder mehr/ })).toBeChecked();
    await user.keyboard('0');
    expect(lastChange(onChange).answers).toEqual({ Mb: 0 });
  });

  it.each([
    // the count and the noun in each language's plural: "1" takes the singular, 0, 2 and "3 or more" the plural
    ['de', ['0', '1', '2', '3 oder mehr'], ['Medienbrüche', 'Medienbruch', 'Medienbrüche', 'Medienbrüche']],
    ['en', ['0', '1', '2', '3 or more'], ['media breaks', 'media break', 'media breaks', 'media breaks']],
  ])('names each media-break count once, as count and noun (%s)', async (language, counts, nouns) => {
    // given
    await i18n.changeLanguage(language);
    try {
      // when
      render(<Harness />);
      // then
      const criterion = i18n.t('method:criteria.Mb.label');
      const radios = within(group(criterion, quickCheck())).getAllByRole('radio');
      expect(radios).toHaveLength(counts.length);
      radios.forEach((radio, index) => expect(radio).toHaveAccessibleName(`${counts[index]} ${nouns[index]}`));
    } finally {
      await i18n.changeLanguage('de');
    }
  });

  it.each(['de', 'en'])('says the shown value of a quick-check level once in its name (%s)', async (language) => {
    // given
    await i18n.changeLanguage(language);
    try {
      // when
      render(<Harness />);
      // then: no word of the bold value (e.g. "3 oder mehr") comes again after it, in digits or words
      const radios = within(quickCheck()).getAllByRole('radio');
      expect(radios).toHaveLength(5 * 4 + 4);
      for (const radio of radios) {
        const option = radio.closest('label')!;
        const name = (option.textContent ?? '').replace(/\s+/g, ' ').trim();
        expect(radio).toHaveAccessibleName(name);
        const value = option.querySelector('.assessment-option__value')?.textContent ?? '';
        const rest = name.slice(value.length);
        expect(name.startsWith(value), name).toBe(true);
        for (const word of value.split(' ')) expect(rest.toLowerCase().split(/[^\p{L}\p{N}]+/u), name).not.toContain(word.toLowerCase());
      }
    } finally {
      await i18n.changeLanguage('de');
    }
  });

  it('shows a stored count above 3 as "3 oder mehr"', () => {
    render(<Harness initial={assessmentWith({ Mb: 7 })} />);
    expect(within(group('Medienbrüche', quickCheck())).getByRole('radio', { name: /^3 oder mehr/ })).toBeChecked();
  });

  it('clears an answer with "Antwort löschen" and with Delete', async () => {
    // given: R and Is answered
    const { user, onChange } = renderPanel({ initial: assessmentWith({ R: 3, Is: 5 }) });
    // when: the clear button of R
    await user.click(screen.getByRole('button', { name: 'Antwort löschen: Regelbasiert' }));
    // then
    expect(lastChange(onChange).answers).toEqual({ Is: 5 });
    // marked disabled, kept focusable (a disabled button would drop the focus to the page)
    expect(screen.getByRole('button', { name: 'Antwort löschen: Regelbasiert' })).toHaveAttribute('aria-disabled', 'true');
    const changes = onChange.mock.calls.length;
    await user.click(screen.getByRole('button', { name: 'Antwort löschen: Regelbasiert' }));
    expect(onChange).toHaveBeenCalledTimes(changes);
    // when: Delete inside Is
    within(group('Strukturierter Input', quickCheck())).getByRole('radio', { name: /^5/ }).focus();
    await user.keyboard('{Delete}');
    // then
    expect(lastChange(onChange).answers).toEqual({});
  });
});

describe('ScorePanel detailed assessment', () => {
  it('answers yes/no questions with J / N and the legal form with 1, 3, 5 only', async () => {
    // given
    const { user, onChange } = renderPanel();
    await openDetails(user);
    // when
    within(group('Ermessen')).getAllByRole('radio')[0].focus();
    await user.keyboard('j');
    within(group('Formerfordernis')).getAllByRole('radio')[0].focus();
    await user.keyboard('3');
    await user.keyboard('2');
    // then: 2 is no legal-form level and changes nothing
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(lastChange(onChange).answers).toEqual({ Er: true, Lf: 3 });
  });

  it('stores a valid count and a valid quantity', async () => {
    // given
    const { user, onChange } = renderPanel();
    await openDetails(user);
    // when
    await user.type(screen.getByRole('textbox', { name: 'Anzahl Anwendungen' }), '3');
    await user.tab();
    await user.type(screen.getByRole('textbox', { name: 'Fallzahl (V)' }), '120{Enter}');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Zeitraum' }), 'monthly');
    await user.type(screen.getByRole('textbox', { name: 'Fehlerquote (e)' }), '15');
    await user.tab();
    // then: 15 % is stored as the share 0.15
    expect(lastChange(onChange).answers).toEqual({ Ap: 3 });
    expect(lastChange(onChange).quantities).toEqual({ volume: 120, period: 'monthly', errorRate: 0.15 });
  });

  it('given a time typed and the field not left, when typing pauses, then it is passed on and the field keeps the text as typed; a refused entry waits for the field to be left', async () => {
    // given
    const { user, onChange } = renderPanel();
    await openDetails(user);
    const volume = screen.getByRole('textbox', { name: 'Fallzahl (V)' });
    const reviewTime = screen.getByRole('textbox', { name: 'Prüfzeit' });
    // when
    await user.type(volume, '-5');
    await new Promise((resolve) => setTimeout(resolve, typingPauseMs + 200));
    // then: nothing passed on, and no message while the field is being typed in
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
    // when
    await user.clear(volume);
    await user.type(reviewTime, '2,50');
    // then
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled(), { timeout: typingPauseMs * 4 });
    expect(lastChange(onChange).quantities).toEqual({ reviewMinutes: 2.5 });
    expect(reviewTime).toHaveFocus();
    expect(reviewTime).toHaveValue('2,50');
  });

  it('reads "1.200" cases as twelve hundred in German, as the German UI writes thousands', async () => {
    // given
    const { user, onChange } = renderPanel();
    await openDetails(user);
    // when
    await user.type(screen.getByRole('textbox', { name: 'Fallzahl (V)' }), '1.200');
    await user.tab();
    // then
    expect(screen.queryByRole('alert')).toBeNull();
    expect(lastChange(onChange).quantities).toEqual({ volume: 1200 });
  });

  it('reads "1,200" cases as twelve hundred in English and refuses "1.200" there as ambiguous, storing nothing', async () => {
    await i18n.changeLanguage('en');
    try {
      // given
      const { user, onChange } = renderPanel();
      await user.click(screen.getByText('Detailed assessment'));
      const volume = await screen.findByRole('textbox', { name: 'Volume (V)' });
      // when
      await user.type(volume, '1.200');
      await user.tab();
      // then
      expect(screen.getByRole('alert')).toHaveTextContent('Ambiguous: a point before exactly three digits');
      expect(onChange).not.toHaveBeenCalled();
      // when
      await user.clear(volume);
      await user.type(volume, '1,200');
      await user.tab();
      // then
      expect(screen.queryByRole('alert')).toBeNull();
      expect(lastChange(onChange).quantities).toEqual({ volume: 1200 });
    } finally {
      await i18n.changeLanguage('de');
    }
  });

  it.each([
    ['Fallzahl (V)', '-5'],
    ['Fehlerquote (e)', '150'],
    ['Bearbeitungszeit (t)', 'abc'],
    ['Bearbeitungszeit (t)', '10000'],
    ['Anzahl Anwendungen', '0'],
  ])('shows a message for %s = %s and does not pass it on', async (label, raw) => {
    // given
    const { user, onChange } = renderPanel();
    await openDetails(user);
    const input = screen.getByRole('textbox', { name: label });
    // when
    await user.type(input, raw);
    await user.tab();
    // then
    const message = screen.getByRole('alert');
    expect(message.textContent).not.toBe('');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    expect(input).toHaveValue(raw);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given a refused entry, when the step is left and chosen again, then it is listed meanwhile and shown again with its message', async () => {
    // given two steps walked in one panel
    const other = testStep('Task_2', { name: 'Bescheid drucken', order: 4 });
    const user = userEvent.setup({ delay: null });
    const onChange = vi.fn();
    const panelFor = (shown: typeof step) => (
      <ScorePanel
        step={shown}
        assessment={{ ...createStepAssessment('p1', shown) }}
        score={testOpenStepScore(shown.id)}
        catalogue={catalogue}
        position={{ index: 3, total: 12 }}
        onChange={onChange}
        onRename={() => false}
        diagramEditPending={false}
      />
    );
    const view = render(panelFor(step));
    await openDetails(user);
    await user.type(screen.getByRole('textbox', { name: 'Bearbeitungszeit (t)' }), '12 min');
    await user.tab();

    // when the next step is shown, then the entry is named there, not dropped
    view.rerender(panelFor(other));
    expect(screen.getByRole('textbox', { name: 'Bearbeitungszeit (t)' })).toHaveValue('');
    expect(screen.getByText('„12 min“ in „Bearbeitungszeit (t)“ bei „Antrag prüfen“')).toBeInTheDocument();

    // when the first step is shown again, then the entry is back in its field with its message
    view.rerender(panelFor(step));
    const input = screen.getByRole('textbox', { name: 'Bearbeitungszeit (t)' });
    expect(input).toHaveValue('12 min');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Bitte nur eine Zahl eingeben');
    expect(screen.queryByText(/nicht gespeichert/)).not.toBeInTheDocument();

    // when it is corrected, then it is stored and no longer kept
    await user.clear(input);
    await user.type(input, '12');
    await user.tab();
    expect(lastChange(onChange).quantities).toEqual({ minutesPerCase: 12 });
    view.rerender(panelFor(other));
    expect(screen.queryByText(/nicht gespeichert/)).not.toBeInTheDocument();
  });

  it('clears the message once the input is corrected, then stores it', async () => {
    // given
    const { user, onChange } = renderPanel();
    await openDetails(user);
    const input = screen.getByRole('textbox', { name: 'Bearbeitungszeit (t)' });
    await user.type(input, 'abc');
    await user.tab();
    // when
    await user.clear(input);
    await user.type(input, '12');
    // then
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(input).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(lastChange(onChange).quantities).toEqual({ minutesPerCase: 12 });
  });

  it('shows stored quantities and un-answers an emptied field', async () => {
    // given: 7.5 minutes and 20 % errors stored
    const { user, onChange } = renderPanel({ initial: assessmentWith({}, { quantities: { minutesPerCase: 7.5, errorRate: 0.2 } }) });
    await openDetails(user);
    const minutes = screen.getByRole('textbox', { name: 'Bearbeitungszeit (t)' });
    // then: German decimal comma, the error rate in percent
    expect(minutes).toHaveValue('7,5');
    expect(screen.getByRole('textbox', { name: 'Fehlerquote (e)' })).toHaveValue('20');
    // when
    await user.clear(minutes);
    await user.tab();
    // then
    expect(lastChange(onChange).quantities).toEqual({ errorRate: 0.2 });
  });
});

describe('ScorePanel building block, notes and flags', () => {
  it('pre-fills from the building block without overwriting given answers', async () => {
    // given: R answered 4; "Dokument scannen" pre-fills Mb 1, Id 1, R 5
    const { user, onChange } = renderPanel({ initial: assessmentWith({ R: 4 }) });
    // when
    await user.selectOptions(screen.getByRole('combobox', { name: 'Baustein' }), 'scan');
    // then
    expect(lastChange(onChange).buildingBlock).toBe('scan');
    expect(lastChange(onChange).answers).toEqual({ R: 4, Mb: 1, Id: 1 });
    // when: no building block again
    await user.selectOptions(screen.getByRole('combobox', { name: 'Baustein' }), '');
    // then: the block and what it filled are gone, the given answer stays
    expect(lastChange(onChange).buildingBlock).toBeUndefined();
    expect(lastChange(onChange).answers).toEqual({ R: 4 });
  });

  it('given an unanswered step, when "Dokument scannen", then "Prüfen", then "kein Baustein" is chosen, then no answer is left', async () => {
    const { user, onChange } = renderPanel();
    const block = screen.getByRole('combobox', { name: 'Baustein' });
    // when
    await user.selectOptions(block, 'scan');
    await user.selectOptions(block, 'check');
    // then only Prüfen's pre-fill
    expect(lastChange(onChange).answers).toEqual({ R: 3 });
    // when
    await user.selectOptions(block, '');
    // then
    expect(lastChange(onChange).answers).toEqual({});
    expect(within(quickCheck()).queryAllByRole('radio', { checked: true })).toEqual([]);
  });

  it('given a pre-filled answer the user then changes, in a question or by a digit, when the block changes, then the user\'s answers stay', async () => {
    // given "Dokument scannen" pre-fills Mb 1, Id 1, R 5
    const { user, onChange } = renderPanel();
    const block = screen.getByRole('combobox', { name: 'Baustein' });
    await user.selectOptions(block, 'scan');
    // when the user sets R to 2 by a click and Id to 3 by its digit
    await user.click(within(group('Regelbasiert', quickCheck())).getByRole('radio', { name: /^2/ }));
    within(group('Digitaler Input', quickCheck())).getByRole('radio', { name: /^1/ }).focus();
    await user.keyboard('3');
    // and clears Mb
    await user.click(screen.getByRole('button', { name: 'Antwort löschen: Medienbrüche' }));
    await user.selectOptions(block, 'print');
    // then print's Mb 1 does not come back over the cleared answer, and its R 5 does not overwrite R 2
    expect(lastChange(onChange).answers).toEqual({ R: 2, Id: 3 });
    // when
    await user.selectOptions(block, '');
    // then
    expect(lastChange(onChange).answers).toEqual({ R: 2, Id: 3 });
  });

  it('says under the block which answers it filled, politely to screen readers, until the user changes them', async () => {
    // given
    const { user } = renderPanel();
    const block = screen.getByRole('combobox', { name: 'Baustein' });
    // when
    await user.selectOptions(block, 'scan');
    // then
    const text = 'Vom Baustein vorbelegt: Regelbasiert 5, Digitaler Input 1, Medienbrüche 1 – Sie können jede Antwort ändern.';
    const hint = screen.getByText(text);
    expect(hint).toHaveAttribute('role', 'status');
    expect(block).toHaveAccessibleDescription(expect.stringContaining(text));
    // when the user answers R themselves
    await user.click(within(group('Regelbasiert', quickCheck())).getByRole('radio', { name: /^2/ }));
    // then
    expect(hint).toHaveTextContent('Vom Baustein vorbelegt: Digitaler Input 1, Medienbrüche 1 – Sie können jede Antwort ändern.');
    // when no block: nothing is pre-filled, and the status is empty
    await user.selectOptions(block, '');
    expect(hint).toBeEmptyDOMElement();
    expect(screen.queryByText(/Vom Baustein vorbelegt/)).toBeNull();
  });

  it('says so in English too', async () => {
    await i18n.changeLanguage('en');
    try {
      const { user } = renderPanel();
      await user.selectOptions(screen.getByRole('combobox', { name: 'Building block' }), 'print');
      expect(screen.getByText('Filled in by the building block: Rule-based 5, Media breaks 1 – you can change any answer.')).toHaveAttribute('role', 'status');
    } finally {
      await i18n.changeLanguage('de');
    }
  });

  it('walks the steps with PageDown / PageUp and Alt+arrows from the building block, which keeps its choice', async () => {
    // given
    const user = userEvent.setup({ delay: null });
    const onNext = vi.fn();
    const onPrevious = vi.fn();
    const onChange = vi.fn();
    render(<Harness initial={assessmentWith({}, { buildingBlock: 'check' })} onNext={onNext} onPrevious={onPrevious} onChange={onChange} />);
    const block = screen.getByRole('combobox', { name: 'Baustein' });
    block.focus();
    // when
    await user.keyboard('{PageDown}{PageUp}{Alt>}{ArrowRight}{/Alt}{Alt>}{ArrowLeft}{/Alt}');
    // then
    expect(onNext).toHaveBeenCalledTimes(2);
    expect(onPrevious).toHaveBeenCalledTimes(2);
    expect(onChange).not.toHaveBeenCalled();
    expect(block).toHaveValue('check');
  });

  it('records notes, "nicht anwendbar" and "bereits automatisiert"', async () => {
    // given
    const { user, onChange } = renderPanel();
    // when
    await user.type(screen.getByRole('textbox', { name: 'Notizen' }), 'ok');
    await user.click(screen.getByRole('checkbox', { name: 'nicht anwendbar' }));
    await user.click(screen.getByRole('checkbox', { name: 'bereits automatisiert' }));
    // then
    expect(lastChange(onChange)).toMatchObject({ notes: 'ok', notApplicable: true, alreadyAutomated: true });
  });
});

describe('ScorePanel in a tab that only reads', () => {
  /** a step answered in every part of the panel: quick check, details, quantities, flags, block and notes */
  const answered = () =>
    assessmentWith(
      { R: 4, Mb: 2, Va: 3, Ap: 5, Vm: true },
      { buildingBlock: 'check', alreadyAutomated: true, notes: 'Rückfrage beim Bauamt', quantities: { volume: 1200, period: 'yearly', minutesPerCase: 15 } },
    );

  /** The panel inside a tab that only reads, with spies for every change and for the walk. */
  function renderReading() {
    const user = userEvent.setup({ delay: null });
    const onChange = vi.fn();
    const onRename = vi.fn(() => true);
    const onNext = vi.fn();
    const onPrevious = vi.fn();
    render(
      <ReadOnlyProvider readOnly>
        <Harness initial={answered()} onChange={onChange} onRename={onRename} onNext={onNext} onPrevious={onPrevious} />
      </ReadOnlyProvider>,
    );
    return { user, onChange, onRename, onNext, onPrevious };
  }

  it('shows every answer, but no control can change one: levels and choices disabled, flags and text fields read-only (still focusable), "Antwort löschen" disabled; it says so once', async () => {
    // given
    const { user } = renderReading();
    // when the details are opened, as a reader may
    await openDetails(user);
    // then the levels are shown chosen and cannot be chosen
    const radios = screen.getAllByRole('radio');
    expect(radios.length).toBeGreaterThan(20);
    for (const radio of radios) expect(radio).toBeDisabled();
    expect(within(group('Regelbasiert', quickCheck())).getByRole('radio', { name: /^4/ })).toBeChecked();
    expect(within(group('Medienbrüche', quickCheck())).getByRole('radio', { name: /^2/ })).toBeChecked();
    // the flags keep their values, read-only: not greyed out as disabled, announced as unchangeable
    const flags = screen.getAllByRole('checkbox');
    expect(flags).toHaveLength(2);
    for (const flag of flags) {
      expect(flag).toBeEnabled();
      expect(flag).toHaveAttribute('aria-readonly', 'true');
      expect(flag).toHaveAccessibleDescription(i18n.t('assessment:panel.readOnly'));
    }
    expect(screen.getByRole('checkbox', { name: 'bereits automatisiert' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'nicht anwendbar' })).not.toBeChecked();
    // and so do the selects
    for (const select of screen.getAllByRole('combobox')) expect(select).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Baustein' })).toHaveValue('check');
    // the text fields stay in the tab order, to be read, but take no input
    const fields = screen.getAllByRole('textbox');
    expect(fields.length).toBeGreaterThan(5);
    for (const field of fields) {
      expect(field).toHaveAttribute('readonly');
      expect(field).toBeEnabled();
    }
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Antrag prüfen');
    expect(screen.getByRole('textbox', { name: 'Notizen' })).toHaveValue('Rückfrage beim Bauamt');
    expect(screen.getByRole('textbox', { name: 'Anzahl Anwendungen' })).toHaveValue('5');
    // every question's "Antwort löschen", answered or not
    const clearButtons = screen.getAllByRole('button', { name: /^Antwort löschen/ });
    expect(clearButtons).toHaveLength(screen.getAllByRole('radiogroup').length);
    for (const clear of clearButtons) expect(clear).toBeDisabled();
    // and the panel says why, once
    expect(screen.getAllByText(i18n.t('assessment:panel.readOnly'))).toHaveLength(1);
  });

  it('keeps "nicht anwendbar" and "bereits automatisiert" in the tab order, to be read, while neither a click, Space nor the label changes them', async () => {
    // given
    const { user, onChange } = renderReading();
    const notApplicable = screen.getByRole('checkbox', { name: 'nicht anwendbar' });
    const automated = screen.getByRole('checkbox', { name: 'bereits automatisiert' });
    // when the reader tabs on from the step's name (the building block, disabled, takes no focus)
    act(() => screen.getByRole('textbox', { name: 'Name' }).focus());
    await user.tab();
    // then the first flag has the focus, and then the second
    expect(notApplicable).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    expect(automated).toHaveFocus();
    await user.keyboard(' ');
    // when the reader clicks them and their labels
    await user.click(notApplicable);
    await user.click(automated);
    await user.click(screen.getByText('nicht anwendbar'));
    await user.click(screen.getByText('bereits automatisiert'));
    // then nothing was stored, and they show what is stored
    expect(onChange).not.toHaveBeenCalled();
    expect(notApplicable).not.toBeChecked();
    expect(automated).toBeChecked();
  });

  it('names what the building block filled and the keys that read, without inviting a change the tab cannot make', async () => {
    // given a step that "Dokument scannen" filled, in a tab that only reads
    render(
      <ReadOnlyProvider readOnly>
        <Harness initial={applyBuildingBlock(assessmentWith({}), 'scan')} />
      </ReadOnlyProvider>,
    );
    // then the filled answers are named, with no word of changing them
    expect(screen.getByText('Vom Baustein vorbelegt: Regelbasiert 5, Digitaler Input 1, Medienbrüche 1.')).toHaveAttribute('role', 'status');
    expect(screen.queryByText(/Sie können jede Antwort ändern/)).toBeNull();
    // and the keyboard help names the keys that walk and read, not those that answer
    const keys = within(screen.getByRole('group', { name: 'Bedienung mit der Tastatur' })).getByText(/^Tab /);
    expect(keys).toHaveTextContent('Bild ab oder Alt+→ geht zum nächsten Schritt');
    expect(keys).not.toHaveTextContent('1–5');
    expect(keys).not.toHaveTextContent('Entf');
  });

  it('walks the steps with Weiter, Zurück and PageDown / PageUp, while clicks, typing, 1–5, J, N and Delete anywhere in it store nothing', async () => {
    // given
    const { user, onChange, onRename, onNext, onPrevious } = renderReading();
    await openDetails(user);
    // when the reader clicks answers and types into the fields
    await user.click(within(group('Regelbasiert', quickCheck())).getByRole('radio', { name: /^2/ }));
    await user.click(screen.getByRole('checkbox', { name: 'nicht anwendbar' }));
    await user.type(screen.getByRole('textbox', { name: 'Notizen' }), ' und mehr');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Antrag ablehnen{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Fallzahl (V)' }), '7{Enter}');
    // and goes through every focus stop of the panel from its start, pressing the answer keys at each
    act(() => screen.getByRole('button', { name: 'Zurück' }).focus());
    for (let stop = 0; stop < 30; stop += 1) {
      await user.keyboard('3jn{Delete}');
      await user.tab();
    }
    // then nothing was stored, and the fields show what is stored
    expect(onChange).not.toHaveBeenCalled();
    expect(onRename).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Notizen' })).toHaveValue('Rückfrage beim Bauamt');
    expect(within(group('Regelbasiert', quickCheck())).getByRole('radio', { name: /^4/ })).toBeChecked();

    // when the reader walks the steps with the buttons and the keys
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    await user.click(screen.getByRole('button', { name: 'Zurück' }));
    await user.keyboard('{PageDown}{PageUp}');
    // then the walk goes on
    expect(onNext).toHaveBeenCalledTimes(2);
    expect(onPrevious).toHaveBeenCalledTimes(2);
  });
});

describe('ScorePanel result', () => {
  function resultValue(label: RegExp): string {
    const result = screen.getByRole('region', { name: i18n.t('assessment:result.heading') });
    const term = within(result).getAllByRole('term').find((dt) => label.test(dt.textContent ?? ''));
    return term?.nextElementSibling?.textContent ?? '';
  }

  it('announces the recommendation as what it is, once per change of step or of recommendation, and not for another answer', () => {
    // given a step to digitise
    const other = testStep('Task_2', { name: 'Bescheid drucken', order: 4 });
    const panel = (shown: typeof step, answers: Answers, recommendation: StepScore['recommendation']) => (
      <ScorePanel
        step={shown}
        assessment={{ ...createStepAssessment('p1', shown), answers }}
        score={testOpenStepScore(shown.id, { recommendation })}
        catalogue={catalogue}
        position={{ index: shown === step ? 3 : 4, total: 12 }}
        onChange={() => undefined}
        onRename={() => false}
        diagramEditPending={false}
      />
    );
    const view = render(panel(step, { R: 4 }, 'digitise'));
    const region = screen.getAllByRole('status').find((status) => status.textContent?.includes('digitalisieren'));
    if (!region) throw new Error('no status says the recommendation');
    expect(region).toHaveTextContent(/^Empfehlung: digitalisieren$/);
    // what a screen reader hears: each change of the live region's content
    const observer = new MutationObserver(() => undefined);
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    const announced = () => observer.takeRecords().length > 0;
    try {
      // when another answer leaves the recommendation as it was, then it is not said again
      view.rerender(panel(step, { R: 4, Id: 2 }, 'digitise'));
      expect(announced()).toBe(false);
      // when the walk goes on to a step with the same recommendation, then it is said for that step
      view.rerender(panel(other, {}, 'digitise'));
      expect(announced()).toBe(true);
      expect(region).toHaveTextContent(/^Empfehlung: digitalisieren$/);
      // when an answer changes the recommendation, then the new one is said
      view.rerender(panel(other, { Sp: 1 }, 'open'));
      expect(announced()).toBe(true);
      expect(region).toHaveTextContent(/^Empfehlung: offen$/);
      // the live region itself stays: a new one would be silent
      expect(region).toBeInTheDocument();
    } finally {
      observer.disconnect();
    }
  });

  it('shows "unvollständig" and no number for scores that are too little answered', () => {
    // given: DS has a value of 40 but is only 25 % answered
    const score = testOpenStepScore(step.id, { ds: testScore(40, 0.25, true), completeness: 1 / 14 });
    // when
    render(<Harness score={score} />);
    // then
    const result = screen.getByRole('region', { name: 'Ergebnis' });
    expect(within(result).getAllByText(/^unvollständig/).length).toBeGreaterThanOrEqual(3);
    expect(within(result).getByText('unvollständig (25 % beantwortet)')).toBeInTheDocument();
    expect(result).not.toHaveTextContent(/40 von 100/);
  });

  it('shows a score just under a limit with the digits that keep it there, not rounded up to the limit', () => {
    // given: EI 33.75 is high effort (medium from 34); the engine says it needs one digit
    const score = testOpenStepScore(step.id, { ei: { ...testScore(33.75), decimals: 1 }, effort: 'high', ds: { ...testScore(59.96), decimals: 2 } });
    // when
    render(<Harness score={score} />);
    // then
    expect(resultValue(/Umsetzbarkeit/)).toBe('33,8 von 100 · hoher Aufwand');
    expect(resultValue(/Digitalisierungspotenzial/)).toBe('59,96 von 100');
  });

  it('shows complete scores with units, effort band, priority, hours saved and warnings', () => {
    // given
    const score = testOpenStepScore(step.id, {
      ds: testScore(72.4),
      as: testScore(45.2, 0.75),
      ei: testScore(70, 0.6),
      effort: 'low',
      ease: 70,
      easeEstimated: false,
      priorityIndex: 50.68,
      priorityHours: 864.08,
      stabiliseFirst: true,
      assistOnly: true,
      recommendation: 'stabilise',
      completeness: 0.5,
      benefit: testBenefit({ hoursSaved: 1234.4, hoursPerYear: 2000, fteSaved: 0.79, costSaved: 55_400 }),
    });
    // when
    render(<Harness score={score} />);
    // then
    expect(resultValue(/Digitalisierungspotenzial/)).toBe('72 von 100');
    expect(resultValue(/Automatisierungspotenzial/)).toBe('45 %');
    expect(resultValue(/Umsetzbarkeit/)).toBe('70 von 100 · geringer Aufwand');
    expect(resultValue(/Priorität/)).toBe('51 von 100 · 864 Std./Jahr');
    expect(resultValue(/Einsparung/)).toMatch(/^1\.234 von 2\.000 Std\.\/Jahr heute · 0,79 VZÄ \(Vollzeitäquivalente\) · 55\.400\s€ pro Jahr$/);
    expect(resultValue(/Vollständigkeit/)).toMatch(/^50\s%$/);
    expect(screen.getByText('Nicht jetzt: erst stabilisieren.')).toBeInTheDocument();
    expect(screen.getByText(/^Nur Assistenz: .* auf 50 % begrenzt\.$/)).toBeInTheDocument();
  });

  it.each([
    ['de', /Einsparung/, 'VZÄ (Vollzeitäquivalente)'],
    ['en', /Hours saved/, 'FTE (full-time equivalents)'],
  ] as const)('spells out the staff unit where the panel shows it, as the process figures do (%s)', async (language, label, spelledOut) => {
    // a QA tour: the panel showed "0,30 VZÄ" with no word of what VZÄ means
    await i18n.changeLanguage(language);
    try {
      render(<Harness score={testOpenStepScore(step.id, { benefit: testBenefit({ fteSaved: 0.3 }) })} />);
      expect(resultValue(label)).toContain(spelledOut);
    } finally {
      await i18n.changeLanguage('de');
    }
  });

  it('links the result to the method page, as the process figures do, when given its address', () => {
    // a QA tour: "70 von 100" beside "0 %" and "Vollständigkeit 36 %" had no explanation one click away
    const panel = (methodHref?: string) => (
      <ScorePanel step={step} assessment={assessmentWith()} score={testOpenStepScore(step.id)} catalogue={catalogue} position={{ index: 3, total: 12 }} onChange={() => {}} onRename={() => false} diagramEditPending={false} methodHref={methodHref} />
    );
    const view = render(panel('#/method'));
    const result = screen.getByRole('region', { name: 'Ergebnis' });
    expect(within(result).getByRole('link', { name: 'Wie diese Werte berechnet werden (Methode)' })).toHaveAttribute('href', '#/method');
    // without the address, no link that leads nowhere
    view.rerender(panel());
    expect(within(screen.getByRole('region', { name: 'Ergebnis' })).queryByRole('link')).toBeNull();
  });

  it('given a catalogue with another gate level, when a step must be stabilised first, then the reason names that level', () => {
    // given
    const changed = createDefaultCatalogue();
    changed.thresholds.gateMaxLevel = 3;
    const score = testOpenStepScore(step.id, { ds: testScore(60), stabiliseFirst: true, recommendation: 'stabilise' });
    // when
    render(<ScorePanel step={step} assessment={assessmentWith()} score={score} catalogue={changed} position={{ index: 3, total: 12 }} onChange={() => {}} onRename={() => false} diagramEditPending={false} />);
    // then
    expect(screen.getByText(/^Der Schritt oder seine Anwendungen ändern sich bald/)).toHaveTextContent(`(Stabilität ${changed.thresholds.gateMaxLevel} oder weniger)`);
  });

  it('shows an already automated step as automated', () => {
    render(<Harness score={testOpenStepScore(step.id, { automated: true, recommendation: 'automated', priorityIndex: 0 })} />);
    expect(resultValue(/Automatisierungspotenzial/)).toBe('bereits automatisiert');
    expect(resultValue(/Priorität/)).toBe('bereits automatisiert');
  });

  it.each([
    ['de', { volume: 10, minutesPerCase: 5 }, 'noch nicht berechnet: „Zeitraum“ fehlt'],
    ['de', { reviewMinutes: 2 }, 'noch nicht berechnet: „Fallzahl“, „Zeitraum“ und „Bearbeitungszeit“ fehlen'],
    ['de', {}, 'keine Mengenangaben'],
    ['en', { volume: 10, minutesPerCase: 5 }, 'not yet calculated, missing: “Period”'],
    ['en', { period: 'weekly' }, 'not yet calculated, missing: “Volume” and “Processing time”'],
  ] as const)('given (%s) the quantities %o and no hours, then "Einsparung" says which of those the hours need are missing', async (language, quantities, expected) => {
    await i18n.changeLanguage(language);
    try {
      // when
      render(<Harness initial={assessmentWith({}, { quantities })} score={testOpenStepScore(step.id, { benefit: null })} />);
      // then
      expect(resultValue(language === 'de' ? /Einsparung/ : /Hours saved/)).toBe(expected);
    } finally {
      await i18n.changeLanguage('de');
    }
  });

  it('shows a step that is not applicable without scores', () => {
    render(<Harness score={testOpenStepScore(step.id, { applicable: false, recommendation: 'none' })} />);
    const result = screen.getByRole('region', { name: 'Ergebnis' });
    expect(result).toHaveTextContent('Nicht anwendbar');
    expect(within(result).queryAllByRole('term')).toHaveLength(0);
  });
});

describe('ScorePanel names for assistive technology', () => {
  it('names the collapsible "Bedienung mit der Tastatur" and "Detailbewertung" groups by their summaries', () => {
    render(<Harness />);
    expect(screen.getByRole('group', { name: 'Bedienung mit der Tastatur' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Detailbewertung' })).toBeInTheDocument();
  });

  it('shows a formula symbol with a subscript as one ("t" with "r" below), and keeps it out of the field\'s name, where it would be read "t underscore r"', async () => {
    // given
    const { user } = renderPanel();
    // when
    await openDetails(user);
    // then
    const quantities = screen.getByRole('group', { name: i18n.t('method:sections.quantities') });
    const fields = within(quantities).getAllByRole('textbox');
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) expect(field).toHaveAccessibleName(expect.not.stringMatching(/_/));
    const rework = within(quantities).getByRole('textbox', { name: 'Nacharbeit' });
    const label = document.querySelector(`label[for="${rework.id}"]`);
    expect(label).toHaveTextContent('Nacharbeit (tr)');
    expect(label?.querySelector('var')).toHaveTextContent('t');
    expect(label?.querySelector('sub')).toHaveTextContent('r');
    // a symbol without a subscript reads well as it is
    expect(within(quantities).getByRole('textbox', { name: 'Fallzahl (V)' })).toBeInTheDocument();
  });
});
