// The steps table's features and column definitions (module level, built once): the value each
// column sorts by (from stepsPipeline), which way it sorts first, its name (as its header's
// button is named, and said when the table is sorted by it), and the header and cell components
// that render it, answers as selects with an accessible name per step and options
// named by their meaning; in a tab that only reads, answers as their values, named by their meaning.
// The "Teilprozess" column, which tells steps of the same name apart, is in the layout only for a
// diagram with steps in sub-processes.
import { useContext } from 'react';
import type { ChangeEvent, KeyboardEvent, ReactNode } from 'react';
import { createColumnHelper, metaHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import type { CellContext } from '@tanstack/react-table';
import type { QuickCode } from '../../domain/criteria';
import { mediaBreaksOrMore } from '../../domain/criteria';
import { benefitGap } from '../../domain/benefitGap';
import { priorityStatus, savingIsProvisional } from '../../domain/scoring';
import { formatScore } from '../../i18n/figureFormats';
import { missingQuantitiesText } from '../../i18n/missingQuantitiesText';
import { finalScoreValue } from './stepRows';
import type { StepRow } from './stepRows';
import { columnValue } from './stepsPipeline';
import type { StepsColumnId, StepsColumnValue } from './stepsPipeline';
import { RowTabStopContext, useStepsTableSettings } from './StepsTableContext';
import type { StepsTableSettings } from './StepsTableContext';
import { useReadOnly } from '../../ui/readOnly';

export interface StepsColumnMeta {
  /** CSS width of the column (table-layout: fixed) */
  width: string;
  align: 'start' | 'end' | 'center';
  /** the column that names the row: rendered as a row header */
  rowHeader?: boolean;
  /** the column's name as its header's button is named, e.g. "Lane" or "Regelbasiert (R)" */
  name: (settings: StepsTableSettings) => string;
  /**
   * For a column headed by a short code: its full name with the code, e.g. "Regelbasiert (R)",
   * the header's tooltip and its name for assistive technology.
   */
  fullName?: (settings: StepsTableSettings) => string;
}

/** Sorting state and column model only: rows arrive sorted and filtered (see stepsPipeline). */
export const stepsTableFeatures = tableFeatures({
  rowSortingFeature,
  columnMeta: metaHelper<StepsColumnMeta>(),
});
export type StepsTableFeatures = typeof stepsTableFeatures;
type StepsCellContext = CellContext<StepsTableFeatures, StepRow, StepsColumnValue>;

// ---- headers -------------------------------------------------------------------------------

/** A column's name by an i18n key: the table's own, or the method's name of a metric. */
function translated(key: string) {
  return ({ t }: StepsTableSettings) => t(key);
}

function priorityName({ t, priorityBasis }: StepsTableSettings): string {
  return t(priorityBasis === 'hours' ? 'method:metrics.priorityHours' : 'method:metrics.priorityIndex');
}

/** A header showing the column's name. */
function plainHeader(name: (settings: StepsTableSettings) => string) {
  return function PlainHeader(): ReactNode {
    return name(useStepsTableSettings());
  };
}

function criterionFullName(code: QuickCode) {
  return ({ t, texts }: StepsTableSettings) => t('table:columns.withCode', { label: texts.criterionName[code], code });
}

function metricFullName(code: 'DS' | 'AS' | 'EI') {
  return ({ t }: StepsTableSettings) => t('table:columns.withCode', { label: t(`method:metrics.${code}`), code });
}

/**
 * A header showing a short code, named by its full name for assistive technology; the header cell
 * shows the full name as a tooltip (StepsTableHeader).
 */
function codedHeader(code: string, fullName: (settings: StepsTableSettings) => string) {
  return function CodedHeader(): ReactNode {
    const settings = useStepsTableSettings();
    return (
      <>
        <span className="steps-table__code" aria-hidden="true">
          {code}
        </span>
        <span className="visually-hidden">{fullName(settings)}</span>
      </>
    );
  };
}

// ---- cells ---------------------------------------------------------------------------------

/** A short sign on screen (a dash, a digit), with what it means for screen readers and as its tooltip. */
function Sign({ shown, meaning }: { shown: string; meaning: string }): ReactNode {
  return (
    <>
      <span aria-hidden="true" title={meaning}>
        {shown}
      </span>
      <span className="visually-hidden">{meaning}</span>
    </>
  );
}

/** A dash for "no value", with the reason for screen readers. */
function NoValue({ reason }: { reason: string }): ReactNode {
  return <Sign shown="–" meaning={reason} />;
}

function Incomplete(): ReactNode {
  const { texts } = useStepsTableSettings();
  return <span className="steps-table__incomplete">{texts.incomplete}</span>;
}

/** After hours (saved, or a priority in hours) that count an incomplete AS as 0: " (vorläufig)". */
function ProvisionalMark(): ReactNode {
  const { texts } = useStepsTableSettings();
  return <span className="steps-table__incomplete"> ({texts.provisional})</span>;
}

function isNotApplicable(row: StepRow): boolean {
  return row.assessment?.notApplicable ?? (row.score ? !row.score.applicable : false);
}

function isAutomated(row: StepRow): boolean {
  return row.assessment?.alreadyAutomated ?? row.score?.automated ?? false;
}

function NameCell({ row }: StepsCellContext): ReactNode {
  const { texts, stepName } = useStepsTableSettings();
  const data = row.original;
  return (
    <>
      <span className="steps-table__name">{stepName(data.step)}</span>
      {isNotApplicable(data) && <span className="steps-table__tag">{texts.notApplicable}</span>}
      {isAutomated(data) && <span className="steps-table__tag">{texts.alreadyAutomated}</span>}
    </>
  );
}

/** The enclosing sub-process's name; a dash for a step on the top level, said as such to screen readers. */
function ParentCell({ getValue }: StepsCellContext): ReactNode {
  const { texts } = useStepsTableSettings();
  const parent = getValue();
  return parent ? parent : <NoValue reason={texts.topLevel} />;
}

function TextCell({ getValue }: StepsCellContext): ReactNode {
  const { texts } = useStepsTableSettings();
  const text = getValue();
  return text ? text : <NoValue reason={texts.none} />;
}

function answerCell(code: QuickCode) {
  return function AnswerCell({ row }: StepsCellContext): ReactNode {
    const { texts, spokenStepName, onAnswer, rowFormId } = useStepsTableSettings();
    const tabStop = useContext(RowTabStopContext);
    const readOnly = useReadOnly();
    const { step, assessment } = row.original;
    const options = texts.answerOptions[code];
    const answer = assessment?.answers[code];
    // Mb is a count; every count of 3 or more is the same answer "3+"
    const selected = answer === undefined ? '' : String(code === 'Mb' ? Math.min(answer, mediaBreaksOrMore) : answer);
    // a tab that only reads shows the answer as the select would, with nothing to choose or focus
    if (readOnly) {
      const chosen = options.find((option) => String(option.value) === selected);
      return chosen ? <Sign shown={chosen.shown} meaning={chosen.name} /> : <NoValue reason={texts.answerNoneName} />;
    }
    const change = (event: ChangeEvent<HTMLSelectElement>) => {
      const value = event.target.value;
      onAnswer(step.id, code, value === '' ? undefined : Number(value));
    };
    // as in the score panel, a digit answers (Mb: 3 to 9 "3+") and Delete or Backspace clears the
    // answer; the arrow keys only move. The select's own type-ahead matched an option's text only
    // (nothing for 4 to 9 in Mb) and ignored a digit typed soon after one that matched nothing.
    const answerByKey = (event: KeyboardEvent<HTMLSelectElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        if (answer !== undefined) onAnswer(step.id, code, undefined);
        return;
      }
      const chosen = options.find((option) => option.keys.includes(event.key));
      if (!chosen) return;
      event.preventDefault();
      if (String(chosen.value) !== selected) onAnswer(step.id, code, chosen.value);
    };
    return (
      <select
        className="steps-table__answer"
        aria-label={texts.answerLabel(code, spokenStepName(step))}
        value={selected}
        onChange={change}
        onKeyDown={answerByKey}
        tabIndex={tabStop ? 0 : -1}
        form={rowFormId(step.id)}
      >
        {/* each option shows its digit and is named by its meaning: Chromium then shows the digit
            in the closed cell and speaks the name (an option's `label` would be spoken instead) */}
        <option value="" aria-label={texts.answerNoneName}>
          {texts.answerNone}
        </option>
        {options.map(({ value, shown, name }) => (
          <option key={value} value={value} aria-label={name}>
            {shown}
          </option>
        ))}
      </select>
    );
  };
}

