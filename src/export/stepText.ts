// The words the exports use for a step: its name (with the sub-process it is in, where it is in
// one, so that steps of the same name are told apart), type, building block, answers, period,
// recommendation and, where its quantities are begun but lack what its hours need, what is missing
// ("„Zeitraum“ fehlt", as the app says it), translated once here so the spreadsheets and the
// reports say the same thing.
import type { Answers, Period, StepType } from '../domain/assessment';
import { benefitGap } from '../domain/benefitGap';
import type { CriterionCode } from '../domain/criteria';
import { buildingBlocks, criteria, mediaBreaksOrMore } from '../domain/criteria';
import type { Recommendation } from '../domain/scoreTypes';
import { inProcessOrder } from '../domain/scoring';
import { missingQuantitiesText } from '../i18n/missingQuantitiesText';
import type { ReportInput, ReportLanguage, Translate } from './reportInput';

/**
 * The step's name from the diagram; for a step no longer in it, its last known name; else its element
 * id. A step in the diagram without a name is named by its id, not by a name it had before.
 */
export function stepName(input: ReportInput, stepId: string): string {
  const step = input.steps.find((candidate) => candidate.id === stepId);
  if (step) return step.name.trim() || stepId;
  return input.assessments.get(stepId)?.lastKnownName || stepId;
}

/** The name of the sub-process the step is in; undefined for a step on the top level or no longer in the diagram. */
export function stepParent(input: Pick<ReportInput, 'steps'>, stepId: string): string | undefined {
  return input.steps.find((candidate) => candidate.id === stepId)?.parent || undefined;
}

/** A step's name with the sub-process it is in, where it is in one: "Troponin (im Teilprozess „take ECG“)". */
export function nameInParent(t: Translate, name: string, parent: string | undefined): string {
  return parent ? t('report:step.inParent', { step: name, parent }) : name;
}

/** The step's name (stepName) as the reports list it: with the sub-process it is in, where it is in one. */
export function stepNameWithParent(input: ReportInput, stepId: string, t: Translate): string {
  return nameInParent(t, stepName(input, stepId), stepParent(input, stepId));
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

/**
 * For an applicable step whose quantities are begun but lack what its hours need, what is missing,
 * as the app's steps table says it ("„Zeitraum“ fehlt"); null for any other step (hours worked out,
 * no quantity given, not applicable).
 */
export function missingQuantities(input: Pick<ReportInput, 'assessments' | 'scores'>, stepId: string, t: Translate, language: ReportLanguage): string | null {
  if (!input.scores.get(stepId)?.applicable) return null;
  const gap = benefitGap(input.assessments.get(stepId)?.quantities ?? {});
  return gap?.kind === 'missing' ? missingQuantitiesText(t, language, gap.fields) : null;
}

/** The steps the app's figures list as "Schritte mit unvollständigen Mengenangaben", in process order, with what each lacks. */
export function stepsLackingQuantities(input: ReportInput, t: Translate, language: ReportLanguage): { stepId: string; missing: string }[] {
  return inProcessOrder(input.steps).flatMap((step) => {
    const missing = missingQuantities(input, step.id, t, language);
    return missing === null ? [] : [{ stepId: step.id, missing }];
  });
}
