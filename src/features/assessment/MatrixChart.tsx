// The ease / benefit matrix as an accessible SVG chart: ease of implementation (x) against hours
// saved per year or the higher of the digitisation and automation potentials (y), one point per
// ranked step numbered with its rank, the four fields parted by dashed lines and each labelled in
// its corner with the report's words, the "quick wins" quadrant (top right) marked green, steps
// their recommendation defers ("stabilise first" or "keep") drawn as diamonds, so one in the
// quick-win area does not look like a quick win, and a table listing every point as the text
// alternative. The points, their numbers and quadrants come from the domain's matrixPoints,
// where each number goes and the painting order from its layoutMatrixLabels, and the y axis' label
// is broken by its labelLines into lines as long as the chart is high (as the report's); this file
// only draws them.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Step } from '../../domain/assessment';
import { diamondPath, labelLines, layoutMatrixLabels, matrixPoints, textBox, type MatrixPoint, type Quadrant } from '../../domain/matrix';
import type { RankedSteps } from '../../domain/scoreTypes';
import { formatPriority, formatScore } from '../../i18n/figureFormats';
import type { UiLanguage } from '../../i18n/uiLocale';
import { TableScroll } from '../../ui/TableScroll';
import { methodKeys, quadrantKey, recommendationKey } from './methodKeys';
import { stepLabel } from './stepLabel';
import './assessment.css';

export interface MatrixChartProps {
  steps: readonly Step[];
  /** the process's ranking: its steps are the points, its order their numbers, its basis the y axis */
  ranking: RankedSteps;
  language: UiLanguage;
  onSelectStep?: (id: string) => void;
}

const width = 640;
const height = 420;
const margin = { left: 80, right: 20, top: 20, bottom: 64 };
const plotWidth = width - margin.left - margin.right;
const plotHeight = height - margin.top - margin.bottom;
const tickShares = [0, 0.25, 0.5, 0.75, 1];
const pointRadius = 7;
/** the chart's font size (.matrix-chart__chart in assessment.css), in the SVG's units */
const fontSize = 14;
/** labels stay right of the y axis' ticks and above the x axis' */
const labelBounds = { left: margin.left, top: 0, right: width, bottom: margin.top + plotHeight };
const plotRight = margin.left + plotWidth;
const plotBottom = margin.top + plotHeight;
/** each field's name in its outer corner, clear of the axes and the plot's edge: [field, x, baseline, text-anchor] */
const quadrantLabels: readonly [Quadrant, number, number, 'start' | 'end'][] = [
  ['quickWin', plotRight - 8, margin.top + 20, 'end'],
  ['majorProject', margin.left + 8, margin.top + 20, 'start'],
  ['fillIn', plotRight - 8, plotBottom - 8, 'end'],
  ['later', margin.left + 8, plotBottom - 8, 'start'],
];
/** the y axis' label, turned upright: centred on the plot, as long as the chart is high, lines from the left edge on */
const yAxisLabelCentre = margin.top + plotHeight / 2;
const yAxisLabelLength = 2 * yAxisLabelCentre;
const yAxisLabelFirstBaseline = 16;
const yAxisLabelLineHeight = 17;

function xPos(x: number, xMax: number): number {
  return margin.left + (Math.min(xMax, Math.max(0, x)) / xMax) * plotWidth;
}

function yPos(y: number, yMax: number): number {
  return margin.top + plotHeight - (Math.min(yMax, Math.max(0, y)) / yMax) * plotHeight;
}

/** A point's mark: a diamond for a deferred step (stabilise first or keep), else a circle; its class hollows it when the ease is estimated. */
function PointMark({ point, cx, cy, r }: { point: Pick<MatrixPoint, 'deferred'>; cx: number; cy: number; r: number }) {
  if (!point.deferred) return <circle cx={cx} cy={cy} r={r} />;
  return <path d={diamondPath(cx, cy, r)} />;
}

function pointClass(point: Pick<MatrixPoint, 'easeEstimated'>): string {
  return point.easeEstimated ? 'matrix-chart__point matrix-chart__point--estimated' : 'matrix-chart__point';
}

