// "Entfernte Schritte": answers of steps that left the file (none of its diagrams holds them any
// more; steps of the file's other diagrams are not listed). They are kept (undo in the diagram
// brings them back while the process is open), given on request to a step of the diagram that
// holds nothing yet (the step drawn anew, once undo cannot bring it back), and deleted only when
// the user asks; both after a confirmation. In a tab that only reads they are listed and cannot be
// moved or deleted there.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { holdsOnlyPresets } from '../../domain/assessment';
import type { StepAssessment } from '../../domain/assessment';
import { useAppActions, useAppStore } from '../../state/AppStoreProvider';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { SelectField } from '../../ui/SelectField';
import { useReadOnly } from '../../ui/readOnly';
import { stepLabel } from '../assessment/stepLabel';

/** a removed step by the last name it had, or its element id */
function removedStepName(record: StepAssessment): string {
  return record.lastKnownName?.trim() || record.stepId;
}

interface Adoption {
  orphan: StepAssessment;
  targetId: string;
  targetName: string;
}

/**
 * The list of removed steps with their choices and confirmations; mounted only while there are
 * any, so that an answer given elsewhere does not look for steps to take answers meanwhile.
 */
function RemovedStepsList({ orphaned, onAdopted }: { orphaned: StepAssessment[]; onAdopted: (message: string) => void }) {
  const { t } = useTranslation('editor');
  const steps = useAppStore((state) => state.document.steps);
  const assessments = useAppStore((state) => state.document.assessments);
  const { purgeOrphaned, adoptOrphaned } = useAppActions();
  const readOnly = useReadOnly();
  const [purging, setPurging] = useState<StepAssessment | null>(null);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [adopting, setAdopting] = useState<Adoption | null>(null);
  const titleId = useId();
  /** the diagram's steps with nothing recorded, in the store's order: only they take a removed step's answers */
  const targets = useMemo(
    () =>
      steps
        .filter((step) => {
          const record = assessments.get(step.id);
          return record !== undefined && holdsOnlyPresets(record, step.type);
        })
        .map((step) => ({ id: step.id, name: stepLabel(t, step.name, step.id) })),
    [steps, assessments, t],
  );
  return (
    <section className="orphaned-steps" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('orphaned.title', { count: orphaned.length })}</h2>
      <p className="orphaned-steps__text">{t('orphaned.text', { count: orphaned.length })}</p>
      {targets.length === 0 ? <p className="orphaned-steps__text">{t('orphaned.noTarget')}</p> : null}
      <ul className="orphaned-steps__list">
        {orphaned.map((record) => {
          const name = removedStepName(record);
          const target = targets.find((candidate) => candidate.id === chosen[record.stepId]);
          return (
            <li key={record.stepId}>
              <span className="orphaned-steps__name">{name}</span>
              {targets.length > 0 ? (
                <>
                  <SelectField
                    className="orphaned-steps__target"
                    label={t('orphaned.adoptLabel')}
                    ariaLabel={t('orphaned.adoptTarget', { name })}
                    value={target?.id ?? ''}
                    options={[{ value: '', label: t('orphaned.adoptChoose') }, ...targets.map((candidate) => ({ value: candidate.id, label: candidate.name }))]}
                    disabled={readOnly}
                    onChange={(targetId) => setChosen((current) => ({ ...current, [record.stepId]: targetId }))}
                  />
                  <Button
                    size="small"
                    variant="quiet"
                    disabled={readOnly || !target}
                    onClick={() => target && setAdopting({ orphan: record, targetId: target.id, targetName: target.name })}
                    aria-label={t('orphaned.adoptOf', { name })}
                  >
                    {t('orphaned.adopt')}
                  </Button>
                </>
              ) : null}
              <Button size="small" variant="quiet" onClick={() => setPurging(record)} disabled={readOnly} aria-label={t('orphaned.purgeOf', { name })}>
                {t('orphaned.purge')}
              </Button>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={adopting !== null}
        title={t('orphaned.adoptTitle')}
        message={adopting ? t('orphaned.adoptText', { name: removedStepName(adopting.orphan), target: adopting.targetName }) : ''}
        confirmLabel={t('orphaned.adoptAction')}
        onCancel={() => setAdopting(null)}
        onConfirm={() => {
          if (adopting) {
            adoptOrphaned(adopting.orphan.stepId, adopting.targetId);
            onAdopted(t('orphaned.adopted', { name: removedStepName(adopting.orphan), target: adopting.targetName }));
          }
          setAdopting(null);
        }}
      />
      <ConfirmDialog
        open={purging !== null}
        title={t('orphaned.confirmTitle')}
        message={purging ? t('orphaned.confirmText', { name: removedStepName(purging) }) : ''}
        confirmLabel={t('orphaned.confirmAction')}
        danger
        onCancel={() => setPurging(null)}
        onConfirm={() => {
          if (purging) purgeOrphaned([purging.stepId]);
          setPurging(null);
        }}
      />
    </section>
  );
}

export function OrphanedSteps() {
  const orphaned = useAppStore((state) => state.document.orphaned);
  const [adopted, setAdopted] = useState('');
  // the status stays in place when the list goes, so that the last move is still announced
  return (
    <>
      {orphaned.length === 0 ? null : <RemovedStepsList orphaned={orphaned} onAdopted={setAdopted} />}
      <p role="status" className="visually-hidden">
        {adopted}
      </p>
    </>
  );
}
