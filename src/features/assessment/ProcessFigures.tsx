// The process-figures of one process: hours of work per year today and saved (with FTE and EUR), the
// hours-weighted automation potential, media breaks in total ("noch nicht erfasst" while no step has
// answered the question, never 0) and where they occur, the steps whose quantities are begun but
// lack what the hours need (and what that is), up to five steps
// of highest priority (the heading counts those listed; it says which priority basis ranks them),
// and the ease / benefit matrix, whose points carry the same rank numbers as that list. In a file of
// several diagrams the figures are those of the diagram shown, and say so. They name the version of
// the criteria catalogue they are computed with, and the earlier one that last scored the process.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Step, StepAssessment } from '../../domain/assessment';
import { benefitGap, type RequiredQuantity } from '../../domain/benefitGap';
import { inProcessOrder } from '../../domain/scoring';
import type { ProcessFigures as ProcessFiguresData, StepScore } from '../../domain/scoreTypes';
import type { DiagramScope } from '../../export/reportInput';
import { formatEuro, formatFte, formatHours, formatScore, formatShare } from '../../i18n/figureFormats';
import type { UiLanguage } from '../../i18n/uiLocale';
import { MatrixChart } from './MatrixChart';
import { methodKeys, recommendationKey } from './methodKeys';
import { stepLabel } from './stepLabel';
import { missingQuantitiesText } from '../../i18n/missingQuantitiesText';
import './assessment.css';

export interface ProcessFiguresProps {
  figures: ProcessFiguresData;
  steps: Step[];
  scores: ReadonlyMap<string, StepScore>;
  /** the steps' records: their quantities say what an applicable step without hours still lacks */
  assessments?: ReadonlyMap<string, StepAssessment>;
  onSelectStep?: (id: string) => void;
  language: UiLanguage;
  /** set when the file holds several diagrams: the figures cover only the one shown */
  diagramScope?: DiagramScope;
  /** the method page, which says how each figure is computed; no link without it */
  methodHref?: string;
  /** the version of the workspace's criteria catalogue the figures are computed with */
  catalogueVersion: number;
  /** the catalogue version that last scored the process (its last answer); unset while none was given */
  lastScoredVersion?: number;
}

const topCount = 5;

function StepName({ id, name, onSelectStep }: { id: string; name: string; onSelectStep?: (id: string) => void }) {
  return onSelectStep ? (
    <button type="button" className="assessment-link" onClick={() => onSelectStep(id)}>
      {name}
    </button>
  ) : (
    <span>{name}</span>
  );
}

/** The applicable steps, in process order, whose quantities are begun but lack what their hours need. */
function stepsLackingQuantities(steps: readonly Step[], scores: ReadonlyMap<string, StepScore>, assessments: ReadonlyMap<string, StepAssessment>) {
  return inProcessOrder(steps).flatMap((step): { id: string; missing: readonly RequiredQuantity[] }[] => {
    const quantities = assessments.get(step.id)?.quantities;
    if (!quantities || !scores.get(step.id)?.applicable) return [];
    const gap = benefitGap(quantities);
    return gap?.kind === 'missing' ? [{ id: step.id, missing: gap.fields }] : [];
  });
}

