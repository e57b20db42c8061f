// Tests of the heatmap scale: buckets, badge texts and titles per metric, the legend, the palette's
// readability. (That the canvas's tiles paint the palette is tested in Heatmap.browser.test.ts.)
import { describe, expect, it } from 'vitest';
import deHeatmap from '../../i18n/locales/de/heatmap.json';
import enHeatmap from '../../i18n/locales/en/heatmap.json';
import { testScore, testStepScore } from '../../domain/testing/fixtures';
import { i18n } from '../../i18n/i18n';
import type { HeatmapBucket, HeatmapTranslate } from './heatmapScale';
import { heatmapEntries, heatmapEntry, heatmapLegend, heatmapMetrics, heatmapPalette, recommendationBuckets, rememberingTranslate, valueBuckets } from './heatmapScale';

const de: HeatmapTranslate = (key, values) => i18n.t(key, { ...values, lng: 'de' });
const en: HeatmapTranslate = (key, values) => i18n.t(key, { ...values, lng: 'en' });

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('heatmapEntry for the scores DS, AS, EI', () => {
  it('given a complete DS of 72.4, when mapped, then it is bucket 3 (60–79) with badge "72"', () => {
    const entry = heatmapEntry('ds', testStepScore('Task_1', { ds: testScore(72.4) }), de, 'de');
    expect(entry).toMatchObject({ stepId: 'Task_1', metric: 'ds', bucket: 3, marker: 'pl-heat-3', label: '72' });
    expect(entry.title).toBe('Digitalisierungspotenzial: 72');
    expect(entry.fill).toBe(heatmapPalette[3].fill);
  });

  it('given a DS just under its limit that needs two digits (59.96), when mapped, then the badge shows it as the steps table does, in the language\'s format', () => {
    const score = testStepScore('T', { ds: { ...testScore(59.96), decimals: 2 } });
    expect(heatmapEntry('ds', score, de, 'de').label).toBe('59,96');
    expect(heatmapEntry('ds', score, de, 'en').label).toBe('59.96');
  });

  it('given values at the bucket edges, when mapped, then the rounded value picks the fifth', () => {
    const bucketOf = (value: number) => heatmapEntry('as', testStepScore('T', { as: testScore(value) }), de, 'de').bucket;
    // rounded: 0, 19, 20 (19.5 rounds up), 39, 40, 80 (79.6 rounds up), 100
    expect([0, 19.4, 19.5, 39, 40, 79.6, 100].map(bucketOf)).toEqual([0, 0, 1, 1, 2, 4, 4]);
  });

  it('given an EI under half complete, when mapped, then the step is open with "?" and hatched, never a number', () => {
    const entry = heatmapEntry('ei', testStepScore('T', { ei: testScore(90, 0.3) }), de, 'de');
    expect(entry).toMatchObject({ bucket: 'open', marker: 'pl-heat-open', label: '?', pattern: 'hatched' });
    expect(entry.title).toBe('Umsetzbarkeit: offen / unvollständig');
  });

  it('given a score without a value, when mapped, then it is open', () => {
    expect(heatmapEntry('ds', testStepScore('T', { ds: testScore(null, 0) }), de, 'de').bucket).toBe('open');
  });

  it('given a step marked not applicable, when mapped for any metric, then it shows "–"', () => {
    const score = testStepScore('T', { applicable: false, recommendation: 'none' });
    for (const metric of heatmapMetrics) {
      expect(heatmapEntry(metric, score, de, 'de')).toMatchObject({ bucket: 'na', label: '–' });
    }
  });

  it('given an already automated step, when mapped for any metric, then it shows "✓" as automated', () => {
    const score = testStepScore('T', { automated: true, recommendation: 'automated' });
    for (const metric of heatmapMetrics) {
      const entry = heatmapEntry(metric, score, de, 'de');
      expect(entry).toMatchObject({ bucket: 'done', label: '✓' });
    }
    expect(heatmapEntry('as', score, en, 'en').title).toBe('Automation potential: automated');
  });
});

