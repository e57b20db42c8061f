// One body row of the steps table, memoised: it re-renders only when its own step, assessment or
// score changes, when it moves, or when its selection, tab stop or being kept changes. The TanStack
// row object is left out of the comparison because TanStack rebuilds every row whenever any row's
// data changes; its `original` (the cached StepRow) says whether this row's content did. A row kept
// with the focus though it no longer matches the filters, or out of its sorted place, says so with
// a tag after the name.
//
// Each row has an empty, hidden form that its answer selects belong to (their `form` attribute).
// Chrome's autofill reads every field of a changed control's form after each change, and controls
// outside any form count as one form: without a form per row, every changed answer had it read
// all selects in view (2-4 ms of a loaded machine's main thread; with it about 0.3 ms).
import { memo } from 'react';
import { FlexRender } from '@tanstack/react-table';
import type { Row } from '@tanstack/react-table';
import type { StepRow } from './stepRows';
import type { KeptReason } from './stepsPipeline';
import type { StepsTableFeatures } from './stepsTableColumns';
import { RowTabStopContext, useStepsTableSettings } from './StepsTableContext';

export interface StepsTableRowProps {
  row: Row<StepsTableFeatures, StepRow>;
  /** `row.original`, passed apart so the memo compares the row's content, not TanStack's wrapper */
  data: StepRow;
  /** 0-based position among the sorted, filtered rows */
  position: number;
  selected: boolean;
  /** the row (and its editors) is the table's one tab stop */
  tabStop: boolean;
  /** why the row is kept with the focus (no longer matching the filters, out of its sorted place); null if not */
  kept: KeptReason | null;
  /** the virtualiser's measureElement */
  measure: (element: HTMLTableRowElement | null) => void;
}

function StepsTableRowView({ row, data, position, selected, tabStop, kept, measure }: StepsTableRowProps) {
  const { rowFormId, texts } = useStepsTableSettings();
  const classes = ['steps-table__row'];
  if (selected) classes.push('steps-table__row--selected');
  if (data.assessment?.notApplicable || data.score?.applicable === false) classes.push('steps-table__row--muted');
  if (kept !== null) classes.push('steps-table__row--kept');
  return (
    <tr
      ref={measure}
      className={classes.join(' ')}
      data-index={position}
      data-step-id={row.id}
      aria-rowindex={position + 2}
      aria-selected={selected}
      tabIndex={tabStop ? 0 : -1}
    >
      <RowTabStopContext value={tabStop}>
        {row.getAllCells().map((cell) => {
          const meta = cell.column.columnDef.meta;
          const className = `steps-table__cell steps-table__cell--${meta?.align ?? 'start'} steps-table__cell--${cell.column.id}`;
          return meta?.rowHeader ? (
            <th key={cell.id} scope="row" className={className}>
              <form id={rowFormId(row.id)} hidden />
              {selected && (
                <span className="steps-table__marker" aria-hidden="true">
                  ▸
                </span>
              )}
              <FlexRender cell={cell} />
              {kept !== null && <span className="steps-table__tag steps-table__tag--kept">{kept === 'filters' ? texts.noLongerMatches : texts.notInSortedPlace}</span>}
            </th>
          ) : (
            <td key={cell.id} className={className}>
              <FlexRender cell={cell} />
            </td>
          );
        })}
      </RowTabStopContext>
    </tr>
  );
}

function sameRowProps(previous: StepsTableRowProps, next: StepsTableRowProps): boolean {
  return (
    previous.data === next.data &&
    previous.position === next.position &&
    previous.selected === next.selected &&
    previous.tabStop === next.tabStop &&
    previous.kept === next.kept &&
    previous.measure === next.measure
  );
}

export const StepsTableRow = memo(StepsTableRowView, sameRowProps);
