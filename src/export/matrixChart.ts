// The ease / benefit matrix of the report as inline SVG, with a table of its points as the text
// alternative. The geometry (which steps, x, y, axis maximum, quadrants) comes from the domain's
// matrixPoints, so the report shows the same matrix as the app: the same points, numbered with
// their rank, in the same quadrants, their numbers placed and the marks painted by the domain's
// layoutMatrixLabels as in the app. Hollow points mark an estimated ease, diamonds a step its
// recommendation defers ("stabilise first" or "keep"), so one in the quick-win area does not look
// like a quick win.
import type { MatrixBox, MatrixPoint, Quadrant } from '../domain/matrix';
import { diamondPath, labelLines, layoutMatrixLabels, matrixPoints, textBox } from '../domain/matrix';
import type { ReportContext } from './reportDocument';
import type { ReportInput } from './reportInput';
import type { SafeHtml } from './safeHtml';
import { html } from './safeHtml';
import { tableRegion } from './tableRegion';
import { recommendationLabel, stepNameWithParent } from './stepText';

const width = 640;
const height = 420;
const plot = { left: 70, right: 620, top: 20, bottom: 360 };
const pointRadius = 7;
const labelFontSize = 12;
const quadrantFontSize = 13;
const axisFontSize = 12;
/** the distance between the lines of an axis name that is longer than its axis */
const axisLineHeight = 15;

function ticks(max: number): number[] {
  return [0, 0.25, 0.5, 0.75, 1].map((share) => share * max);
}

/**
 * A point's mark: a diamond for a deferred step (stabilise first or keep), else a circle; hollow
 * and dashed when the ease is estimated. A filled diamond has a white rim, as in the app, so its
 * shape stands out on a point beneath it.
 */
function pointMark(point: MatrixPoint, cx: number, cy: number): SafeHtml {
  const r = pointRadius;
  const rim = point.deferred && !point.easeEstimated ? '#fff' : '#1f4e79';
  const paint = html`fill="${point.easeEstimated ? '#fff' : '#1f4e79'}" stroke="${rim}" stroke-width="2"${point.easeEstimated ? html` stroke-dasharray="3 2"` : ''}`;
  if (!point.deferred) return html`<circle cx="${cx}" cy="${cy}" r="${r}" ${paint}/>`;
  return html`<path d="${diamondPath(cx, cy, r)}" ${paint}/>`;
}

