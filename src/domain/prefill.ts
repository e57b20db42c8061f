// Building blocks (Bausteine) on a step's answers, and the one way to set an answer as the user's.
// A block fills its pre-fills where the step has no answer; the answers it filled stay the block's
// (listed in `prefilled`) until the user sets or clears them, and a block change or "kein Baustein"
// takes back the block's answers. An answer the user set or cleared is never touched by a block.
import type { Answers, StepAssessment } from './assessment';
import { buildingBlocks, criterionCodes } from './criteria';
import type { BuildingBlock, CriterionCode } from './criteria';

const blocksById = new Map<string, BuildingBlock>(buildingBlocks.map((block) => [block.id, block]));

/** The building block with this id, or undefined when the catalogue has none such. */
export function findBuildingBlock(blockId: string): BuildingBlock | undefined {
  return blocksById.get(blockId);
}

/** The codes in the order of the questions, or undefined for none (the record then has no list). */
function codeList(codes: ReadonlySet<CriterionCode>): CriterionCode[] | undefined {
  const list = criterionCodes.filter((code) => codes.has(code));
  return list.length > 0 ? list : undefined;
}

/** A copy of the assessment with the answers and both code lists, a list left out when empty. */
function withLists(assessment: StepAssessment, answers: Answers, prefilled: ReadonlySet<CriterionCode>, cleared: ReadonlySet<CriterionCode>): StepAssessment {
  const next: StepAssessment = { ...assessment, answers };
  delete next.prefilled;
  delete next.cleared;
  const prefilledList = codeList(prefilled);
  const clearedList = codeList(cleared);
  if (prefilledList) next.prefilled = prefilledList;
  if (clearedList) next.cleared = clearedList;
  return next;
}

/**
 * Returns a copy of the assessment with `buildingBlock` set (undefined: cleared). The answers the
 * previous block filled and the user has not changed are taken back; the new block's pre-fills are
 * filled where the step has no answer and the user did not clear one, and listed in `prefilled`.
 * Answers of a record from before `prefilled` was kept cannot be told apart from given ones and
 * stay. An unknown id changes nothing and returns the same object. The caller stamps updatedAt and
 * revision when it stores.
 */
export function applyBuildingBlock(assessment: StepAssessment, blockId: string | undefined): StepAssessment {
  const block = blockId === undefined ? undefined : blocksById.get(blockId);
  if (blockId !== undefined && !block) return assessment;
  const taken = new Set(assessment.prefilled);
  const cleared = new Set(assessment.cleared);
  const kept = Object.entries(assessment.answers).filter(([code, value]) => value !== undefined && !taken.has(code as CriterionCode));
  const fills = Object.entries(block?.prefill ?? {}).filter(
    ([code, value]) => value !== undefined && !cleared.has(code as CriterionCode) && !kept.some(([keptCode]) => keptCode === code),
  );
  const answers = Object.fromEntries([...kept, ...fills]) as Answers;
  const next = withLists(assessment, answers, new Set(fills.map(([code]) => code as CriterionCode)), cleared);
  delete next.buildingBlock;
  if (block) next.buildingBlock = block.id;
  return next;
}

/**
 * Returns a copy of the assessment with the answer to `code` set, or cleared for undefined, as
 * the user's own: it leaves the block's pre-filled list, and a cleared answer is listed in
 * `cleared`, so that no block fills it again; an answer set later leaves that list. Clearing an
 * unanswered criterion changes nothing and returns the same object. Every writer of a single
 * answer (score panel, steps table, digit keys) goes through here.
 */
export function setGivenAnswer<C extends CriterionCode>(assessment: StepAssessment, code: C, value: Answers[C] | undefined): StepAssessment {
  if (value === undefined && assessment.answers[code] === undefined) return assessment;
  const answers: Answers = { ...assessment.answers };
  const prefilled = new Set(assessment.prefilled);
  const cleared = new Set(assessment.cleared);
  prefilled.delete(code);
  if (value === undefined) {
    delete answers[code];
    cleared.add(code);
  } else {
    answers[code] = value;
    cleared.delete(code);
  }
  return withLists(assessment, answers, prefilled, cleared);
}

/** A pre-filled answer: the criterion and the value the block gave it. */
export interface PrefilledAnswer {
  code: CriterionCode;
  value: number | boolean;
}

/** The answers the step's block filled and the user has not changed, in the order of the questions. */
export function prefilledAnswers(assessment: StepAssessment): PrefilledAnswer[] {
  const prefilled = new Set(assessment.prefilled);
  return criterionCodes.flatMap((code) => {
    const value = assessment.answers[code];
    return prefilled.has(code) && value !== undefined ? [{ code, value }] : [];
  });
}