export function MatrixChart({ steps, ranking, language, onSelectStep }: MatrixChartProps) {
  const { t } = useTranslation(['assessment', 'method']);
  const matrix = useMemo(() => matrixPoints(steps, ranking), [steps, ranking]);
  const { basis } = matrix;
  const titleId = useId();
  const descId = useId();
  const alternativeId = useId();
  const yAxisLabel = t(basis === 'hours' ? methodKeys.matrix.yAxisHours : methodKeys.matrix.yAxisIndex);
  const xAxisLabel = t(methodKeys.matrix.xAxis);
  const tableCaption = t('matrix.tableCaption', { xAxis: xAxisLabel, yAxis: yAxisLabel });
  const quickWinLabel = t(quadrantKey('quickWin'));
  const quickWinCount = matrix.points.filter((p) => p.quadrant === 'quickWin').length;
  const deferredInQuickWinAreaCount = matrix.points.filter((p) => p.deferred && p.inQuickWinArea).length;
  const stabiliseLabel = t(methodKeys.flags.stabiliseFirst);
  const keepLabel = t(recommendationKey('keep'));
  const { xMax, yMax, xSplit, ySplit } = matrix;
  const fieldLabels = quadrantLabels.map(([quadrant, x, y, anchor]) => ({ quadrant, x, y, anchor, text: t(quadrantKey(quadrant)) }));
  const spots = matrix.points.map((point) => ({ ...point, cx: xPos(point.x, xMax), cy: yPos(point.y, yMax) }));
  // steps scored alike share one label ("1, 2, 3"); no label covers another, a point or a field's name; diamonds are painted last
  const layout = layoutMatrixLabels(spots, {
    radius: pointRadius,
    fontSize,
    bounds: labelBounds,
    obstacles: fieldLabels.map(({ text, x, y, anchor }) => textBox(text, fontSize, x, y, anchor)),
  });

  if (matrix.points.length === 0) {
    return <p className="matrix-chart__empty">{t('matrix.empty')}</p>;
  }

  return (
    // named by the chart's short title: the figcaption would name it by the whole legend and rule
    <figure className="matrix-chart" aria-labelledby={titleId}>
      <svg className="matrix-chart__chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>{t(methodKeys.matrix.title)}</title>
        <desc id={descId}>
          {t('matrix.description', { count: matrix.points.length, quickWins: quickWinCount, quickWinLabel, xAxis: xAxisLabel, yAxis: yAxisLabel })}
          {deferredInQuickWinAreaCount > 0 ? ` ${t('matrix.deferredInQuickWinArea', { count: deferredInQuickWinAreaCount, keepLabel, stabiliseLabel })}` : null}
          {` ${t('matrix.fields', Object.fromEntries(fieldLabels.map(({ quadrant, text }) => [quadrant, text])))}`}
          {` ${t('matrix.descriptionTable')}`}
        </desc>
        <line className="matrix-chart__split" x1={xPos(xSplit, xMax)} x2={xPos(xSplit, xMax)} y1={margin.top} y2={plotBottom} />
        <line className="matrix-chart__split" x1={margin.left} x2={plotRight} y1={yPos(ySplit, yMax)} y2={yPos(ySplit, yMax)} />
        <rect
          className="matrix-chart__quadrant"
          x={xPos(xSplit, xMax)}
          y={yPos(yMax, yMax)}
          width={xPos(xMax, xMax) - xPos(xSplit, xMax)}
          height={yPos(ySplit, yMax) - yPos(yMax, yMax)}
        />
        {fieldLabels.map(({ quadrant, text, x, y, anchor }) => (
          <text
            key={quadrant}
            className={quadrant === 'quickWin' ? 'matrix-chart__quadrant-label matrix-chart__quadrant-label--quick-win' : 'matrix-chart__quadrant-label'}
            x={x}
            y={y}
            textAnchor={anchor}
          >
            {text}
          </text>
        ))}
        {tickShares.map((share) => (
          <g key={`x${share}`} className="matrix-chart__tick">
            <line x1={xPos(share * xMax, xMax)} x2={xPos(share * xMax, xMax)} y1={margin.top + plotHeight} y2={margin.top + plotHeight + 6} />
            <text x={xPos(share * xMax, xMax)} y={margin.top + plotHeight + 22} textAnchor="middle">
              {formatScore(share * xMax, language)}
            </text>
          </g>
        ))}
        {tickShares.map((share) => (
          <g key={`y${share}`} className="matrix-chart__tick">
            <line x1={margin.left - 6} x2={margin.left} y1={yPos(share * yMax, yMax)} y2={yPos(share * yMax, yMax)} />
            <text x={margin.left - 10} y={yPos(share * yMax, yMax) + 5} textAnchor="end">
              {formatPriority(share * yMax, basis, language)}
            </text>
          </g>
        ))}
        <line className="matrix-chart__axis" x1={margin.left} x2={margin.left + plotWidth} y1={margin.top + plotHeight} y2={margin.top + plotHeight} />
        <line className="matrix-chart__axis" x1={margin.left} x2={margin.left} y1={margin.top} y2={margin.top + plotHeight} />
        <text className="matrix-chart__axis-label" x={margin.left + plotWidth / 2} y={height - 12} textAnchor="middle">
          {xAxisLabel}
        </text>
        <text className="matrix-chart__axis-label" transform="rotate(-90)" textAnchor="middle">
          {labelLines(yAxisLabel, fontSize, yAxisLabelLength).map((line, index) => (
            <tspan key={index} x={-yAxisLabelCentre} y={yAxisLabelFirstBaseline + index * yAxisLabelLineHeight}>
              {line}
            </tspan>
          ))}
        </text>
        {layout.order.map((index) => {
          const spot = spots[index];
          const label = layout.labels[index];
          return (
            <g key={spot.stepId} className={pointClass(spot)}>
              <PointMark point={spot} cx={spot.cx} cy={spot.cy} r={pointRadius} />
              {label ? (
                <text x={label.x} y={label.y} textAnchor="middle" dominantBaseline="central">
                  {label.text}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="matrix-chart__legend">
        <span className="matrix-chart__legend-item">
          <svg className="matrix-chart__point" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx={8} cy={8} r={6} />
          </svg>
          {t('matrix.legendRated')}
        </span>
        <span className="matrix-chart__legend-item">
          <svg className="matrix-chart__point matrix-chart__point--estimated" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx={8} cy={8} r={6} />
          </svg>
          {t(methodKeys.flags.easeEstimated)}
        </span>
        <span className="matrix-chart__legend-item">
          <svg className="matrix-chart__point" viewBox="0 0 16 16" aria-hidden="true">
            <PointMark point={{ deferred: true }} cx={8} cy={8} r={5.5} />
          </svg>
          {t('matrix.legendDeferred', { keepLabel, stabiliseLabel })}
        </span>
        <span className="matrix-chart__legend-item">
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <rect className="matrix-chart__quadrant" x={1} y={1} width={14} height={14} />
          </svg>
          {t('matrix.legendQuickWins', { quickWinLabel })}
        </span>
        <span className="matrix-chart__rule">
          {t('matrix.quickWinRule', {
            quickWinLabel,
            xSplit: formatScore(xSplit, language),
            ySplit: formatPriority(ySplit, basis, language),
            stabiliseLabel,
            keepLabel,
            laterLabel: t(quadrantKey('later')),
          })}
          {basis === 'hours' ? ` ${t('matrix.benefitSplitMoves')}` : null}
        </span>
      </figcaption>
      <details className="matrix-chart__alternative" aria-labelledby={alternativeId}>
        <summary id={alternativeId}>{t('matrix.tableSummary')}</summary>
        <TableScroll label={tableCaption}>
          <table>
            <caption>{tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('matrix.columnRank')}</th>
                <th scope="col">{t('matrix.columnStep')}</th>
                <th scope="col">{xAxisLabel}</th>
                <th scope="col">{yAxisLabel}</th>
                <th scope="col">{t('matrix.columnQuadrant')}</th>
              </tr>
            </thead>
            <tbody>
              {matrix.points.map((point) => (
                <tr key={point.stepId}>
                  <td>{point.number}</td>
                  <th scope="row">
                    {onSelectStep ? (
                      <button type="button" className="assessment-link" onClick={() => onSelectStep(point.stepId)}>
                        {stepLabel(t, point.name, point.stepId)}
                      </button>
                    ) : (
                      stepLabel(t, point.name, point.stepId)
                    )}
                  </th>
                  <td>
                    {formatScore(point.x, language)}
                    {point.easeEstimated ? ` (${t(methodKeys.flags.easeEstimated)})` : ''}
                  </td>
                  <td>{formatPriority(point.y, basis, language)}</td>
                  <td>
                    {t(quadrantKey(point.quadrant))}
                    {point.stabiliseFirst ? ` (${stabiliseLabel})` : ''}
                    {point.recommendation === 'keep' ? ` (${t('matrix.recommendedKeep', { keepLabel })})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
