// "Entfernte Schritte": answers of steps that left the file (none of its diagrams holds them any
// more; steps of the file's other diagrams are not listed). They are kept (undo in the diagram
// brings them back) and deleted only when the user asks, after a confirmation; in a tab that only
// reads they are listed and cannot be deleted there.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepAssessment } from '../../domain/assessment';
import { useAppActions, useAppStore } from '../../state/AppStoreProvider';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useReadOnly } from '../../ui/readOnly';

/** a removed step by the last name it had, or its element id */
function removedStepName(record: StepAssessment): string {
  return record.lastKnownName?.trim() || record.stepId;
}

export function OrphanedSteps() {
  const { t } = useTranslation('editor');
  const orphaned = useAppStore((state) => state.document.orphaned);
  const { purgeOrphaned } = useAppActions();
  const readOnly = useReadOnly();
  const [purging, setPurging] = useState<StepAssessment | null>(null);
  const titleId = useId();
  if (orphaned.length === 0) return null;
  return (
    <section className="orphaned-steps" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('orphaned.title', { count: orphaned.length })}</h2>
      <p className="orphaned-steps__text">{t('orphaned.text', { count: orphaned.length })}</p>
      <ul className="orphaned-steps__list">
        {orphaned.map((record) => (
          <li key={record.stepId}>
            <span>{removedStepName(record)}</span>
            <Button size="small" variant="quiet" onClick={() => setPurging(record)} disabled={readOnly} aria-label={t('orphaned.purgeOf', { name: removedStepName(record) })}>
              {t('orphaned.purge')}
            </Button>
          </li>
        ))}
      </ul>
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