function scoreCell(metric: 'ds' | 'as' | 'ei') {
  return function ScoreCell({ row }: StepsCellContext): ReactNode {
    const { texts, language } = useStepsTableSettings();
    const { score } = row.original;
    if (!score) return <NoValue reason={texts.notScored} />;
    if (!score.applicable) return <NoValue reason={texts.notApplicable} />;
    if (metric === 'as' && score.automated) return texts.done;
    const value = finalScoreValue(score[metric]);
    return value === undefined ? <Incomplete /> : formatScore(value, language, score[metric].decimals);
  };
}

/** The hours saved, marked provisional while they count an incomplete AS as 0; without them, which of the quantities they need are missing, where some are given. */
function SavedCell({ row }: StepsCellContext): ReactNode {
  const { texts, hours, t, language } = useStepsTableSettings();
  const { score, assessment } = row.original;
  if (!score) return <NoValue reason={texts.notScored} />;
  if (!score.applicable) return <NoValue reason={texts.notApplicable} />;
  if (score.benefit) {
    return (
      <>
        {hours(score.benefit.hoursSaved)}
        {savingIsProvisional(score) ? <ProvisionalMark /> : null}
      </>
    );
  }
  const gap = assessment && benefitGap(assessment.quantities);
  if (gap?.kind !== 'missing') return <NoValue reason={texts.none} />;
  return <span className="steps-table__incomplete">{missingQuantitiesText(t, language, gap.fields)}</span>;
}