export function ProcessFigures({ figures, steps, scores, assessments, onSelectStep, language, diagramScope, methodHref, catalogueVersion, lastScoredVersion }: ProcessFiguresProps) {
  const { t } = useTranslation(['assessment', 'method']);
  const headingId = useId();
  const names = useMemo(() => new Map(steps.map((step) => [step.id, stepLabel(t, step.name, step.id)])), [steps, t]);
  const lacking = useMemo(() => (assessments ? stepsLackingQuantities(steps, scores, assessments) : []), [steps, scores, assessments]);
  const withQuantities = figures.withQuantitiesCount;
  const basis = figures.ranking.basis;
  const top = figures.ranking.ranked
    .filter((score) => (basis === 'hours' ? score.priorityHours : score.priorityIndex) !== null)
    .slice(0, topCount);
  const hasHours = withQuantities > 0;
  const provisional = figures.provisionalSavingCount > 0;

  return (
    <section className="process-figures" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('figures.heading')}</h2>
      {diagramScope ? <p className="process-figures__coverage">{t('figures.diagramScope', diagramScope)}</p> : null}
      <p className="process-figures__coverage">
        {t('figures.coverage', {
          count: figures.applicableCount,
          scored: figures.scoredCount,
          withQuantities,
        })}
      </p>
      <p className="process-figures__coverage">
        {lastScoredVersion !== undefined && lastScoredVersion < catalogueVersion
          ? t('figures.catalogueVersionSinceScored', { version: catalogueVersion, scored: lastScoredVersion })
          : t('figures.catalogueVersion', { version: catalogueVersion })}
      </p>

      <dl className="process-figures__list">
        <div>
          <dt>{t(methodKeys.metrics.hoursPerYear)}</dt>
          <dd>
            {hasHours
              ? t('figures.hoursFteCost', {
                  hours: formatHours(figures.hoursPerYear, language),
                  fte: formatFte(figures.fte, language),
                  cost: formatEuro(figures.cost, language),
                })
              : t('figures.noQuantities')}
          </dd>
        </div>
        <div>
          <dt>{t(methodKeys.metrics.hoursSaved)}</dt>
          <dd>
            {hasHours
              ? t('figures.hoursFteCost', {
                  hours: formatHours(figures.hoursSaved, language),
                  fte: formatFte(figures.fteSaved, language),
                  cost: formatEuro(figures.costSaved, language),
                })
              : t('figures.noQuantities')}
            {provisional ? ` (${t('method:flags.provisional')})` : null}
          </dd>
        </div>
        <div>
          <dt>{t(methodKeys.metrics.automationPotential)}</dt>
          <dd>
            {figures.automationPotential === null
              ? t('figures.noQuantities')
              : t('figures.hoursWeighted', { value: formatShare(figures.automationPotential, language) })}
            {provisional && figures.automationPotential !== null ? ` (${t('method:flags.provisional')})` : null}
          </dd>
        </div>
        <div>
          <dt>{t(methodKeys.metrics.mediaBreaks)}</dt>
          <dd>{figures.mediaBreaks === null ? t('figures.notRecorded') : figures.mediaBreaks}</dd>
        </div>
      </dl>
      {provisional ? <p className="process-figures__coverage">{t('figures.provisionalSaving', { count: figures.provisionalSavingCount })}</p> : null}
      {hasHours && withQuantities < figures.applicableCount ? (
        <p className="process-figures__coverage">{t('figures.partialHours', { count: withQuantities, applicable: figures.applicableCount })}</p>
      ) : null}
      {lacking.length > 0 && (
        <>
          <h3>{t('figures.incompleteQuantitiesHeading')}</h3>
          <p className="process-figures__coverage">{t('figures.incompleteQuantitiesText')}</p>
          <ul className="process-figures__steps">
            {lacking.map(({ id, missing }) => (
              <li key={id}>
                <StepName id={id} name={names.get(id) ?? id} onSelectStep={onSelectStep} />{' '}
                {t('figures.incompleteQuantitiesStep', { missing: missingQuantitiesText(t, language, missing) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {methodHref ? (
        <p className="process-figures__coverage">
          <a href={methodHref}>{t('figures.methodLink')}</a>
        </p>
      ) : null}

      {figures.mediaBreakSteps.length > 0 && (
        <>
          <h3>{t('figures.mediaBreakStepsHeading')}</h3>
          <ul className="process-figures__steps">
            {figures.mediaBreakSteps.map((id) => (
              <li key={id}>
                <StepName id={id} name={names.get(id) ?? id} onSelectStep={onSelectStep} />{' '}
                {t('figures.mediaBreakCount', { count: scores.get(id)?.mediaBreaks ?? 0 })}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('figures.topHeading', { count: top.length })}</h3>
      {top.length === 0 ? (
        <p>{t('figures.noRanking')}</p>
      ) : (
        <>
          <p>{t(methodKeys.ranking[basis])}</p>
          <ol className="process-figures__steps">
            {top.map((score) => (
              <li key={score.stepId}>
                <StepName id={score.stepId} name={names.get(score.stepId) ?? score.stepId} onSelectStep={onSelectStep} />{' '}
                {basis === 'hours'
                  ? t('figures.priorityHours', { value: formatHours(score.priorityHours ?? 0, language) })
                  : t('figures.priorityIndex', { value: formatScore(score.priorityIndex ?? 0, language) })}
                {' · '}
                {t(recommendationKey(score.recommendation))}
              </li>
            ))}
          </ol>
        </>
      )}

      <h3>{t('figures.matrixHeading')}</h3>
      <MatrixChart steps={steps} ranking={figures.ranking} language={language} onSelectStep={onSelectStep} />
    </section>
  );
}
