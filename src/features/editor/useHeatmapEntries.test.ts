// Tests of the heatmap entries' cache: one entry made per changed score, each text looked up once
// per metric and language, and new texts when the language changes.
import { describe, expect, it } from 'vitest';
import type { HeatmapTranslate } from '../../bpmn/heatmap/heatmapScale';
import { testScore, testStepScore } from '../../domain/testing/fixtures';
import type { StepScore } from '../../domain/scoreTypes';
import { i18n } from '../../i18n/i18n';
import { createHeatmapEntryCache } from './useHeatmapEntries';

function countingTranslate(language: string): { t: HeatmapTranslate; lookups: string[] } {
  const lookups: string[] = [];
  const t: HeatmapTranslate = (key, values) => {
    lookups.push(key);
    return i18n.t(key, { ...values, lng: language });
  };
  return { t, lookups };
}

function scoresOf(count: number): Map<string, StepScore> {
  return new Map(Array.from({ length: count }, (_, index) => [`Task_${index}`, testStepScore(`Task_${index}`, { ds: testScore(index % 2 === 0 ? 72 : 40) })]));
}

describe('createHeatmapEntryCache', () => {
  it('given many steps, when their entries are made, then each text is looked up once', () => {
    const entriesFor = createHeatmapEntryCache();
    const german = countingTranslate('de');

    const entries = entriesFor('ds', scoresOf(300), german.t, 'de');

    expect(entries.size).toBe(300);
    expect(entries.get('Task_1')?.title).toBe('Digitalisierungspotenzial: 40');
    expect(german.lookups).toHaveLength(3);
  });

  it('given entries made, when one score changes, then only its entry is made anew', () => {
    const entriesFor = createHeatmapEntryCache();
    const german = countingTranslate('de');
    const scores = scoresOf(10);
    const before = entriesFor('ds', scores, german.t, 'de');

    const changed = new Map(scores).set('Task_3', testStepScore('Task_3', { ds: testScore(95) }));
    const after = entriesFor('ds', changed, german.t, 'de');

    expect(after.get('Task_3')?.label).toBe('95');
    expect([...after].filter(([id, entry]) => before.get(id) !== entry).map(([id]) => id)).toEqual(['Task_3']);
  });

  it('given entries in German, when the language changes, then the texts are looked up anew in English', () => {
    const entriesFor = createHeatmapEntryCache();
    const scores = scoresOf(4);
    entriesFor('ds', scores, countingTranslate('de').t, 'de');
    const english = countingTranslate('en');

    const entries = entriesFor('ds', scores, english.t, 'en');

    expect(entries.get('Task_0')?.title).toBe(i18n.t('heatmap:badge.aria', { lng: 'en', metric: i18n.t('heatmap:metric.ds', { lng: 'en' }), value: '72' }));
    expect(english.lookups.length).toBeGreaterThan(0);
  });
});
