// The steps table: a row per step with its quick-check answers (editable in place), scores,
// benefit, priority, recommendation and completeness, and, in a diagram with sub-processes, the
// sub-process each step is in (steps of the same name told apart); sortable by every column,
// filterable by lane, recommendation and text, windowed for thousands of rows. Presentational: it
// reads props and reports selection and answers through callbacks. Also the keyboard and
// screen-reader way to assess a process: a grid whose rows are one roving tab stop (arrow keys,
// Home/End, Page Up/Down move; Enter or Space selects; Right arrow enters the row's answers, Escape
// returns to the row).
// On an answer the same keys move between cells (Left and Right along the row, Left from the first
// answer back to the row; the others along the column) and never change it: a closed select would
// step its value with them and the change is saved at once. A digit answers, Alt+Down opens the
// list. When an edit takes the focused row out of the filtered rows, or changes the value the rows
// are sorted by, the row stays where it is, marked, with the focus and its answers in it, and the
// status above the table says it goes, or moves to its sorted place, once left; it does when the
// focus leaves the row (for another row or out of the table). The focus never moves to another
// step's row by itself. In a tab that only reads, the answers are shown as values, not selects:
// the rows are walked, sorted, filtered and selected as ever, and the keyboard help says where the
// answers can be changed. A sort the user chooses is said in a polite live region ("Sortiert nach
// Vollständigkeit, absteigend"); a header's sort button that gets the focus is scrolled wholly into
// view beside the sticky step column (headerInView).
import { useCallback, useId, useLayoutEffect, useEffect, useMemo, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { functionalUpdate, useTable } from '@tanstack/react-table';
import type { SortingState, Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { stepTypes } from '../../domain/assessment';
import type { Step, StepAssessment } from '../../domain/assessment';
import { buildingBlocks } from '../../domain/criteria';
import type { QuickCode } from '../../domain/criteria';
import type { StepScore } from '../../domain/scoreTypes';
import { inProcessOrder } from '../../domain/scoring';
import { benchMark } from '../../bpmn/benchMark';
import { nameInParent } from '../../export/stepText';
import { numberFormat } from '../../i18n/numberFormat';
import { formatHours } from '../../i18n/figureFormats';
import type { StepFilters, StepTableView } from '../../state/appState';
import { stepLabel } from '../assessment/stepLabel';
import { createKeptRowCache, createStepsPipelineCache, keepFocusedRow, noFilters, noLaneFilter, showStepRows, sortingOf } from './stepsPipeline';
import { createStepRowCache, deriveStepRows, stepPosition } from './stepRows';
import type { StepRow, StepRowLabels } from './stepRows';
import { stepsTableTexts } from './stepsTableTexts';
import { stepsTableFeatures, stepsTableLayout } from './stepsTableColumns';
import { StepsTableContext } from './StepsTableContext';
import type { AnswerHandler, StepsTableSettings } from './StepsTableContext';
import { StepsTableFilters } from './StepsTableFilters';
import type { LaneChoices } from './StepsTableFilters';
import { StepsTableHeader } from './StepsTableHeader';
import { StepsTableRow } from './StepsTableRow';
import { keepHeaderInView } from './headerInView';
import { estimateRowHeight, measureRowWithFallback, observeRectWithFallback, stickyHeaderHeight } from './virtualWindow';
import { useReadOnly } from '../../ui/readOnly';
import '../../ui/visuallyHidden.css';
import './table.css';

export interface StepsTableProps {
  /** the diagram's steps, in any order; shown in process order until a column is sorted */
  steps: Step[];
  assessments: ReadonlyMap<string, StepAssessment>;
  scores: ReadonlyMap<string, StepScore>;
  selectedStepId?: string;
  onSelect: (stepId: string) => void;
  onAnswer: (stepId: string, code: QuickCode, value: number | undefined) => void;
  language: 'de' | 'en';
  /**
   * The label of a building block id; defaults to the catalogue's label. Pass a stable function:
   * a new one re-derives every row.
   */
  buildingBlockLabel?: (id: string) => string;
  /** the filters and sort to start with (a lane the steps do not have filters nothing) */
  view?: StepTableView;
  /** called with the filters and sort whenever the user changes them */
  onViewChange?: (view: StepTableView) => void;
}

const noSorting: SortingState = [];

/** rows moved by Page Up / Page Down */
const pageRows = 10;

/** the cells that take the focus within a row: its answer selects */
const editorSelector = '.steps-table__answer';

/** a place for the focus: a row, or one of its editors by its position in the row */
interface FocusCell {
  stepId: string;
  editor: number | null;
}

function editorsOf(row: HTMLTableRowElement): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>(editorSelector)];
}