export function matrixChart(input: ReportInput, context: ReportContext, idPrefix: string): SafeHtml {
  const { t, format } = context;
  const matrix = matrixPoints(input.steps, input.figures.ranking);
  const { points } = matrix;
  const px = (x: number) => plot.left + (x / matrix.xMax) * (plot.right - plot.left);
  const py = (y: number) => plot.bottom - (y / matrix.yMax) * (plot.bottom - plot.top);
  const midX = px(matrix.xSplit);
  const midY = py(matrix.ySplit);
  const yLabel = t(`report:matrix.yAxis.${matrix.basis}`);
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const tableCaptionId = `${idPrefix}-points`;
  const yText = (value: number) => format.priority(value, matrix.basis);
  const quadrantLabels: [Quadrant, number, number, 'start' | 'end'][] = [
    ['quickWin', plot.right - 6, plot.top + 16, 'end'],
    ['majorProject', plot.left + 6, plot.top + 16, 'start'],
    ['fillIn', plot.right - 6, plot.bottom - 8, 'end'],
    ['later', plot.left + 6, plot.bottom - 8, 'start'],
  ];
  const headings: MatrixBox[] = quadrantLabels.map(([quadrant, x, y, anchor]) => textBox(t(`report:matrix.quadrant.${quadrant}`), quadrantFontSize, x, y, anchor));
  const spots = points.map((point) => ({ ...point, cx: px(point.x), cy: py(point.y) }));
  // steps scored alike share one label ("1, 2, 3"); no label covers another, a point or a heading; diamonds are painted last
  const layout = layoutMatrixLabels(spots, { radius: pointRadius, fontSize: labelFontSize, bounds: { left: plot.left, top: 0, right: width, bottom: plot.bottom }, obstacles: headings });
  const svg = html`<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}" font-family="system-ui, sans-serif">
<title id="${titleId}">${t('report:matrix.title')}</title>
<desc id="${descId}">${t('report:matrix.description', { table: t('report:matrix.tableCaption') })}</desc>
<rect x="${midX}" y="${plot.top}" width="${plot.right - midX}" height="${midY - plot.top}" fill="#e3f1e0"/>
<rect x="${plot.left}" y="${plot.top}" width="${plot.right - plot.left}" height="${plot.bottom - plot.top}" fill="none" stroke="#555"/>
<line x1="${midX}" y1="${plot.top}" x2="${midX}" y2="${plot.bottom}" stroke="#777" stroke-dasharray="6 4"/>
<line x1="${plot.left}" y1="${midY}" x2="${plot.right}" y2="${midY}" stroke="#777" stroke-dasharray="6 4"/>
${ticks(matrix.xMax).map((tick) => html`<text x="${px(tick)}" y="${plot.bottom + 16}" text-anchor="middle" font-size="11">${format.number(tick, 0)}</text>`)}
${ticks(matrix.yMax).map((tick) => html`<text x="${plot.left - 6}" y="${py(tick) + 4}" text-anchor="end" font-size="11">${yText(tick)}</text>`)}
<text x="${(plot.left + plot.right) / 2}" y="${height - 22}" text-anchor="middle" font-size="12">${t('report:matrix.xAxis')}</text>
<text transform="translate(16 ${(plot.top + plot.bottom) / 2}) rotate(-90)" text-anchor="middle" font-size="${axisFontSize}">${labelLines(yLabel, axisFontSize, plot.bottom - plot.top).map((line, index) => html`<tspan x="0" y="${index * axisLineHeight}">${line}</tspan>`)}</text>
${quadrantLabels.map(
    ([quadrant, x, y, anchor]) =>
      html`<text x="${x}" y="${y}" text-anchor="${anchor}" font-size="${quadrantFontSize}" font-weight="600" fill="#333">${t(`report:matrix.quadrant.${quadrant}`)}</text>`,
  )}
${layout.order.map((index) => {
    const spot = spots[index];
    const label = layout.labels[index];
    return html`<g class="point" data-step-id="${spot.stepId}">${pointMark(spot, spot.cx, spot.cy)}${label ? html`<text x="${label.x}" y="${label.y}" text-anchor="middle" dominant-baseline="central" font-size="${labelFontSize}" font-weight="700" fill="#1a1a1a">${label.text}</text>` : ''}</g>`;
  })}
</svg>`;
  const rows = points.map(
    (point) => html`<tr><td class="num">${point.number}</td><th scope="row">${stepNameWithParent(input, point.stepId, t)}</th><td class="num">${format.number(point.x, 0)}${point.easeEstimated ? html` <span class="incomplete">(${t('report:step.flag.easeEstimated')})</span>` : ''}</td><td class="num">${yText(point.y)}</td><td>${t(`report:matrix.quadrant.${point.quadrant}`)}${point.stabiliseFirst ? html` <span class="incomplete">(${t('method:flags.stabiliseFirst')})</span>` : ''}${point.recommendation === 'keep' ? html` <span class="incomplete">(${t('report:step.flag.recommendedKeep')})</span>` : ''}</td></tr>`,
  );
  return html`<figure class="matrix">
${svg}
<figcaption>${t('report:matrix.caption', { yAxis: yLabel, xSplit: format.number(matrix.xSplit, 0), ySplit: yText(matrix.ySplit), keepLabel: recommendationLabel(t, 'keep'), laterLabel: t('report:matrix.quadrant.later') })}${matrix.basis === 'hours' ? ` ${t('report:matrix.benefitSplitMoves')}` : ''}</figcaption>
</figure>
${tableRegion({ labelledBy: tableCaptionId }, html`<table class="matrix-points">
<caption id="${tableCaptionId}">${t('report:matrix.tableCaption')}</caption>
<colgroup><col style="width:8%"><col><col style="width:17%"><col style="width:17%"><col style="width:24%"></colgroup>
<thead><tr><th scope="col" class="num">${t('report:column.rank')}</th><th scope="col">${t('report:column.step')}</th><th scope="col" class="num">${t('report:matrix.xAxis')}</th><th scope="col" class="num">${yLabel}</th><th scope="col">${t('report:matrix.quadrantColumn')}</th></tr></thead>
<tbody>${rows.length > 0 ? rows : html`<tr><td colspan="5">${t('report:matrix.noPoints')}</td></tr>`}</tbody>
</table>`)}`;
}
