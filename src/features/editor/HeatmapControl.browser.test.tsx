// The heatmap legend's layout in a real browser (app.css): in the editor's main region of a
// 1,366 px wide window, the legend of every metric takes one line, in German and in English, and
// still names itself and every range for screen readers (its swatches are hidden from them) and
// tells them that the values are also in the steps table.
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { page } from 'vitest/browser';
import { i18n } from '../../i18n/i18n';
import '../../app/app.css';
import { heatmapLegend, heatmapMetrics } from '../../bpmn/heatmap/heatmapScale';
import type { HeatmapMetric } from '../../bpmn/heatmap/heatmapScale';
import { HeatmapControl } from './HeatmapControl';

function renderLegend(metric: HeatmapMetric) {
  const legend = heatmapLegend(metric, (key, values) => i18n.t(key, values));
  render(
    <div className="app-main app-main--process">
      <HeatmapControl metric={metric} onChange={() => undefined} legend={legend} />
    </div>,
  );
  return legend;
}

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('de');
});

const valuesInTable = { de: 'Die Werte stehen auch in der Schritttabelle.', en: 'The values are also in the steps table.' };

const cases = (['de', 'en'] as const).flatMap((language) => heatmapMetrics.map((metric) => [language, metric] as const));

describe('HeatmapControl layout', () => {
  test.each(cases)('given a 1,366 px wide window (%s), then the legend of %s takes one line and keeps its texts for screen readers', async (language, metric) => {
    await page.viewport(1366, 768);
    await i18n.changeLanguage(language);
    const legend = renderLegend(metric);

    const figure = screen.getByRole('figure', { name: legend.title });
    const items = within(figure).getAllByRole('listitem');
    expect(items).toHaveLength(legend.items.length);
    const lineHeight = Math.max(...items.map((item) => item.getBoundingClientRect().height));
    expect(new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size).toBe(1);
    expect(figure.getBoundingClientRect().height).toBeLessThanOrEqual(lineHeight + 1);

    // every item's whole label (with its range) reaches screen readers; each swatch shows its symbol or range
    for (const [index, item] of legend.items.entries()) {
      const label = within(items[index]).getByText(item.label);
      expect(label.closest('[aria-hidden="true"]')).toBeNull();
      expect(items[index].querySelector('.heatmap-legend__swatch')).toHaveTextContent(item.symbol);
    }

    // and it tells screen readers where else the values are: the badges sit in the diagram's
    // application region, which browse mode does not read
    const elsewhere = within(figure).getByText(valuesInTable[language]);
    expect(elsewhere.closest('[aria-hidden="true"]')).toBeNull();
  });
});
