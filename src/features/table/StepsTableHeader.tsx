// The header row of the steps table, memoised: a sort button per column, the sort state as
// aria-sort on the column header and as an arrow beside the label, and the full name of a column
// headed by a short code as the header cell's tooltip. Re-renders when the sorting or the table's
// settings (language, priority basis) change, not when answers do.
import { memo } from 'react';
import { FlexRender } from '@tanstack/react-table';
import type { HeaderGroup, SortingState } from '@tanstack/react-table';
import type { StepRow } from './stepRows';
import type { StepsTableFeatures } from './stepsTableColumns';
import { useStepsTableSettings } from './StepsTableContext';

export interface StepsTableHeaderProps {
  headerGroups: HeaderGroup<StepsTableFeatures, StepRow>[];
  /** the sorting the header shows; the headers read it through their columns */
  sorting: SortingState;
}

function ariaSortOf(sorted: false | 'asc' | 'desc'): 'ascending' | 'descending' | undefined {
  if (sorted === 'asc') return 'ascending';
  if (sorted === 'desc') return 'descending';
  return undefined;
}

function StepsTableHeaderView({ headerGroups }: StepsTableHeaderProps) {
  const settings = useStepsTableSettings();
  return (
    <thead>
      {headerGroups.map((group) => (
        <tr key={group.id} aria-rowindex={1}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            const meta = header.column.columnDef.meta;
            const align = meta?.align ?? 'start';
            return (
              <th
                key={header.id}
                scope="col"
                aria-sort={ariaSortOf(sorted)}
                title={meta?.fullName?.(settings)}
                className={`steps-table__header steps-table__cell--${align} steps-table__cell--${header.column.id}`}
              >
                <button type="button" className="steps-table__sort" onClick={header.column.getToggleSortingHandler()}>
                  <span className="steps-table__sort-label">
                    <FlexRender header={header} />
                  </span>
                  <span className="steps-table__sort-indicator" aria-hidden="true">
                    {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                  </span>
                </button>
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}

export const StepsTableHeader = memo(StepsTableHeaderView);
