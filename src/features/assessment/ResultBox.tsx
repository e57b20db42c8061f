// The live score-result of one step: DS, AS and EI with their values or "unvollständig" (never a number
// that looks final when too little is answered), effort band, feasibility gate, "nur Assistenz",
// priority, hours saved, recommendation and completeness, with units and sensible rounding.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Score, StepScore } from '../../domain/scoreTypes';
import { formatEuro, formatFte, formatHours, formatScore, formatShare, type UiLanguage } from './formatters';
import { metricLabelKeys, recommendationKey } from './methodKeys';

export interface ResultBoxProps {
  score: StepScore;
  language: UiLanguage;
  /** the workspace's AS cap for steps with discretion, 0–100 */
  discretionCap: number;
}

export function ResultBox({ score, language, discretionCap }: ResultBoxProps) {
  const { t } = useTranslation(['assessment', 'method']);
  const headingId = useId();

  const scoreText = (value: Score, unit: 'points' | 'percent'): string => {
    if (value.value === null || value.incomplete) {
      return t('result.incomplete', { answered: formatShare(value.completeness, language) });
    }
    return t(unit === 'points' ? 'result.points' : 'result.percent', { value: formatScore(value.value, language) });
  };

  const priorityText = (): string => {
    if (score.automated) return t('result.automated');
    if (score.recommendation === 'open' || score.priorityIndex === null) {
      return t('result.incomplete', { answered: formatShare(score.completeness, language) });
    }
    const parts = [t('result.points', { value: formatScore(score.priorityIndex, language) })];
    if (score.priorityHours !== null) parts.push(t('result.hoursPerYear', { value: formatHours(score.priorityHours, language) }));
    const text = parts.join(' · ');
    return score.easeEstimated ? `${text} (${t('result.easeEstimated')})` : text;
  };

  const asText = score.automated ? t('result.automated') : scoreText(score.as, 'percent');
  const benefit = score.benefit;

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
              {t('result.stabiliseFirst')}
            </p>
          )}
          {score.assistOnly && (
            <p className="score-result__notice">
              <span aria-hidden="true">ⓘ </span>
              {t('result.assistOnly', { cap: formatScore(discretionCap, language) })}
            </p>
          )}
          <dl className="score-result__list">
            <div>
              <dt>{t(metricLabelKeys.DS)}</dt>
              <dd>{scoreText(score.ds, 'points')}</dd>
            </div>
            <div>
              <dt>{t(metricLabelKeys.AS)}</dt>
              <dd>{asText}</dd>
            </div>
            <div>
              <dt>{t(metricLabelKeys.EI)}</dt>
              <dd>
                {scoreText(score.ei, 'points')}
                {score.effort && !score.ei.incomplete && ` · ${t(`result.effort.${score.effort}`)}`}
              </dd>
            </div>
            <div>
              <dt>{t(metricLabelKeys.priority)}</dt>
              <dd>{priorityText()}</dd>
            </div>
            <div>
              <dt>{t(metricLabelKeys.hoursSaved)}</dt>
              <dd>
                {benefit === null
                  ? t('result.noQuantities')
                  : t('result.benefit', {
                      saved: formatHours(benefit.hoursSaved, language),
                      today: formatHours(benefit.hoursPerYear, language),
                      fte: formatFte(benefit.fteSaved, language),
                      cost: formatEuro(benefit.costSaved, language),
                    })}
                {benefit !== null && !score.automated && score.as.incomplete && ` (${t('result.provisional')})`}
              </dd>
            </div>
            <div>
              <dt>{t(metricLabelKeys.recommendation)}</dt>
              <dd>
                <span role="status">{t(recommendationKey(score.recommendation))}</span>
              </dd>
            </div>
            <div>
              <dt>{t(metricLabelKeys.completeness)}</dt>
              <dd>{formatShare(score.completeness, language)}</dd>
            </div>
          </dl>
        </>
      )}
    </section>
  );
}
