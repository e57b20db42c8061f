// The side panel of the editor: the score panel (from the assessment feature) for the selected
// step, with "Weiter" / "Zurück" walking the steps in process order, its "Name" field renaming the
// step in the diagram (onRenameStep, through the canvas), and at the last step what comes next: the
// steps still open and the first of them, or the process figures and marking the process
// "bewertet"; a hint and a start button while no step is selected. The start button and "Zum ersten
// offenen Schritt" give way to the panel of another step, so they hand the focus on to its first
// question (else the focus would fall to the page's body), or, in a tab that only reads, where the
// levels take no focus, to its "Weiter"; each step starts at its quick check (showStepStart).
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { createStepAssessment } from '../../domain/assessment';
import type { Step } from '../../domain/assessment';
import { inProcessOrder, isScored } from '../../domain/scoring';
import { ScorePanel } from '../assessment/ScorePanel';
import { useAppActions, useAppStore, useProcessFigures, useStepScores } from '../../state/AppStoreProvider';
import { showStepStart } from '../assessment/showStepStart';
import { Button } from '../../ui/Button';
import { useReadOnly } from '../../ui/readOnly';

export interface AssessmentSideProps {
  processId: string;
  /** selects a step on the canvas too */
  onSelectStep: (stepId: string) => void;
  /** renames a step in the diagram; false when it could not be renamed */
  onRenameStep: (stepId: string, name: string) => boolean;
  /** shows the process figures ("Kennzahlen"), offered at the last step once every step is scored */
  onShowFigures?: () => void;
  /** the method page, linked from the step's result ("Wie diese Werte berechnet werden") */
  methodHref?: string;
}

export function AssessmentSide({ processId, onSelectStep, onRenameStep, onShowFigures, methodHref }: AssessmentSideProps) {
  const { t } = useTranslation('editor');
  const steps = useAppStore((state) => state.document.steps);
  const assessments = useAppStore((state) => state.document.assessments);
  const catalogue = useAppStore((state) => state.document.catalogue);
  const selectedStepId = useAppStore((state) => state.session.selectedStepId);
  const diagramEditPending = useAppStore((state) => state.session.diagramEditPending);
  const scores = useStepScores();
  const figures = useProcessFigures();
  const status = useAppStore((state) => state.document.processes.find((process) => process.id === processId)?.status);
  const readOnly = useReadOnly();
  const { updateAssessment, updateProcess } = useAppActions();
  const panelRef = useRef<HTMLDivElement>(null);
  const focusFirstQuestion = useRef(false);

  const ordered = useMemo(() => inProcessOrder(steps), [steps]);
  const index = selectedStepId ? ordered.findIndex((step) => step.id === selectedStepId) : -1;
  const step: Step | undefined = index >= 0 ? ordered[index] : undefined;
  const score = step ? scores.get(step.id) : undefined;
  const shown = step !== undefined && score !== undefined;

  // Each step starts at the same place, not where the step before was scrolled to: its quick check
  // under the header with its name and "Weiter" (at the last step "Wie geht es weiter?" above it).
  // The focus goes to its first question after the start button, and when it was in the previous
  // step's questions (PageDown / PageUp): else it would stay on the same question of the next step,
  // or fall to the page from a button that this step disables. On "Weiter" / "Zurück" it stays
  // there, so the walk goes on with Enter.
  const shownStepId = shown ? step.id : undefined;
  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (!panel || shownStepId === undefined) return;
    showStepStart(panel);
    const focused = document.activeElement;
    const fromQuestions = focused instanceof HTMLElement && panel.contains(focused) && !focused.closest('nav');
    if (focusFirstQuestion.current || fromQuestions) {
      // the first question's chosen level, as Tab into a radio group would land
      const first = panel.querySelector('[role="radiogroup"]');
      const level = first?.querySelector<HTMLInputElement>('input:checked') ?? first?.querySelector<HTMLInputElement>('input');
      if (level && !level.disabled) level.focus();
      // a tab that only reads disables the levels: the walk goes on from "Weiter", the last button of
      // the step's navigation, in the sticky header (always in view: scrolled to, the quick check went)
      else if (focusFirstQuestion.current) panel.querySelector<HTMLElement>('nav button:last-child')?.focus({ preventScroll: true });
    }
    focusFirstQuestion.current = false;
  }, [shownStepId]);

  if (ordered.length === 0) {
    return <p className="side-hint">{t('side.noSteps')}</p>;
  }
  if (!step || !score) {
    return (
      <div className="side-hint">
        <p>{t('side.selectHint')}</p>
        <Button
          variant="primary"
          onClick={() => {
            focusFirstQuestion.current = true;
            onSelectStep(ordered[0].id);
          }}
        >
          {t('side.start')}
        </Button>
      </div>
    );
  }
  const assessment = assessments.get(step.id) ?? createStepAssessment(processId, step);
  const isLast = index === ordered.length - 1;
  // at the last step, the steps still open: applicable, answered too little for a result (as the
  // figures count them); the first of them is offered unless it is the one shown
  const open = isLast
    ? ordered.filter((candidate) => {
        const candidateScore = scores.get(candidate.id);
        return candidateScore !== undefined && candidateScore.applicable && !isScored(candidateScore);
      })
    : [];
  const firstOpen = open[0] === step ? undefined : open[0];
  return (
    <div ref={panelRef}>
      <ScorePanel
        step={step}
        assessment={assessment}
        score={score}
        catalogue={catalogue}
        position={{ index: index + 1, total: ordered.length }}
        methodHref={methodHref}
        onChange={updateAssessment}
        onRename={(name) => onRenameStep(step.id, name)}
        diagramEditPending={diagramEditPending}
        onPrevious={index > 0 ? () => onSelectStep(ordered[index - 1].id) : undefined}
        onNext={isLast ? undefined : () => onSelectStep(ordered[index + 1].id)}
        walkEnd={
          isLast
            ? {
                openCount: open.length,
                firstOpen: firstOpen && {
                  id: firstOpen.id,
                  name: firstOpen.name,
                  onGo: () => {
                    focusFirstQuestion.current = true;
                    onSelectStep(firstOpen.id);
                  },
                },
                onShowFigures,
                quantitiesLacking: figures.withQuantitiesCount < figures.applicableCount,
                assessed: status === 'assessed',
                onMarkAssessed: readOnly ? undefined : () => updateProcess(processId, { status: 'assessed' }),
              }
            : undefined
        }
      />
    </div>
  );
}
