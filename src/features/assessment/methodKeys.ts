// Where the assessment views find the method's own texts (i18n namespace "method"): metric names,
// section titles, flags, answers, building-block texts, periods, quantities, recommendations and
// the matrix's axes and quadrants, kept in one place so the components never spell them twice.
import type { Period } from '../../domain/assessment';
import type { CriterionCode } from '../../domain/criteria';
import type { NumericQuantity } from '../../domain/inputValidation';
import type { Quadrant } from '../../domain/matrix';
import type { EffortBand, Recommendation } from '../../domain/scoreTypes';

export const methodKeys = {
  metrics: {
    DS: 'method:metrics.DS',
    AS: 'method:metrics.AS',
    EI: 'method:metrics.EI',
    hoursSaved: 'method:metrics.hoursSaved',
    hoursPerYear: 'method:metrics.hoursPerYear',
    priority: 'method:metrics.priority',
    recommendation: 'method:metrics.recommendation',
    completeness: 'method:metrics.completeness',
    automationPotential: 'method:metrics.automationPotential',
    mediaBreaks: 'method:metrics.mediaBreaks',
  },
  sections: {
    quickCheck: 'method:sections.quickCheck',
    detailed: 'method:sections.detailed',
    quantities: 'method:sections.quantities',
    buildingBlock: 'method:sections.buildingBlock',
  },
  flags: {
    incomplete: 'method:flags.incomplete',
    easeEstimated: 'method:flags.easeEstimated',
    stabiliseFirst: 'method:flags.stabiliseFirst',
    assistOnly: 'method:flags.assistOnly',
    notApplicable: 'method:flags.notApplicable',
    alreadyAutomated: 'method:flags.alreadyAutomated',
  },
  blocks: {
    none: 'method:blocks.none',
    prefillHint: 'method:blocks.prefillHint',
  },
  ranking: {
    hours: 'method:ranking.basisHours',
    index: 'method:ranking.basisIndex',
  },
  matrix: {
    title: 'method:matrix.title',
    xAxis: 'method:matrix.xAxis',
    yAxisHours: 'method:matrix.yAxisHours',
    yAxisIndex: 'method:matrix.yAxisIndex',
  },
} as const;

export function recommendationKey(recommendation: Recommendation): string {
  return `method:recommendations.${recommendation}`;
}

export function effortKey(band: EffortBand): string {
  return `method:effort.${band}`;
}

export function periodKey(period: Period): string {
  return `method:periods.${period}`;
}

export function quantityLabelKey(field: NumericQuantity | 'period'): string {
  return `method:quantities.${field}.label`;
}

export function quantityUnitKey(field: NumericQuantity): string {
  return `method:quantities.${field}.unit`;
}

/** The text of a yes/no option of Vm or Er. */
export function yesNoOptionKey(code: Extract<CriterionCode, 'Vm' | 'Er'>, answer: 'yes' | 'no'): string {
  return `method:criteria.${code}.options.${answer}`;
}

export function quadrantKey(quadrant: Quadrant): string {
  return `method:matrix.quadrants.${quadrant}`;
}
