// The filters above the steps table, memoised: text search (over the sub-process too, where the
// diagram has any), lane and recommendation, each with a visible label, and a live status: the
// count of the steps shown, after a note on a step that an edit took out of the filtered rows or
// out of its sorted place.
import { memo } from 'react';
import type { TFunction } from 'i18next';
import type { Recommendation } from '../../domain/scoreTypes';
import { noLaneFilter, recommendationOrder } from './stepsPipeline';
import type { StepFilters } from '../../state/appState';

export interface LaneChoices {
  /** lane names in alphabetical order */
  named: string[];
  /** some step lies outside any lane */
  unnamed: boolean;
}

export interface StepsTableFiltersProps {
  t: TFunction;
  filters: StepFilters;
  lanes: LaneChoices;
  /** the diagram has steps in sub-processes: the search names them among what it looks through */
  withParent: boolean;
  onFilter: (change: Partial<StepFilters>) => void;
  shown: number;
  total: number;
  /** said before the count, e.g. that an edited step no longer matches the filters */
  note?: string;
}

function StepsTableFiltersView({ t, filters, lanes, withParent, onFilter, shown, total, note }: StepsTableFiltersProps) {
  return (
    <div className="steps-table__filters" role="search" aria-label={t('table:filters.label')}>
      <label className="steps-table__filter steps-table__filter--text">
        <span>{t('table:filters.text')}</span>
        <input
          type="search"
          value={filters.text}
          placeholder={t(withParent ? 'table:filters.textPlaceholderWithParent' : 'table:filters.textPlaceholder')}
          onChange={(event) => onFilter({ text: event.target.value })}
        />
      </label>
      <label className="steps-table__filter">
        <span>{t('table:filters.lane')}</span>
        <select value={filters.lane} onChange={(event) => onFilter({ lane: event.target.value })}>
          <option value="">{t('table:filters.allLanes')}</option>
          {lanes.named.map((lane) => (
            <option key={lane} value={lane}>
              {lane}
            </option>
          ))}
          {lanes.unnamed && <option value={noLaneFilter}>{t('table:filters.noLane')}</option>}
        </select>
      </label>
      <label className="steps-table__filter">
        <span>{t('table:filters.recommendation')}</span>
        <select value={filters.recommendation} onChange={(event) => onFilter({ recommendation: event.target.value as Recommendation | '' })}>
          <option value="">{t('table:filters.allRecommendations')}</option>
          {recommendationOrder.map((recommendation) => (
            <option key={recommendation} value={recommendation}>
              {t(`method:recommendations.${recommendation}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="steps-table__count" role="status">
        {note === undefined ? t('table:rowCount', { shown, total }) : `${note} ${t('table:rowCount', { shown, total })}`}
      </p>
    </div>
  );
}

export const StepsTableFilters = memo(StepsTableFiltersView);