describe('heatmapEntry for priority, completeness and recommendation', () => {
  it('given a priority of 45.2 with estimated ease, when mapped, then badge "45" and the title says so', () => {
    const entry = heatmapEntry('priority', testStepScore('T', { priorityIndex: 45.2, easeEstimated: true }), de, 'de');
    expect(entry).toMatchObject({ bucket: 2, label: '45' });
    expect(entry.title).toBe('Priorität: 45 (Umsetzbarkeit geschätzt)');
  });

  it('given neither DS nor AS complete enough, when mapped for priority, then it is open', () => {
    const score = testStepScore('T', { ds: testScore(80, 0.2), as: testScore(80, 0.25), priorityIndex: 40 });
    expect(heatmapEntry('priority', score, de, 'de').bucket).toBe('open');
  });

  it('given 40 % of the criteria answered, when mapped for completeness, then badge "40 %" (a no-break space) in bucket 2', () => {
    expect(heatmapEntry('completeness', testStepScore('T', { completeness: 0.4 }), de, 'de')).toMatchObject({ bucket: 2, label: '40\u00a0%' });
  });

  it('given 40 % of the criteria answered and the UI in English, when mapped for completeness, then the badge reads "40%", without a space', () => {
    expect(heatmapEntry('completeness', testStepScore('T', { completeness: 0.4 }), en, 'en')).toMatchObject({ bucket: 2, label: '40%' });
  });

  it('given 36 % of the criteria answered, when mapped, then the badge is the share in the language\'s number format, whatever the texts say: "36%", "36 %"', () => {
    const score = testStepScore('T', { completeness: 0.36 });
    const keysOnly: HeatmapTranslate = (key) => key;
    expect(heatmapEntry('completeness', score, keysOnly, 'en').label).toBe('36%');
    expect(heatmapEntry('completeness', score, keysOnly, 'de').label).toBe('36\u00a0%');
    expect(heatmapEntry('completeness', score, en, 'en').title).toBe('Completeness: 36%');
    expect(heatmapEntry('completeness', score, de, 'de').title).toBe('Vollständigkeit: 36\u00a0%');
  });

  it('given nothing answered, when mapped for completeness, then it is open and shows "0 %"', () => {
    expect(heatmapEntry('completeness', testStepScore('T', { completeness: 0 }), de, 'de')).toMatchObject({ bucket: 'open', label: '0\u00a0%' });
  });

  it('given the recommendation "automate", when mapped, then its own colour and the code "Au"', () => {
    const entry = heatmapEntry('recommendation', testStepScore('T', { recommendation: 'automate' }), de, 'de');
    expect(entry).toMatchObject({ bucket: 'automate', marker: 'pl-heat-automate', label: 'Au', title: 'Empfehlung: automatisieren' });
  });

  it('given the recommendation "stabilise" in English, when mapped, then the title says "stabilise first"', () => {
    const entry = heatmapEntry('recommendation', testStepScore('T', { recommendation: 'stabilise' }), en, 'en');
    expect(entry.title).toBe('Recommendation: stabilise first');
  });

  it('given the recommendation "open", when mapped, then it is the open bucket', () => {
    expect(heatmapEntry('recommendation', testStepScore('T', { recommendation: 'open' }), de, 'de').bucket).toBe('open');
  });

  it('given several scores, when mapped together, then entries are keyed by step id', () => {
    const entries = heatmapEntries('ds', [testStepScore('A', { ds: testScore(10) }), testStepScore('B', { ds: testScore(90) })], de, 'de');
    expect([...entries.keys()]).toEqual(['A', 'B']);
    expect(entries.get('B')?.bucket).toBe(4);
  });
});

