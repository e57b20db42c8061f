// The heatmap's scale: which bucket, badge text and colours a step gets for the chosen metric, and
// the legend of each metric. Pure (no bpmn-js, no DOM): the canvas module, the SVG export and the
// UI's legend all read the same palette from here. The palette is readable with red-green colour
// blindness (a yellow-green-blue lightness ramp for values: the five lighter classes of ColorBrewer's
// seven-class YlGnBu, so that every value bucket takes black text; the Okabe-Ito colours for
// recommendations), and colour is never the only cue: every badge carries a number, a symbol or a
// short code, and open steps are hatched with a dashed outline.
import type { Recommendation, StepScore } from '../../domain/scoreTypes';
import { priorityIncomplete } from '../../domain/scoring';
import { formatScore, formatShare } from '../../i18n/figureFormats';
import type { UiLanguage } from '../../i18n/uiLocale';

export const heatmapMetrics = ['ds', 'as', 'ei', 'priority', 'recommendation', 'completeness'] as const;
export type HeatmapMetric = (typeof heatmapMetrics)[number];

/** Value buckets 0 (lowest fifth) … 4 (highest fifth) of a 0–100 value. */
export type ValueBucket = 0 | 1 | 2 | 3 | 4;
/** The recommendations that have their own colour (the others map to open / na / done). */
export type RecommendationBucket = Extract<Recommendation, 'automate' | 'digitise' | 'assist' | 'stabilise' | 'keep'>;
export type HeatmapBucket = ValueBucket | 'open' | 'na' | 'done' | RecommendationBucket;

export interface HeatmapStyle {
  fill: string;
  stroke: string;
  textColor: string;
  /** open steps are hatched (an SVG pattern over the fill) */
  pattern?: 'hatched';
  /** SVG stroke-dasharray of the shape's outline */
  dash?: string;
}

export interface HeatmapEntry extends HeatmapStyle {
  stepId: string;
  metric: HeatmapMetric;
  bucket: HeatmapBucket;
  /** CSS class set on the shape as a canvas marker, e.g. "pl-heat-3" */
  marker: string;
  /** badge text: a number ("72"), a share as the language writes it ("40 %", "40%"), a symbol ("?", "–", "✓") or a recommendation's code */
  label: string;
  /** what the badge says in words, for screen readers and the tooltip */
  title: string;
}

export interface HeatmapLegendItem extends HeatmapStyle {
  bucket: HeatmapBucket;
  /** the badge text this bucket shows (a symbol, code or range) */
  symbol: string;
  label: string;
}

export interface HeatmapLegend {
  title: string;
  items: HeatmapLegendItem[];
}

/** Looks up a text of the `heatmap` namespace (and others by "ns:key"); i18next's `t` fits. */
export type HeatmapTranslate = (key: string, values?: Record<string, string | number>) => string;

export const valueBuckets: readonly ValueBucket[] = [0, 1, 2, 3, 4];
export const recommendationBuckets: readonly RecommendationBucket[] = ['automate', 'digitise', 'assist', 'stabilise', 'keep'];

/** Every bucket's colours: Heatmap.ts paints them on the canvas's tiles, heatmapSvg.ts into the exported SVG. */
export const heatmapPalette: Readonly<Record<HeatmapBucket, HeatmapStyle>> = {
  0: { fill: '#ffffcc', stroke: '#8c8c3e', textColor: '#000000' },
  1: { fill: '#c7e9b4', stroke: '#4f7f4a', textColor: '#000000' },
  2: { fill: '#7fcdbb', stroke: '#2f7a6a', textColor: '#000000' },
  3: { fill: '#41b6c4', stroke: '#1f6f78', textColor: '#000000' },
  4: { fill: '#1d91c0', stroke: '#0e4a63', textColor: '#000000' },
  open: { fill: '#ffffff', stroke: '#616161', textColor: '#000000', pattern: 'hatched', dash: '6 4' },
  na: { fill: '#f5f5f5', stroke: '#9e9e9e', textColor: '#000000', dash: '2 3' },
  done: { fill: '#d9d9d9', stroke: '#4d4d4d', textColor: '#000000' },
  automate: { fill: '#0072b2', stroke: '#003f63', textColor: '#ffffff' },
  digitise: { fill: '#56b4e9', stroke: '#1f6f9e', textColor: '#000000' },
  assist: { fill: '#cc79a7', stroke: '#7a3a5e', textColor: '#000000' },
  stabilise: { fill: '#e69f00', stroke: '#8a5f00', textColor: '#000000' },
  keep: { fill: '#f0e442', stroke: '#8a8226', textColor: '#000000' },
};

