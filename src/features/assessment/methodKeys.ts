// Where the assessment views find the method's own names (namespace "method"): the metric labels
// and recommendation names, kept in one place so the components never spell them twice.
import type { Recommendation } from '../../domain/scoreTypes';

export const metricLabelKeys = {
  DS: 'method:metrics.DS',
  AS: 'method:metrics.AS',
  EI: 'method:metrics.EI',
  hoursSaved: 'method:metrics.hoursSaved',
  priority: 'method:metrics.priority',
  recommendation: 'method:metrics.recommendation',
  completeness: 'method:metrics.completeness',
} as const;

export function recommendationKey(recommendation: Recommendation): string {
  return `method:recommendations.${recommendation}`;
}

export function periodKey(period: string): string {
  return `method:periods.${period}`;
}
