// The matrix's point labels as Chromium lays them out, in the app's chart (assessment.css) and the
// report's inline SVG: no number label lies on another label or on any point, and a deferred step
// (here one to stabilise first) stays a visible diamond on top, never under another step's circle.
// The app's y axis label, in words in either language, stays whole within the chart, clear of the
// axis' numbers; the names of its four fields lie within the plot, clear of each other and of the
// points' numbers, and readable; and the symbols of its key keep their size beside a text that wraps.
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { i18n } from '../../i18n/i18n';
import type { RankedSteps, StepScore } from '../../domain/scoreTypes';
import { testOpenStepScore, testScore, testStep } from '../../domain/testing/fixtures';
import { matrixChart } from '../../export/matrixChart';
import { createReportFormat } from '../../export/reportFormat';
import { testReportInput, testTranslate } from '../../export/testReportInput';
import { MatrixChart } from './MatrixChart';
import './assessment.css';

// the tester's sample process: every ease estimated at 50, so all points stand in one column;
// 1 and 2 share a spot, 4 lies just above 5 (to stabilise first) and 6, which share a spot
const potentials: [number, boolean][] = [
  [100, false],
  [100, false],
  [83, false],
  [65, false],
  [61, true],
  [61, false],
  [48, false],
  [31, false],
];
const steps = potentials.map((_, index) => testStep(`s${index + 1}`, { name: `Schritt ${index + 1}`, order: index + 1 }));
const ranked: StepScore[] = potentials.map(([potential, stabiliseFirst], index) =>
  testOpenStepScore(`s${index + 1}`, { as: testScore(potential), ease: 50, easeEstimated: true, stabiliseFirst, priorityIndex: 100 - index }),
);
const ranking: RankedSteps = { basis: 'index', ranked };

afterEach(cleanup);

const intersects = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** the labels and marks of a drawn matrix, in screen pixels */
function measure(svg: SVGSVGElement, labelSelector: string) {
  const labels = [...svg.querySelectorAll<SVGTextElement>(labelSelector)].map((text) => ({ text: text.textContent, box: text.getBoundingClientRect() }));
  const marks = [...svg.querySelectorAll<SVGGraphicsElement>('circle, path')].map((mark) => ({ mark, box: mark.getBoundingClientRect() }));
  return { labels, marks };
}

function expectReadable(svg: SVGSVGElement, labelSelector: string) {
  const { labels, marks } = measure(svg, labelSelector);
  // painted diamonds last, so in any order
  expect(labels.map((label) => label.text).sort()).toEqual(['1, 2', '3', '4', '5, 6', '7', '8']);
  labels.forEach((label, i) => {
    labels.slice(i + 1).forEach((other) => expect(intersects(label.box, other.box), `label ${label.text} on label ${other.text}`).toBe(false));
    marks.forEach(({ box }, m) => expect(intersects(label.box, box), `label ${label.text} on mark ${m}`).toBe(false));
  });
  // the diamond's centre shows the diamond itself, not a circle drawn over it
  const diamonds = marks.filter(({ mark }) => mark.tagName === 'path');
  expect(diamonds).toHaveLength(1);
  const { mark } = diamonds[0];
  mark.scrollIntoView({ block: 'center', inline: 'center' });
  const box = mark.getBoundingClientRect();
  expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).toBe(mark);
}

describe('MatrixChart labels', () => {
  test('in the app, no label lies on another label or a point, and the diamond is on top', () => {
    render(
      <div style={{ width: '48rem' }}>
        <MatrixChart steps={steps} ranking={ranking} language="de" />
      </div>,
    );
    expectReadable(document.querySelector<SVGSVGElement>('svg.matrix-chart__chart')!, '.matrix-chart__point text');
  });

  test('in the report, no label lies on another label or a point, and the diamond is on top', () => {
    const input = { ...testReportInput(), steps, figures: { ...testReportInput().figures, ranking } };
    const context = { t: testTranslate('de'), format: createReportFormat('de'), language: 'de' as const };
    const report = new DOMParser().parseFromString(matrixChart(input, context, 'm').markup, 'text/html');
    const svg = document.importNode(report.querySelector('svg')!, true);
    document.body.append(svg);
    try {
      expectReadable(svg, 'g.point text');
    } finally {
      svg.remove();
    }
  });
});

