// The heatmap entries of the open process for a metric, rebuilt per step only where that step's
// score (or the metric, or the language) changed, so one changed answer builds one entry; each
// text is looked up once.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { heatmapEntry, rememberingTranslate } from '../../bpmn/heatmap/heatmapScale';
import type { HeatmapEntry, HeatmapTranslate } from '../../bpmn/heatmap/heatmapScale';
import type { StepScore } from '../../domain/scoreTypes';
import { uiLanguage } from '../../i18n/uiLocale';
import type { UiLanguage } from '../../i18n/uiLocale';
import type { HeatmapMetric } from '../../state/appState';

const noEntries: ReadonlyMap<string, HeatmapEntry> = new Map();

interface EntryCache {
  metric: HeatmapMetric;
  language: UiLanguage;
  t: HeatmapTranslate;
  /** `t` with its texts kept, for this metric's entries */
  translate: HeatmapTranslate;
  perStep: Map<string, { score: StepScore; entry: HeatmapEntry }>;
}

/** a cache of entries per step and of their texts, valid for one metric, language and `t` at a time */
export function createHeatmapEntryCache() {
  let cache: EntryCache | undefined;
  return function entriesFor(
    metric: HeatmapMetric | null,
    scores: ReadonlyMap<string, StepScore>,
    t: HeatmapTranslate,
    language: UiLanguage,
  ): ReadonlyMap<string, HeatmapEntry> {
    if (!metric) return noEntries;
    if (cache?.metric !== metric || cache.language !== language || cache.t !== t) {
      cache = { metric, language, t, translate: rememberingTranslate(t), perStep: new Map() };
    }
    const { perStep, translate } = cache;
    const entries = new Map<string, HeatmapEntry>();
    for (const [stepId, score] of scores) {
      const cached = perStep.get(stepId);
      let entry: HeatmapEntry;
      if (cached && cached.score === score) entry = cached.entry;
      else {
        entry = heatmapEntry(metric, score, translate, language);
        perStep.set(stepId, { score, entry });
      }
      entries.set(stepId, entry);
    }
    for (const stepId of perStep.keys()) if (!scores.has(stepId)) perStep.delete(stepId);
    return entries;
  };
}

export function useHeatmapEntries(metric: HeatmapMetric | null, scores: ReadonlyMap<string, StepScore>): ReadonlyMap<string, HeatmapEntry> {
  const { t, i18n } = useTranslation('heatmap');
  const [entriesFor] = useState(createHeatmapEntryCache);
  const language = uiLanguage(i18n.language);
  return useMemo(() => entriesFor(metric, scores, t, language), [entriesFor, metric, scores, t, language]);
}