function PriorityCell({ row }: StepsCellContext): ReactNode {
  const { texts, integer, hours, priorityBasis } = useStepsTableSettings();
  const { score, priority } = row.original;
  if (!score) return <NoValue reason={texts.notScored} />;
  switch (priorityStatus(score, priorityBasis)) {
    case 'notApplicable':
      return <NoValue reason={texts.notApplicable} />;
    case 'automated':
      return texts.done;
    case 'incomplete':
      return <Incomplete />;
    case 'none':
      return <NoValue reason={texts.none} />;
    case 'value':
      break;
  }
  if (priority === undefined) return <NoValue reason={texts.none} />;
  const text = priorityBasis === 'hours' ? hours(priority) : integer.format(priority);
  // in hours, the priority rests on the hours saved, provisional as they are
  const provisional = priorityBasis === 'hours' && savingIsProvisional(score) ? <ProvisionalMark /> : null;
  if (!score.easeEstimated) {
    return (
      <>
        {text}
        {provisional}
      </>
    );
  }
  const estimated = texts.easeEstimated;
  return (
    <>
      <span aria-hidden="true" title={estimated}>
        ≈&#8239;
      </span>
      {text}
      {provisional}
      <span className="visually-hidden">({estimated})</span>
    </>
  );
}

function RecommendationCell({ row }: StepsCellContext): ReactNode {
  const { texts } = useStepsTableSettings();
  const { score } = row.original;
  if (!score) return <NoValue reason={texts.notScored} />;
  return <span className={`steps-table__recommendation steps-table__recommendation--${score.recommendation}`}>{texts.recommendation[score.recommendation]}</span>;
}

function CompletenessCell({ row }: StepsCellContext): ReactNode {
  const { texts, percent } = useStepsTableSettings();
  const { score } = row.original;
  if (!score) return <NoValue reason={texts.notScored} />;
  return percent.format(score.completeness);
}

// ---- columns -------------------------------------------------------------------------------

const helper = createColumnHelper<StepsTableFeatures, StepRow>();