/** The contrast ratio of two CSS colours "rgb(r, g, b)" (WCAG's relative luminance). */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/\d+/g) ?? []).slice(0, 3).map((value) => {
      const c = Number(value) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('MatrixChart fields', () => {
  test.each(['de', 'en'] as const)('names the four fields within the plot, clear of one another and of the points\' numbers, readable on their ground (%s)', async (language) => {
    // given
    await i18n.changeLanguage(language);
    render(
      <div style={{ width: '48rem' }}>
        <MatrixChart steps={steps} ranking={ranking} language={language} />
      </div>,
    );
    // when
    const svg = document.querySelector<SVGSVGElement>('svg.matrix-chart__chart')!;
    const fields = [...svg.querySelectorAll<SVGTextElement>('.matrix-chart__quadrant-label')];
    const numbers = [...svg.querySelectorAll('.matrix-chart__point text')].map((text) => ({ text: text.textContent, box: text.getBoundingClientRect() }));
    const [vertical, horizontal] = [...svg.querySelectorAll('.matrix-chart__split')].map((line) => line.getBoundingClientRect());
    const plot = { left: horizontal.left, right: horizontal.right, top: vertical.top, bottom: vertical.bottom };
    const quickWinGround = getComputedStyle(svg.querySelector('.matrix-chart__quadrant')!).fill;
    // then
    expect(fields.map((field) => field.textContent)).toEqual(['quickWin', 'majorProject', 'fillIn', 'later'].map((quadrant) => i18n.t(`method:matrix.quadrants.${quadrant}`)));
    fields.forEach((field, index) => {
      const box = field.getBoundingClientRect();
      const name = field.textContent ?? '';
      // within the plot, in its own half
      expect(box.left, name).toBeGreaterThanOrEqual(plot.left);
      expect(box.right, name).toBeLessThanOrEqual(plot.right);
      expect(box.top, name).toBeGreaterThanOrEqual(plot.top);
      expect(box.bottom, name).toBeLessThanOrEqual(plot.bottom);
      fields.slice(index + 1).forEach((other) => expect(intersects(box, other.getBoundingClientRect()), `${name} on ${other.textContent}`).toBe(false));
      numbers.forEach((number) => expect(intersects(box, number.box), `${name} on label ${number.text}`).toBe(false));
      // at least 4.5:1 on the quick wins' green or the chart's white
      const ground = index === 0 ? quickWinGround : 'rgb(255, 255, 255)';
      expect(contrast(getComputedStyle(field).fill, ground), name).toBeGreaterThanOrEqual(4.5);
    });
    await i18n.changeLanguage('de');
  });
});

/** The app's chart of the sample in that language, in a box that wide. */
async function renderChart(language: 'de' | 'en', width: string) {
  await i18n.changeLanguage(language);
  render(
    <div style={{ width }}>
      <MatrixChart steps={steps} ranking={ranking} language={language} />
    </div>,
  );
}

describe('MatrixChart y axis label', () => {
  test.each(['de', 'en'] as const)('on the 0–100 index, its lines lie within the chart, clear of each other and of the axis numbers (%s)', async (language) => {
    // given
    await renderChart(language, '48rem');
    // when
    const svg = document.querySelector<SVGSVGElement>('svg.matrix-chart__chart')!;
    const label = [...svg.querySelectorAll<SVGTextElement>('.matrix-chart__axis-label')].at(-1)!;
    const tspans = [...label.querySelectorAll('tspan')];
    const lines = tspans.map((line) => line.getBoundingClientRect());
    const numbers = [...svg.querySelectorAll('.matrix-chart__tick text')].map((text) => text.getBoundingClientRect());
    // then: the whole label is drawn, in lines that the chart holds
    expect(tspans.map((line) => line.textContent).join(' ')).toBe(i18n.t('method:matrix.yAxisIndex'));
    const chart = svg.getBoundingClientRect();
    lines.forEach((line, index) => {
      expect(line.top, `line ${index + 1}'s top`).toBeGreaterThanOrEqual(chart.top);
      expect(line.bottom, `line ${index + 1}'s bottom`).toBeLessThanOrEqual(chart.bottom);
      expect(line.left, `line ${index + 1}'s left`).toBeGreaterThanOrEqual(chart.left);
      lines.slice(index + 1).forEach((other) => expect(intersects(line, other), `line ${index + 1} on another`).toBe(false));
      numbers.forEach((number) => expect(intersects(line, number), `line ${index + 1} on a number`).toBe(false));
    });
    await i18n.changeLanguage('de');
  });
});

describe('MatrixChart key', () => {
  test.each(['de', 'en'] as const)('keeps each symbol of its key whole beside a text that wraps, on a narrow screen (%s)', async (language) => {
    // given: the chart 20 rem wide, so the diamond's long key (recommended "keep" or "stabilise first") takes two lines
    await renderChart(language, '20rem');
    // when
    const symbols = [...document.querySelectorAll<SVGSVGElement>('.matrix-chart__legend-item svg')];
    // then: every symbol is 1 rem square, as large as its text's line is high
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(symbols.length).toBeGreaterThan(0);
    symbols.forEach((symbol) => {
      const { width, height } = symbol.getBoundingClientRect();
      expect([width, height], symbol.parentElement?.textContent ?? '').toEqual([rem, rem]);
    });
    await i18n.changeLanguage('de');
  });
});
