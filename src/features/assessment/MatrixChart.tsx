// The ease / benefit matrix-chart as an accessible SVG chart: ease of implementation (x) against hours
// saved per year or max(AS, DS) (y), one numbered point per step, the "quick wins" quadrant
// (top right) marked and labelled, and a table listing every point as the text alternative.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Step } from '../../domain/assessment';
import type { StepScore } from '../../domain/scoreTypes';
import { formatHours, formatScore, type UiLanguage } from './formatters';
import { matrixPoints, type MatrixBasis, type MatrixData } from './matrixPoints';
import './assessment.css';

export interface MatrixChartProps {
  steps: readonly Step[];
  scores: ReadonlyMap<string, StepScore>;
  /** "hours" plots hours saved per year, "index" plots max(AS, DS) */
  basis: MatrixBasis;
  language: UiLanguage;
  onSelectStep?: (id: string) => void;
}

const width = 640;
const height = 420;
const margin = { left: 72, right: 20, top: 20, bottom: 64 };
const plotWidth = width - margin.left - margin.right;
const plotHeight = height - margin.top - margin.bottom;
const tickShares = [0, 0.25, 0.5, 0.75, 1];

function xPos(ease: number): number {
  return margin.left + (Math.min(100, Math.max(0, ease)) / 100) * plotWidth;
}

function yPos(value: number, yMax: number): number {
  return margin.top + plotHeight - (Math.min(yMax, Math.max(0, value)) / yMax) * plotHeight;
}

function formatY(value: number, basis: MatrixBasis, language: UiLanguage): string {
  return basis === 'hours' ? formatHours(value, language) : formatScore(value, language);
}

export function MatrixChart({ steps, scores, basis, language, onSelectStep }: MatrixChartProps) {
  const { t } = useTranslation('assessment');
  const data: MatrixData = useMemo(() => matrixPoints(steps, scores, basis), [steps, scores, basis]);
  const titleId = useId();
  const descId = useId();
  const yAxisLabel = t(basis === 'hours' ? 'matrix.yAxisHours' : 'matrix.yAxisIndex');
  const quickWinCount = data.points.filter((p) => p.quickWin).length;

  if (data.points.length === 0) {
    return <p className="matrix-chart__empty">{t('matrix.empty')}</p>;
  }

  return (
    <figure className="matrix-chart">
      <svg
        className="matrix-chart__chart"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>{t('matrix.title')}</title>
        <desc id={descId}>
          {t('matrix.description', { count: data.points.length, quickWins: quickWinCount, yAxis: yAxisLabel })}
        </desc>
        <rect
          className="matrix-chart__quadrant"
          x={xPos(data.xSplit)}
          y={yPos(data.yMax, data.yMax)}
          width={xPos(100) - xPos(data.xSplit)}
          height={yPos(data.ySplit, data.yMax) - yPos(data.yMax, data.yMax)}
        />
        <text className="matrix-chart__quadrant-label" x={xPos(100) - 8} y={yPos(data.yMax, data.yMax) + 20} textAnchor="end">
          {t('matrix.quickWins')}
        </text>
        {tickShares.map((share) => (
          <g key={`x${share}`} className="matrix-chart__tick">
            <line x1={xPos(share * 100)} x2={xPos(share * 100)} y1={margin.top + plotHeight} y2={margin.top + plotHeight + 6} />
            <text x={xPos(share * 100)} y={margin.top + plotHeight + 22} textAnchor="middle">
              {formatScore(share * 100, language)}
            </text>
          </g>
        ))}
        {tickShares.map((share) => (
          <g key={`y${share}`} className="matrix-chart__tick">
            <line x1={margin.left - 6} x2={margin.left} y1={yPos(share * data.yMax, data.yMax)} y2={yPos(share * data.yMax, data.yMax)} />
            <text x={margin.left - 10} y={yPos(share * data.yMax, data.yMax) + 5} textAnchor="end">
              {formatY(share * data.yMax, data.basis, language)}
            </text>
          </g>
        ))}
        <line className="matrix-chart__axis" x1={margin.left} x2={margin.left + plotWidth} y1={margin.top + plotHeight} y2={margin.top + plotHeight} />
        <line className="matrix-chart__axis" x1={margin.left} x2={margin.left} y1={margin.top} y2={margin.top + plotHeight} />
        <text className="matrix-chart__axis-label" x={margin.left + plotWidth / 2} y={height - 12} textAnchor="middle">
          {t('matrix.xAxis')}
        </text>
        <text
          className="matrix-chart__axis-label"
          x={-(margin.top + plotHeight / 2)}
          y={18}
          transform="rotate(-90)"
          textAnchor="middle"
        >
          {yAxisLabel}
        </text>
        {data.points.map((point) => {
          const cx = xPos(point.ease);
          const cy = yPos(point.value, data.yMax);
          return (
            <g key={point.stepId} className={point.easeEstimated ? 'matrix-chart__point matrix-chart__point--estimated' : 'matrix-chart__point'}>
              <circle cx={cx} cy={cy} r={7} />
              <text x={cx + 10} y={cy - 8}>
                {point.number}
              </text>
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
          {t('matrix.legendEstimated')}
        </span>
        <span className="matrix-chart__legend-item">
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <rect className="matrix-chart__quadrant" x={1} y={1} width={14} height={14} />
          </svg>
          {t('matrix.legendQuickWins')}
        </span>
      </figcaption>
      <details className="matrix-chart__alternative">
        <summary>{t('matrix.tableSummary')}</summary>
        <table>
          <caption>{t('matrix.tableCaption', { yAxis: yAxisLabel })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('matrix.columnNumber')}</th>
              <th scope="col">{t('matrix.columnStep')}</th>
              <th scope="col">{t('matrix.xAxis')}</th>
              <th scope="col">{yAxisLabel}</th>
              <th scope="col">{t('matrix.quickWins')}</th>
            </tr>
          </thead>
          <tbody>
            {data.points.map((point) => (
              <tr key={point.stepId}>
                <td>{point.number}</td>
                <th scope="row">
                  {onSelectStep ? (
                    <button type="button" className="assessment-link" onClick={() => onSelectStep(point.stepId)}>
                      {point.name || t('panel.unnamed')}
                    </button>
                  ) : (
                    point.name || t('panel.unnamed')
                  )}
                </th>
                <td>
                  {formatScore(point.ease, language)}
                  {point.easeEstimated ? ` (${t('result.easeEstimated')})` : ''}
                </td>
                <td>{formatY(point.value, data.basis, language)}</td>
                <td>{t(point.quickWin ? 'answer.yes' : 'answer.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
