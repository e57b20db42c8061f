// The words the exports use for a step: its name, type, building block, answers, period and
// recommendation, translated once here so the spreadsheets and the reports say the same thing.
import type { Answers, Period, StepType } from '../domain/assessment';
import type { CriterionCode } from '../domain/criteria';
import { buildingBlocks, criteria, mediaBreaksOrMore } from '../domain/criteria';
import type { Recommendation } from '../domain/scoreTypes';
import type { ReportInput, Translate } from './reportInput';

/**
 * The step's name from the diagram; for a step no longer in it, its last known name; else its element
 * id. A step in the diagram without a name is named by its id, not by a name it had before.
 */
export function stepName(input: ReportInput, stepId: string): string {
  const step = input.steps.find((candidate) => candidate.id === stepId);
  if (step) return step.name.trim() || stepId;
  return input.assessments.get(stepId)?.lastKnownName || stepId;
}

export function stepTypeLabel(t: Translate, type: StepType): string {
  return t(`report:stepType.${type.replace('bpmn:', '')}`);
}

export function buildingBlockLabel(t: Translate, blockId: string | undefined): string {
  if (blockId === undefined) return '';
  const block = buildingBlocks.find((candidate) => candidate.id === blockId);
  return block ? t(block.labelKey) : blockId;
}

export function criterionLabel(t: Translate, code: CriterionCode): string {
  const definition = criteria.find((candidate) => candidate.code === code);
  return definition ? t(definition.labelKey) : code;
}

export function periodLabel(t: Translate, period: Period | undefined): string {
  return period === undefined ? '' : t(`report:period.${period}`);
}

export function recommendationLabel(t: Translate, recommendation: Recommendation): string {
  return t(`report:recommendation.${recommendation}`);
}

/**
 * An answer as the exports show it: a number (levels, counts, legal form), yes/no, or nothing. A
 * number the app shows otherwise carries that text as `shown`: "3+" for three media breaks or more.
 */
export type AnswerValue = { kind: 'number'; value: number; shown?: string } | { kind: 'text'; text: string } | { kind: 'none' };

export function answerValue(t: Translate, answers: Answers, code: CriterionCode): AnswerValue {
  const value = answers[code];
  if (value === undefined) return { kind: 'none' };
  if (typeof value === 'boolean') return { kind: 'text', text: t(value ? 'report:yes' : 'report:no') };
  if (code === 'Mb' && value >= mediaBreaksOrMore) return { kind: 'number', value: mediaBreaksOrMore, shown: t('report:answer.mediaBreaksOrMore') };
  return { kind: 'number', value };
}