describe('rememberingTranslate', () => {
  it('given the same key and values again, when translated, then the text is looked up once', () => {
    const lookups: string[] = [];
    const counting: HeatmapTranslate = (key, values) => {
      lookups.push(key);
      return de(key, values);
    };
    const translate = rememberingTranslate(counting);

    const texts = [
      translate('heatmap:metric.ds'),
      translate('heatmap:badge.aria', { metric: 'DS', value: '72' }),
      translate('heatmap:metric.ds'),
      translate('heatmap:badge.aria', { metric: 'DS', value: '72' }),
      translate('heatmap:badge.aria', { metric: 'DS', value: '40' }),
    ];

    expect(texts).toEqual([de('heatmap:metric.ds'), 'DS: 72', de('heatmap:metric.ds'), 'DS: 72', 'DS: 40']);
    expect(lookups).toEqual(['heatmap:metric.ds', 'heatmap:badge.aria', 'heatmap:badge.aria']);
  });

  it('given a process of many steps, when its entries are made, then each text is looked up once, not once per step', () => {
    const lookups: string[] = [];
    const counting: HeatmapTranslate = (key, values) => {
      lookups.push(key);
      return de(key, values);
    };
    const scores = Array.from({ length: 200 }, (_, index) => testStepScore(`Task_${index}`, { ds: testScore(index % 2 === 0 ? 72 : 40) }));

    const entries = heatmapEntries('ds', scores, counting, 'de');

    expect(entries.get('Task_0')?.title).toBe('Digitalisierungspotenzial: 72');
    expect(entries.get('Task_1')?.title).toBe('Digitalisierungspotenzial: 40');
    // the metric's name once, and one title per distinct value
    expect(lookups).toHaveLength(3);
  });
});

describe('heatmapLegend', () => {
  it('given a score metric, when the legend is built, then five ranges low to high, then open, n/a, automated', () => {
    const legend = heatmapLegend('ds', de);
    expect(legend.title).toBe('Heatmap: Digitalisierungspotenzial');
    expect(legend.items.map((item) => item.label)).toEqual([
      'sehr niedrig (0–19)',
      'niedrig (20–39)',
      'mittel (40–59)',
      'hoch (60–79)',
      'sehr hoch (80–100)',
      'offen / unvollständig',
      'nicht anwendbar',
      'automatisiert',
    ]);
    expect(legend.items.map((item) => item.fill)).toEqual([0, 1, 2, 3, 4, 'open', 'na', 'done'].map((b) => heatmapPalette[b as HeatmapBucket].fill));
  });

  it('given completeness, when the legend is built, then the ranges are in percent', () => {
    expect(heatmapLegend('completeness', en).items[4].label).toBe('very high (80–100%)');
  });

  it('given the recommendation metric, when the legend is built, then each recommendation with its code', () => {
    const legend = heatmapLegend('recommendation', de);
    expect(legend.items.map((item) => `${item.symbol} ${item.label}`)).toEqual([
      'Au automatisieren',
      'Di digitalisieren',
      'Ass assistieren',
      'Stab stabilisieren',
      'Be beibehalten',
      '? offen / unvollständig',
      '– nicht anwendbar',
      '✓ automatisiert',
    ]);
  });
});

describe('palette', () => {
  it('given the value buckets, then lightness falls strictly from low to high, so order reads without hue', () => {
    const lightness = valueBuckets.map((bucket) => luminance(heatmapPalette[bucket].fill));
    for (let i = 1; i < lightness.length; i++) expect(lightness[i]).toBeLessThan(lightness[i - 1]);
  });

  it('given the value buckets, then all take the same text colour, so a step changing value bucket restyles nothing inside the SVG', () => {
    expect(new Set(valueBuckets.map((bucket) => heatmapPalette[bucket].textColor)).size).toBe(1);
  });

  it('given every bucket, then its text colour has at least 4.5:1 contrast on its fill (WCAG AA)', () => {
    for (const style of Object.values(heatmapPalette)) {
      expect(contrast(style.fill, style.textColor)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('given the recommendations, then colours and codes are pairwise distinct (colour is never the only cue)', () => {
    const fills = new Set(recommendationBuckets.map((bucket) => heatmapPalette[bucket].fill));
    const codes = new Set(recommendationBuckets.map((bucket) => de(`heatmap:symbol.${bucket}`)));
    expect(fills.size).toBe(recommendationBuckets.length);
    expect(codes.size).toBe(recommendationBuckets.length);
  });
});

describe('heatmap texts', () => {
  it('given the German and English namespace files, then both have the same keys', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}${key}.`))
        : [prefix];
    expect(keys(enHeatmap).sort()).toEqual(keys(deHeatmap).sort());
  });
});