function focusCell(row: HTMLTableRowElement, editor: number | null): void {
  (editor === null ? row : (editorsOf(row)[editor] ?? row)).focus();
}

/** The row a key moves to from `position`, or undefined for a key that does not move. */
function rowMovedTo(key: string, position: number, last: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
      return position + 1;
    case 'ArrowUp':
      return position - 1;
    case 'PageDown':
      return position + pageRows;
    case 'PageUp':
      return position - pageRows;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

function rowIdOf(row: StepRow): string {
  return row.step.id;
}

function catalogueBlockLabel(t: TFunction, id: string): string {
  const block = buildingBlocks.find((candidate) => candidate.id === id);
  return block ? t(block.labelKey, { defaultValue: id }) : id;
}

function rowElement(body: HTMLTableSectionElement | null, stepId: string): HTMLTableRowElement | undefined {
  if (!body) return undefined;
  for (const row of body.rows) {
    if (row.dataset.stepId === stepId) return row;
  }
  return undefined;
}

export function StepsTable({ steps, assessments, scores, selectedStepId, onSelect, onAnswer, language, buildingBlockLabel, view, onViewChange }: StepsTableProps) {
  const { t } = useTranslation(['table', 'method'], { lng: language });
  const readOnly = useReadOnly();

  // answers reach the cells through a callback that never changes, so rows stay memoised
  const onAnswerRef = useRef(onAnswer);
  useLayoutEffect(() => {
    onAnswerRef.current = onAnswer;
  });
  const answer = useCallback<AnswerHandler>((stepId, code, value) => onAnswerRef.current(stepId, code, value), []);

  const orderedSteps = useMemo(() => inProcessOrder(steps), [steps]);
  const labels = useMemo<StepRowLabels>(() => {
    const typeLabels = new Map(stepTypes.map((type) => [type, t(`table:stepType.${type.slice('bpmn:'.length)}`)]));
    const blockLabels = new Map<string, string>();
    const blockLabel =
      buildingBlockLabel ??
      ((id: string) => {
        let label = blockLabels.get(id);
        if (label === undefined) {
          label = catalogueBlockLabel(t, id);
          blockLabels.set(id, label);
        }
        return label;
      });
    return { typeLabel: (type) => typeLabels.get(type) ?? type, blockLabel };
  }, [t, buildingBlockLabel]);
  const [rowCache] = useState(createStepRowCache);
  const derived = useMemo(
    () => deriveStepRows(orderedSteps, assessments, scores, labels, rowCache),
    [orderedSteps, assessments, scores, labels, rowCache],
  );
  const { rows: data, priorityBasis } = derived;
  const texts = useMemo(() => stepsTableTexts(t), [t]);
  const formIdPrefix = useId();

  const settings = useMemo<StepsTableSettings>(
    () => ({
      t,
      texts,
      language,
      integer: numberFormat(language, { maximumFractionDigits: 0 }),
      hours: (value) => formatHours(value, language),
      percent: numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }),
      priorityBasis,
      onAnswer: answer,
      stepName: (step) => stepLabel(t, step.name, step.id),
      spokenStepName: (step) => nameInParent(t, stepLabel(t, step.name, step.id), step.parent),
      rowFormId: (stepId) => `${formIdPrefix}-${stepId}`,
    }),
    [t, texts, language, priorityBasis, answer, formIdPrefix],
  );

  const [chosenFilters, setFilters] = useState<StepFilters>(view?.filters ?? noFilters);
  // the step whose row has the focus (in the row or one of its answers): its row stays where it is
  // though an edit takes it out of the filtered rows or changes its sort value, until the focus
  // leaves it
  const [focusRowId, setFocusRowId] = useState<string>();
  const filterBy = useCallback((change: Partial<StepFilters>) => {
    setFilters((previous) => ({ ...previous, ...change }));
    setFocusRowId(undefined);
  }, []);
  const [chosenSorting, setSorting] = useState<SortingState>(() => sortingOf(view?.sort ?? null));
  const onViewChangeRef = useRef(onViewChange);
  useLayoutEffect(() => {
    onViewChangeRef.current = onViewChange;
  });
  useEffect(() => {
    const sort = chosenSorting[0];
    onViewChangeRef.current?.({ filters: chosenFilters, sort: sort ? { id: sort.id, desc: sort.desc } : null });
  }, [chosenFilters, chosenSorting]);

  // the "Teilprozess" column only for a diagram with steps in sub-processes; a sort by it chosen
  // before (kept over a reload) sorts nothing while the table does not have it
  const withParent = useMemo(() => orderedSteps.some((step) => step.parent), [orderedSteps]);
  const layout = stepsTableLayout(withParent);
  const sorting = withParent || chosenSorting[0]?.id !== 'parent' ? chosenSorting : noSorting;
  // what the live region says once the user sorts: the new order, as many screen readers do not
  // read a change of aria-sort on the header button that has the focus. Empty until then, so a
  // sort kept over a reload is not announced.
  const [sortNote, setSortNote] = useState('');
  const sortBy = (updater: Updater<SortingState>) => {
    const next = functionalUpdate(updater, sorting);
    setSorting(next);
    const sort = next.at(0);
    if (sort === undefined) {
      setSortNote(t('table:sort.none'));
      return;
    }
    const name = layout.columns.find((column) => column.id === sort.id)?.meta?.name(settings) ?? sort.id;
    setSortNote(t(sort.desc ? 'table:sort.descending' : 'table:sort.ascending', { column: name }));
  };

  const lanes = useMemo<LaneChoices>(() => {
    const named = new Set<string>();
    let unnamed = false;
    for (const step of orderedSteps) {
      if (step.lane) named.add(step.lane);
      else unnamed = true;
    }
    return { named: [...named].sort((a, b) => a.localeCompare(b, language)), unnamed };
  }, [orderedSteps, language]);
  // a lane chosen before (kept over a reload) that no step is in any more filters nothing
  const laneOffered = chosenFilters.lane === '' || (chosenFilters.lane === noLaneFilter ? lanes.unnamed : lanes.named.includes(chosenFilters.lane));
  const filters = useMemo(() => (laneOffered ? chosenFilters : { ...chosenFilters, lane: '' }), [chosenFilters, laneOffered]);
  const [pipelineCache] = useState(createStepsPipelineCache);
  const filtered = useMemo(() => showStepRows(derived, filters, sorting, pipelineCache), [derived, filters, sorting, pipelineCache]);
  // the focused step's row, found by its position in process order (the rows' order), from the row
  // cache's map of positions, made when first asked for, not on every change of the diagram
  const focusedPosition = focusRowId === undefined ? undefined : stepPosition(rowCache, focusRowId);
  const focusedRow = focusedPosition === undefined ? undefined : data[focusedPosition];
  const [keptRowCache] = useState(createKeptRowCache);
  const shown = useMemo(() => keepFocusedRow(filtered, focusedRow, keptRowCache), [filtered, focusedRow, keptRowCache]);
  const shownRows = shown.rows;
  // the row kept where it is though it no longer passes the filters or belongs elsewhere in the order
  const kept = shown.kept;

  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  // the same function while no row moves: a new one makes the virtualiser re-measure every row
  const shownIds = shown.ids;
  const getItemKey = useCallback((index: number) => shownIds[index], [shownIds]);
  // The project does not run the React Compiler; rows are memoised by hand and get only the
  // virtualiser's measureElement, a method bound once per virtualiser instance.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: shownRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: estimateRowHeight,
    getItemKey,
    // rows beyond the visible ones on each side: with 8, almost half of the rendered rows (and their
    // answer selects) were out of view, and every jump to a step selected on the canvas rendered them
    overscan: 3,
    scrollPaddingStart: stickyHeaderHeight,
    observeElementRect: observeRectWithFallback,
    measureElement: measureRowWithFallback,
  });
  const windowItems = virtualizer.getVirtualItems();
  const firstShown = windowItems.length > 0 ? windowItems[0].index : 0;
  const lastShown = windowItems.length > 0 ? windowItems[windowItems.length - 1].index : -1;
  const paddingTop = windowItems.length > 0 ? windowItems[0].start : 0;
  // before the viewport is measured no row is in view: the spacer alone gives the scroller its
  // full height, so the first measurement already sees the viewport the rows will fill
  const paddingBottom = windowItems.length > 0 ? virtualizer.getTotalSize() - windowItems[windowItems.length - 1].end : virtualizer.getTotalSize();

  // TanStack Table gets the rows in view, already sorted: it owns the sorting state, the column
  // model and cell rendering (see stepsPipeline for why it does not sort all rows itself)
  const windowRows = useMemo(() => shownRows.slice(firstShown, lastShown + 1), [shownRows, firstShown, lastShown]);
  const table = useTable({
    features: stepsTableFeatures,
    columns: layout.columns,
    data: windowRows,
    getRowId: rowIdOf,
    state: { sorting },
    onSortingChange: sortBy,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: true,
  });
  const tableRows = table.getRowModel().rows;
  const leafColumns = table.getAllLeafColumns();

  // `npm run bench` waits for this mark once rows show new data (docs/benchmarks.md)
  const hasRows = tableRows.length > 0;
  useLayoutEffect(() => {
    if (!hasRows) return;
    benchMark('pl:table:painted');
  }, [data, hasRows]);

  // roving tab stop: the row last moved to, selected from outside, clicked or focused
  const [activeRowId, setActiveRowId] = useState(selectedStepId);
  const [seenSelection, setSeenSelection] = useState(selectedStepId);
  if (selectedStepId !== seenSelection) {
    setSeenSelection(selectedStepId);
    if (selectedStepId !== undefined) setActiveRowId(selectedStepId);
  }
  const activeIsShown = windowRows.some((row) => row.step.id === activeRowId);
  const tabStopId = activeIsShown ? activeRowId : windowRows[0]?.step.id;

  // a cell moved to by keyboard whose row was not rendered yet gets focus once it is
  const pendingFocusRef = useRef<FocusCell | null>(null);
  useLayoutEffect(() => {
    const pending = pendingFocusRef.current;
    if (pending === null) return;
    const element = rowElement(bodyRef.current, pending.stepId);
    if (element) {
      pendingFocusRef.current = null;
      focusCell(element, pending.editor);
    }
  });

  // a selection made elsewhere (the canvas, the score panel) scrolls its row into view once
  const scrolledToRef = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (selectedStepId === undefined || scrolledToRef.current === selectedStepId) return;
    const index = shownRows.findIndex((row) => row.step.id === selectedStepId);
    if (index < 0) return;
    scrolledToRef.current = selectedStepId;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedStepId, shownRows, virtualizer]);

  /** Focuses the cell `editor` (null: the row) of the shown row at `index`, scrolled to if needed. */
  const moveTo = useCallback(
    (index: number, editor: number | null) => {
      if (shownRows.length === 0) return;
      const target = Math.max(0, Math.min(shownRows.length - 1, index));
      const stepId = shownRows[target].step.id;
      setActiveRowId(stepId);
      const element = rowElement(bodyRef.current, stepId);
      if (element) {
        focusCell(element, editor);
      } else {
        pendingFocusRef.current = { stepId, editor };
        virtualizer.scrollToIndex(target, { align: 'auto' });
      }
    },
    [shownRows, virtualizer],
  );

  // The cell that has the focus. An edit in its row no longer takes the row away (it is kept, see
  // focusRowId), but the row can still leave the DOM, its step deleted from the diagram or the row
  // scrolled out of the window, and the browser drops the focus to <body> without a blur: then the
  // focus has left the row, and if the step is gone it goes to the grid, never to another step's row.
  const focusedRef = useRef<{ element: HTMLElement; cell: FocusCell } | null>(null);
  useLayoutEffect(() => {
    const focused = focusedRef.current;
    if (!focused || focused.element.isConnected) return;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    focusedRef.current = null;
    setFocusRowId(undefined);
    if (!shownIds.includes(focused.cell.stepId)) gridRef.current?.focus();
  }, [shownIds]);

  /** Moves from an answer with the grid's keys (see the module comment); true if the key moved. */
  const moveFromEditor = (key: string, row: HTMLTableRowElement, editor: HTMLElement, position: number): boolean => {
    const editors = editorsOf(row);
    const index = editors.indexOf(editor);
    if (key === 'ArrowLeft') {
      (index > 0 ? editors[index - 1] : row).focus();
      return true;
    }
    if (key === 'ArrowRight') {
      editors[Math.min(index + 1, editors.length - 1)].focus();
      return true;
    }
    const target = rowMovedTo(key, position, shownRows.length - 1);
    if (target === undefined) return false;
    moveTo(target, index);
    return true;
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLTableRowElement>('tr[data-step-id]');
    if (!row) return;
    const stepId = row.dataset.stepId ?? '';
    const position = Number(row.dataset.index);
    if (target !== row) {
      if (event.key === 'Escape') {
        event.preventDefault();
        row.focus();
      } else if (!event.altKey && target.matches(editorSelector) && moveFromEditor(event.key, row, target, position)) {
        event.preventDefault();
      }
      return;
    }
    const moved = rowMovedTo(event.key, position, shownRows.length - 1);
    if (moved !== undefined) {
      moveTo(moved, null);
      event.preventDefault();
      return;
    }
    switch (event.key) {
      case 'Enter':
      case ' ':
        onSelect(stepId);
        break;
      case 'ArrowRight':
        row.querySelector<HTMLElement>(editorSelector)?.focus();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const handleClick = (event: MouseEvent<HTMLTableSectionElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLTableRowElement>('tr[data-step-id]');
    const stepId = row?.dataset.stepId;
    if (!stepId) return;
    setActiveRowId(stepId);
    onSelect(stepId);
  };

  const handleFocus = (event: FocusEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    // a header's sort button: the browser's own scrolling leaves it cut off or under the sticky column
    if (scrollRef.current && target.closest('thead')) keepHeaderInView(scrollRef.current, target);
    const row = target.closest<HTMLTableRowElement>('tr[data-step-id]');
    const stepId = row?.dataset.stepId;
    // the focus on another row, a header or the grid lets a kept row go
    setFocusRowId(stepId || undefined);
    if (!row || !stepId) return;
    focusedRef.current = { element: target, cell: { stepId, editor: target === row ? null : editorsOf(row).indexOf(target) } };
    if (stepId !== activeRowId) setActiveRowId(stepId);
  };

  const handleBlur = (event: FocusEvent<HTMLTableElement>) => {
    const next = event.relatedTarget;
    // the focus moves within the table: its focus handler follows it
    if (next instanceof Node && gridRef.current?.contains(next)) return;
    // the window lost the focus (another application): it comes back to the same cell
    if (next === null && !document.hasFocus()) return;
    // the focus left the table: nothing to bring back, and a kept row goes
    focusedRef.current = null;
    setFocusRowId(undefined);
  };

  // the status says that the kept row no longer matches the filters and goes once left, or that it
  // moves to its sorted place once left
  const keptNote =
    kept === undefined || focusedRow === undefined
      ? undefined
      : t(kept.reason === 'filters' ? 'table:keptRow.note' : 'table:keptRow.sortedNote', { step: settings.stepName(focusedRow.step) });

  const columnCount = leafColumns.length;
  // the short codes heading columns, spelled out where everyone sees them (the header's tooltip needs a mouse)
  const codes = leafColumns.flatMap((column) => column.columnDef.meta?.fullName?.(settings) ?? []).join(', ');

  return (
    <StepsTableContext value={settings}>
      <section className="steps-table" lang={language}>
        <StepsTableFilters t={t} filters={filters} lanes={lanes} withParent={withParent} onFilter={filterBy} shown={filtered.rows.length} total={data.length} note={keptNote} />
        <p className="steps-table__hint" id={`${formIdPrefix}-keys`}>
          {t(readOnly ? 'table:keyboardHintReadOnly' : 'table:keyboardHint')}
        </p>
        <p className="steps-table__hint">{t('table:codesHint', { codes })}</p>
        <p className="visually-hidden" aria-live="polite">
          {sortNote}
        </p>
        <div className="steps-table__scroller" ref={scrollRef}>
          <table
            ref={gridRef}
            className="steps-table__grid"
            style={{ width: layout.width }}
            role="grid"
            aria-label={t('table:tableLabel')}
            aria-describedby={`${formIdPrefix}-keys`}
            aria-rowcount={shownRows.length + 1}
            aria-multiselectable="false"
            tabIndex={-1}
            onFocus={handleFocus}
            onBlur={handleBlur}
          >
            <colgroup>
              {leafColumns.map((column) => (
                <col key={column.id} style={{ width: column.columnDef.meta?.width }} />
              ))}
            </colgroup>
            <StepsTableHeader headerGroups={table.getHeaderGroups()} sorting={sorting} />
            <tbody ref={bodyRef} onKeyDown={handleKeyDown} onClick={handleClick}>
              {paddingTop > 0 && (
                <tr aria-hidden="true" className="steps-table__spacer">
                  <td colSpan={columnCount} style={{ height: paddingTop }} />
                </tr>
              )}
              {tableRows.map((row, offset) => (
                <StepsTableRow
                  key={row.id}
                  row={row}
                  data={row.original}
                  position={firstShown + offset}
                  selected={row.id === selectedStepId}
                  tabStop={row.id === tabStopId}
                  kept={row.id === kept?.stepId ? kept.reason : null}
                  measure={virtualizer.measureElement}
                />
              ))}
              {paddingBottom > 0 && (
                <tr aria-hidden="true" className="steps-table__spacer">
                  <td colSpan={columnCount} style={{ height: paddingBottom }} />
                </tr>
              )}
            </tbody>
          </table>
        </div>
        {data.length === 0 && <p className="steps-table__message">{t('table:empty')}</p>}
        {data.length > 0 && filtered.rows.length === 0 && <p className="steps-table__message">{t('table:noMatch')}</p>}
      </section>
    </StepsTableContext>
  );
}