/**
 * The class that stripes the legend's swatch as the canvas hatches open steps (heatmap.css), so the
 * legend shows what the canvas shows.
 */
export const hatchedClass = 'pl-heat-hatched';

/**
 * The hatch of open steps: thin grey stripes over the fill (thin, so that the step's name stays
 * readable over them), an SVG pattern in the exported heatmap SVG, drawn alike on the canvas's tiles
 * (tileCanvas.ts) and copied by the legend's CSS (heatmap.css).
 */
export const hatchPattern = { id: 'pl-heat-hatch', size: 8, stroke: '#9e9e9e', strokeWidth: 1 } as const;

export function heatmapMarker(bucket: HeatmapBucket): string {
  return `pl-heat-${bucket}`;
}

/** Every marker class the heatmap may set, to remove them all at once. */
export const heatmapMarkers: readonly string[] = (Object.keys(heatmapPalette) as string[]).map((bucket) => `pl-heat-${bucket}`);

/** Bucket of a rounded 0–100 value: 0–19 → 0, 20–39 → 1, …, 80–100 → 4. */
export function valueBucket(rounded: number): ValueBucket {
  return Math.max(0, Math.min(4, Math.floor(rounded / 20))) as ValueBucket;
}

/** Lower and upper bound of a value bucket as shown in the legend. */
export function bucketRange(bucket: ValueBucket): { from: number; to: number } {
  return { from: bucket * 20, to: bucket === 4 ? 100 : bucket * 20 + 19 };
}

type ScoreMetric = 'ds' | 'as' | 'ei';

interface Reading {
  bucket: HeatmapBucket;
  label: string;
  /** the value in words for the title, when it differs from the label */
  spoken?: string;
  estimated?: boolean;
}

function stateReading(bucket: 'open' | 'na' | 'done', t: HeatmapTranslate): Reading {
  return { bucket, label: t(`heatmap:symbol.${bucket}`), spoken: t(`heatmap:state.${bucket}`) };
}

/** A score's badge shows it as the score panel and the steps table do: whole, or with the digits that keep it under a limit ("59,96"). */
function scoreReading(score: StepScore['ds'], t: HeatmapTranslate, language: UiLanguage): Reading {
  if (score.value === null || score.incomplete) return stateReading('open', t);
  return { bucket: valueBucket(Math.round(score.value)), label: formatScore(score.value, language, score.decimals) };
}

function priorityReading(score: StepScore, t: HeatmapTranslate): Reading {
  if (score.priorityIndex === null || priorityIncomplete(score)) return stateReading('open', t);
  const rounded = Math.round(score.priorityIndex);
  return { bucket: valueBucket(rounded), label: String(rounded), estimated: score.easeEstimated };
}

function completenessReading(score: StepScore, language: UiLanguage): Reading {
  const rounded = Math.round(score.completeness * 100);
  return { bucket: rounded === 0 ? 'open' : valueBucket(rounded), label: formatShare(rounded / 100, language) };
}

function recommendationReading(score: StepScore, t: HeatmapTranslate): Reading {
  const recommendation = score.recommendation;
  if (recommendation === 'open') return stateReading('open', t);
  if (recommendation === 'none') return stateReading('na', t);
  if (recommendation === 'automated') return stateReading('done', t);
  return {
    bucket: recommendation,
    label: t(`heatmap:symbol.${recommendation}`),
    spoken: t(`heatmap:recommendation.${recommendation}`),
  };
}

