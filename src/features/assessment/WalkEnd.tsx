// The end of the walk through the steps, shown by the score panel at the last step: how many steps
// are still open (answered too little for a result) with a button to the first of them, or, with
// every step scored, the way on to the process figures ("Kennzahlen") and the report (Exportieren →
// Bericht), where steps lack quantities a word that hours, FTE and euros come from "Mengen und
// Zeiten" in the detailed assessment, and a button that marks the process "bewertet" (or the note
// that it is). It takes the focus from nobody: the buttons come right after "Weiter" in the Tab
// order, and the sentences are a polite status, so the answer that scores the last open step is
// announced.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { methodKeys } from './methodKeys';
import { stepLabel } from './stepLabel';

export interface WalkEndProps {
  /** applicable steps still open, the one shown included */
  openCount: number;
  /** the first open step in process order, unless it is the one shown (its element id and name, may be empty), and the way there */
  firstOpen?: { id: string; name: string; onGo: () => void };
  /** opens the process figures */
  onShowFigures?: () => void;
  /** some applicable steps have no quantities, so the hours, FTE and euros leave them out (or read "keine Mengenangaben") */
  quantitiesLacking?: boolean;
  /** the process's status is "bewertet" */
  assessed?: boolean;
  /** marks the process "bewertet" (absent where it cannot be changed: a tab that only reads) */
  onMarkAssessed?: () => void;
}

export function WalkEnd({ openCount, firstOpen, onShowFigures, quantitiesLacking = false, assessed = false, onMarkAssessed }: WalkEndProps) {
  const { t } = useTranslation(['assessment', 'method']);
  const headingId = useId();
  const allScored = [
    t('walkEnd.allScored'),
    quantitiesLacking ? t('walkEnd.quantitiesForHours', { quantities: t(methodKeys.sections.quantities), detailed: t(methodKeys.sections.detailed) }) : '',
    assessed ? t('walkEnd.markedAssessed') : '',
  ]
    .filter((sentence) => sentence !== '')
    .join(' ');
  const where = openCount === 0 ? allScored : firstOpen ? t('walkEnd.open', { count: openCount }) : t('walkEnd.onlyThisOpen');
  return (
    <section className="score-panel__end" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('walkEnd.heading')}</h3>
      <p role="status">{where}</p>
      {firstOpen ? (
        <button type="button" onClick={firstOpen.onGo}>
          {t('walkEnd.firstOpen', { name: stepLabel(t, firstOpen.name, firstOpen.id) })}
        </button>
      ) : null}
      {openCount === 0 && onShowFigures ? (
        <button type="button" onClick={onShowFigures}>
          {t('walkEnd.showFigures')}
        </button>
      ) : null}
      {openCount === 0 && !assessed && onMarkAssessed ? (
        <button type="button" onClick={onMarkAssessed}>
          {t('walkEnd.markAssessed')}
        </button>
      ) : null}
    </section>
  );
}
