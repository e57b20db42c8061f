// Applies a building block (Baustein) to a step's assessment: records the block and fills the
// block's pre-fill answers where the step has no answer yet. Given answers are never overwritten.
import type { Answers, StepAssessment } from './assessment';
import { buildingBlocks } from './criteria';
import type { BuildingBlock } from './criteria';

const blocksById = new Map<string, BuildingBlock>(buildingBlocks.map((block) => [block.id, block]));

/** The building block with this id, or undefined when the catalogue has none such. */
export function findBuildingBlock(blockId: string): BuildingBlock | undefined {
  return blocksById.get(blockId);
}

/**
 * Returns a copy of the assessment with `buildingBlock` set and the block's pre-fills filled in
 * only where unanswered. `undefined` clears the block and keeps every answer (answers filled by
 * an earlier block cannot be told apart from given ones, so they stay). An unknown id changes
 * nothing and returns the same object. The caller stamps updatedAt and revision when it stores.
 */
export function applyBuildingBlock(assessment: StepAssessment, blockId: string | undefined): StepAssessment {
  if (blockId === undefined) {
    const cleared = { ...assessment };
    delete cleared.buildingBlock;
    return cleared;
  }
  const block = blocksById.get(blockId);
  if (!block) return assessment;
  const given = Object.fromEntries(Object.entries(assessment.answers).filter(([, value]) => value !== undefined)) as Answers;
  return { ...assessment, buildingBlock: block.id, answers: { ...block.prefill, ...given } };
}
