// Pins the building blocks: all 13 of the spec exist, pre-fills fill gaps and never overwrite.
import { describe, expect, it } from 'vitest';
import { createStepAssessment } from './assessment';
import type { StepAssessment } from './assessment';
import { buildingBlocks } from './criteria';
import { applyBuildingBlock, findBuildingBlock } from './prefill';

const blank = (): StepAssessment => createStepAssessment('p', { id: 's', name: 'Schritt', type: 'bpmn:UserTask' });

describe('building blocks', () => {
  it('ships the 13 building blocks of the spec, each with a label key in the method namespace', () => {
    expect(buildingBlocks.map((b) => b.id)).toEqual([
      'dataEntry', 'print', 'scan', 'check', 'decide', 'sign', 'send', 'archive', 'gatherInfo', 'coordinate', 'calculate', 'notice', 'payment',
    ]);
    for (const block of buildingBlocks) expect(block.labelKey).toBe(`method:blocks.${block.id}`);
  });

  it('pre-sets one media break for printing, scanning and re-keying', () => {
    for (const id of ['print', 'scan', 'dataEntry']) expect(applyBuildingBlock(blank(), id).answers.Mb).toBe(1);
  });
});

describe('applyBuildingBlock', () => {
  it('records the block and fills its pre-fills on an unanswered step', () => {
    // given a blank step; when "Dokument scannen" is chosen
    const result = applyBuildingBlock(blank(), 'scan');
    // then
    expect(result.buildingBlock).toBe('scan');
    expect(result.answers).toEqual({ Mb: 1, Id: 1, R: 5 });
  });

  it('never overwrites a given answer', () => {
    const given: StepAssessment = { ...blank(), answers: { Mb: 0, R: 2 } };
    const result = applyBuildingBlock(given, 'scan');
    expect(result.answers).toEqual({ Mb: 0, R: 2, Id: 1 });
    expect(given.answers).toEqual({ Mb: 0, R: 2 });
  });

  it('keeps a given legal form when the block would pre-set another', () => {
    const given = { ...blank(), answers: { Lf: 5 as const, Id: undefined } };
    expect(applyBuildingBlock(given, 'sign').answers.Lf).toBe(5);
    // an answer stored as undefined counts as unanswered and is filled
    expect(applyBuildingBlock(given, 'scan').answers.Id).toBe(1);
  });

  it('clears the block but keeps every answer when none is chosen', () => {
    const withBlock = applyBuildingBlock(blank(), 'print');
    const cleared = applyBuildingBlock(withBlock, undefined);
    expect(cleared).not.toHaveProperty('buildingBlock');
    expect(cleared.answers).toEqual(withBlock.answers);
  });

  it('changes nothing for an unknown block', () => {
    const a = blank();
    expect(applyBuildingBlock(a, 'noSuchBlock')).toBe(a);
    expect(findBuildingBlock('noSuchBlock')).toBeUndefined();
    expect(findBuildingBlock('payment')?.labelKey).toBe('method:blocks.payment');
  });
});