function reading(metric: HeatmapMetric, score: StepScore, t: HeatmapTranslate, language: UiLanguage): Reading {
  if (!score.applicable) return stateReading('na', t);
  if (score.automated) return stateReading('done', t);
  switch (metric) {
    case 'priority':
      return priorityReading(score, t);
    case 'completeness':
      return completenessReading(score, language);
    case 'recommendation':
      return recommendationReading(score, t);
    default:
      return scoreReading(score[metric satisfies ScoreMetric], t, language);
  }
}

/** The heatmap entry of one step for one metric: bucket, marker class, badge text (`t`'s texts, `language`'s numbers), colours. */
export function heatmapEntry(metric: HeatmapMetric, score: StepScore, t: HeatmapTranslate, language: UiLanguage): HeatmapEntry {
  const { bucket, label, spoken, estimated } = reading(metric, score, t, language);
  const metricName = t(`heatmap:metric.${metric}`);
  const value = spoken ?? label;
  const title = estimated
    ? t('heatmap:badge.ariaEstimated', { metric: metricName, value })
    : t('heatmap:badge.aria', { metric: metricName, value });
  return { stepId: score.stepId, metric, bucket, marker: heatmapMarker(bucket), label, title, ...heatmapPalette[bucket] };
}

/**
 * `t` that looks each text up once: a process's steps share a few dozen badge texts, and i18next's
 * lookup and interpolation per step and text took 20 ms at 1,000 steps when a process opened.
 */
export function rememberingTranslate(t: HeatmapTranslate): HeatmapTranslate {
  const known = new Map<string, string>();
  return (key, values) => {
    const id = values === undefined ? key : `${key}\u0000${JSON.stringify(values)}`;
    let text = known.get(id);
    if (text === undefined) {
      text = t(key, values);
      known.set(id, text);
    }
    return text;
  };
}

/** Entries for every scored step, keyed by element id, ready for the heatmap service. */
export function heatmapEntries(metric: HeatmapMetric, scores: Iterable<StepScore>, t: HeatmapTranslate, language: UiLanguage): Map<string, HeatmapEntry> {
  const entries = new Map<string, HeatmapEntry>();
  const translate = rememberingTranslate(t);
  for (const score of scores) entries.set(score.stepId, heatmapEntry(metric, score, translate, language));
  return entries;
}

function legendItem(bucket: HeatmapBucket, symbol: string, label: string): HeatmapLegendItem {
  return { bucket, symbol, label, ...heatmapPalette[bucket] };
}

function stateItems(t: HeatmapTranslate): HeatmapLegendItem[] {
  return (['open', 'na', 'done'] as const).map((bucket) => legendItem(bucket, t(`heatmap:symbol.${bucket}`), t(`heatmap:state.${bucket}`)));
}

/** The legend of a metric: its buckets (or recommendations) in order, then open, n/a and done. */
export function heatmapLegend(metric: HeatmapMetric, t: HeatmapTranslate): HeatmapLegend {
  const title = t('heatmap:legend.title', { metric: t(`heatmap:metric.${metric}`) });
  if (metric === 'recommendation') {
    const items = recommendationBuckets.map((bucket) =>
      legendItem(bucket, t(`heatmap:symbol.${bucket}`), t(`heatmap:recommendation.${bucket}`)),
    );
    return { title, items: [...items, ...stateItems(t)] };
  }
  const rangeKey = metric === 'completeness' ? 'heatmap:legend.rangePercent' : 'heatmap:legend.range';
  const items = valueBuckets.map((bucket) => {
    const { from, to } = bucketRange(bucket);
    return legendItem(bucket, `${from}–${to}`, t(rangeKey, { level: t(`heatmap:level.${bucket}`), from, to }));
  });
  return { title, items: [...items, ...stateItems(t)] };
}
