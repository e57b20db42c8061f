// The live result of one step: DS, AS and EI with their values or "unvollständig" (never a number
// that looks final when too little is answered), effort band, feasibility gate, "nur Assistenz",
// priority, hours saved (or, without it, which of the quantities it needs are missing),
// recommendation and completeness, with units and sensible rounding. Under them, while the priority
// rests on an estimated ease (after the quick check alone), a hint says that this is normal and that
// the ease comes from the optional detailed assessment, and, given the method page, a link to it
// says how these values are worked out. The recommendation is a polite live region
// saying "Empfehlung: …" once for each step shown and for each change of it, never for an answer
// that leaves it as it was.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Level, Quantities } from '../../domain/assessment';
import { benefitGap } from '../../domain/benefitGap';
import { priorityOnEstimatedEase } from '../../domain/scoring';
import type { Score, StepScore } from '../../domain/scoreTypes';
import { formatEuro, formatFte, formatHours, formatScore, formatShare } from '../../i18n/figureFormats';
import type { UiLanguage } from '../../i18n/uiLocale';
import { effortKey, methodKeys, recommendationKey } from './methodKeys';
import { missingQuantitiesText } from '../../i18n/missingQuantitiesText';
import '../../ui/visuallyHidden.css';

export interface ResultBoxProps {
  /** the step's score; the recommendation is announced anew when its step changes, also if it is the same */
  score: StepScore;
  /** the step's quantities: without a benefit, the result says which of those it needs are missing */
  quantities: Quantities;
  language: UiLanguage;
  /** the workspace's AS cap for steps with discretion, 0–100 */
  discretionCap: number;
  /** the workspace's feasibility gate: Sp or Sa at or below this level → "stabilise first" */
  gateMaxLevel: Level;
  /** the method page, which says how each value is worked out; no link without it */
  methodHref?: string;
}

export function ResultBox({ score, quantities, language, discretionCap, gateMaxLevel, methodHref }: ResultBoxProps) {
  const { t } = useTranslation(['assessment', 'method']);
  const headingId = useId();
  const { metrics, flags } = methodKeys;

  const incomplete = (completeness: number) =>
    t('result.incomplete', { incomplete: t(flags.incomplete), answered: formatShare(completeness, language) });

  const scoreText = (value: Score, unit: 'points' | 'percent'): string => {
    if (value.value === null || value.incomplete) return incomplete(value.completeness);
    return t(unit === 'points' ? 'result.points' : 'result.percent', { value: formatScore(value.value, language, value.decimals) });
  };

  const easeText = (): string => {
    const text = scoreText(score.ei, 'points');
    return score.effort && !score.ei.incomplete ? `${text} · ${t(effortKey(score.effort))}` : text;
  };

  const priorityText = (): string => {
    if (score.automated) return t(flags.alreadyAutomated);
    if (score.recommendation === 'open' || score.priorityIndex === null) return incomplete(score.completeness);
    const parts = [t('result.points', { value: formatScore(score.priorityIndex, language) })];
    if (score.priorityHours !== null) parts.push(t('result.hoursPerYear', { value: formatHours(score.priorityHours, language) }));
    const text = parts.join(' · ');
    return score.easeEstimated ? `${text} (${t(flags.easeEstimated)})` : text;
  };

  const benefitText = (): string => {
    const benefit = score.benefit;
    if (benefit === null) {
      const gap = benefitGap(quantities);
      return gap?.kind === 'missing' ? t('result.quantitiesMissing', { missing: missingQuantitiesText(t, language, gap.fields) }) : t('result.noQuantities');
    }
    const text = t('result.benefit', {
      saved: formatHours(benefit.hoursSaved, language),
      today: formatHours(benefit.hoursPerYear, language),
      fte: formatFte(benefit.fteSaved, language),
      cost: formatEuro(benefit.costSaved, language),
    });
    return !score.automated && score.as.incomplete ? `${text} (${t('result.provisional')})` : text;
  };

  const rows: [label: string, value: string][] = [
    [t(metrics.DS), scoreText(score.ds, 'points')],
    [t(metrics.AS), score.automated ? t(flags.alreadyAutomated) : scoreText(score.as, 'percent')],
    [t(metrics.EI), easeText()],
    [t(metrics.priority), priorityText()],
    [t(metrics.hoursSaved), benefitText()],
  ];

  return (
    <section className="score-result" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('result.heading')}</h3>
      {!score.applicable ? (
        <p className="score-result__note">{t('result.notApplicable')}</p>
      ) : (
        <>
          {score.stabiliseFirst && (
            <p className="score-result__warning">
              <span aria-hidden="true">⚠ </span>
              <strong>{t(flags.stabiliseFirst)}.</strong> {t('result.stabiliseFirstReason', { level: gateMaxLevel })}
            </p>
          )}
          {score.assistOnly && (
            <p className="score-result__notice">
              {t('result.assistOnly', { cap: formatScore(discretionCap, language) })}
            </p>
          )}
          <dl className="score-result__list">
            {rows.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
            <div>
              <dt>{t(metrics.recommendation)}</dt>
              <dd>
                {/* says what it is, and anew for each step: the region stays, its content is new per step;
                    read whole, not only the changed word */}
                <span role="status" aria-atomic="true">
                  <span key={score.stepId}>
                    <span className="visually-hidden">{t(metrics.recommendation)}: </span>
                    {t(recommendationKey(score.recommendation))}
                  </span>
                </span>
              </dd>
            </div>
            <div>
              <dt>{t(metrics.completeness)}</dt>
              <dd>{formatShare(score.completeness, language)}</dd>
            </div>
          </dl>
          {priorityOnEstimatedEase(score) && (
            <p className="score-result__hint">
              {t('result.easeFromDetails', { detailed: t(methodKeys.sections.detailed), incomplete: t(flags.incomplete) })}
            </p>
          )}
          {methodHref ? (
            <p className="score-result__method">
              <a href={methodHref}>{t('result.methodLink')}</a>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