interface ColumnParts {
  header: () => ReactNode;
  cell: (context: StepsCellContext) => ReactNode;
  /** numbers sort highest first, words from A */
  descFirst: boolean;
  meta: StepsColumnMeta;
}

const column = (id: StepsColumnId, { header, cell, descFirst, meta }: ColumnParts) =>
  helper.accessor(columnValue[id], { id, header, cell, sortDescFirst: descFirst, meta });

/** The parts of a column headed by its name as it is (no short code): the name makes the header. */
type NamedColumnParts = Omit<ColumnParts, 'header' | 'meta'> & { meta: Omit<StepsColumnMeta, 'name'> };

const namedColumn = (id: StepsColumnId, name: (settings: StepsTableSettings) => string, { cell, descFirst, meta }: NamedColumnParts) =>
  column(id, { header: plainHeader(name), cell, descFirst, meta: { ...meta, name } });

const textColumn = (width: string): NamedColumnParts => ({ cell: TextCell, descFirst: false, meta: { width, align: 'start' } });

const answerColumn = (code: QuickCode) => {
  const fullName = criterionFullName(code);
  return column(code, { header: codedHeader(code, fullName), cell: answerCell(code), descFirst: true, meta: { width: '4.75rem', align: 'center', name: fullName, fullName } });
};

const scoreColumn = (id: 'ds' | 'as' | 'ei', code: 'DS' | 'AS' | 'EI') => {
  const fullName = metricFullName(code);
  return column(id, { header: codedHeader(code, fullName), cell: scoreCell(id), descFirst: true, meta: { width: '7.5rem', align: 'end', name: fullName, fullName } });
};

const allColumns = helper.columns([
  namedColumn('name', translated('table:columns.name'), { cell: NameCell, descFirst: false, meta: { width: '16rem', align: 'start', rowHeader: true } }),
  namedColumn('parent', translated('table:columns.parent'), { cell: ParentCell, descFirst: false, meta: { width: '12rem', align: 'start' } }),
  namedColumn('lane', translated('table:columns.lane'), textColumn('9rem')),
  namedColumn('type', translated('table:columns.type'), textColumn('11rem')),
  namedColumn('block', translated('table:columns.block'), textColumn('10rem')),
  answerColumn('R'),
  answerColumn('Id'),
  answerColumn('Is'),
  answerColumn('Mb'),
  answerColumn('Sp'),
  scoreColumn('ds', 'DS'),
  scoreColumn('as', 'AS'),
  scoreColumn('ei', 'EI'),
  namedColumn('saved', translated('method:metrics.hoursSaved'), { cell: SavedCell, descFirst: true, meta: { width: '8.5rem', align: 'end' } }),
  namedColumn('priority', priorityName, { cell: PriorityCell, descFirst: true, meta: { width: '8.5rem', align: 'end' } }),
  namedColumn('recommendation', translated('method:metrics.recommendation'), { cell: RecommendationCell, descFirst: false, meta: { width: '11rem', align: 'start' } }),
  namedColumn('completeness', translated('method:metrics.completeness'), { cell: CompletenessCell, descFirst: true, meta: { width: '10rem', align: 'end' } }),
]);

const columnsWithoutParent = allColumns.filter((definition) => definition.id !== 'parent');
type StepsTableColumns = typeof columnsWithoutParent;

/** The columns the table shows and its width: the sum of theirs, so the browser lays it out without measuring cells. */
export interface StepsTableLayout {
  columns: StepsTableColumns;
  width: string;
}

function layoutOf(columns: StepsTableColumns): StepsTableLayout {
  return { columns, width: `calc(${columns.map((definition) => definition.meta?.width ?? '0px').join(' + ')})` };
}

const layoutWithParent = layoutOf(allColumns);
const layoutWithoutParent = layoutOf(columnsWithoutParent);

/** The layout for a diagram with steps in sub-processes (with the "Teilprozess" column) or without. */
export function stepsTableLayout(withParent: boolean): StepsTableLayout {
  return withParent ? layoutWithParent : layoutWithoutParent;
}
