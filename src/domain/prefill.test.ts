// Pins the building blocks: all 13 of the spec exist, pre-fills fill gaps and never overwrite, a
// block takes back what it filled and the user has not changed, and an answer the user sets or
// clears stays theirs.
import { describe, expect, it } from 'vitest';
import { createStepAssessment } from './assessment';
import type { StepAssessment } from './assessment';
import { buildingBlocks } from './criteria';
import { applyBuildingBlock, findBuildingBlock, prefilledAnswers, setGivenAnswer } from './prefill';

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
    expect(result.prefilled).toEqual(['R', 'Id', 'Mb']);
  });

  it('never overwrites a given answer', () => {
    const given: StepAssessment = { ...blank(), answers: { Mb: 0, R: 2 } };
    const result = applyBuildingBlock(given, 'scan');
    expect(result.answers).toEqual({ Mb: 0, R: 2, Id: 1 });
    expect(result.prefilled).toEqual(['Id']);
    expect(given.answers).toEqual({ Mb: 0, R: 2 });
  });

  it('keeps a given legal form when the block would pre-set another', () => {
    const given = { ...blank(), answers: { Lf: 5 as const, Id: undefined } };
    expect(applyBuildingBlock(given, 'sign').answers.Lf).toBe(5);
    // an answer stored as undefined counts as unanswered and is filled
    expect(applyBuildingBlock(given, 'scan').answers.Id).toBe(1);
  });

  it('changes nothing for an unknown block', () => {
    const a = blank();
    expect(applyBuildingBlock(a, 'noSuchBlock')).toBe(a);
    expect(findBuildingBlock('noSuchBlock')).toBeUndefined();
    expect(findBuildingBlock('payment')?.labelKey).toBe('method:blocks.payment');
  });
});

describe('a block change takes back what the block filled', () => {
  it('given "Dokument scannen", when "Prüfen" is chosen, then only Prüfen\'s pre-fill stays', () => {
    // given scan filled Mb 1, Id 1, R 5
    const scanned = applyBuildingBlock(blank(), 'scan');
    // when
    const checked = applyBuildingBlock(scanned, 'check');
    // then
    expect(checked.buildingBlock).toBe('check');
    expect(checked.answers).toEqual({ R: 3 });
    expect(checked.prefilled).toEqual(['R']);
  });

  it('given "Dokument scannen", when "kein Baustein" is chosen, then no answer is left', () => {
    const cleared = applyBuildingBlock(applyBuildingBlock(blank(), 'scan'), undefined);
    expect(cleared).not.toHaveProperty('buildingBlock');
    expect(cleared.answers).toEqual({});
    expect(cleared).not.toHaveProperty('prefilled');
  });

  it('given the user changed a pre-filled answer, when the block changes, then the changed answer stays and is the user\'s', () => {
    // given scan filled Mb 1, Id 1, R 5; the user sets R to 2
    const changed = setGivenAnswer(applyBuildingBlock(blank(), 'scan'), 'R', 2);
    expect(changed.prefilled).toEqual(['Id', 'Mb']);
    // when "Prüfen" (R 3), then "kein Baustein"
    const checked = applyBuildingBlock(changed, 'check');
    const none = applyBuildingBlock(checked, undefined);
    // then R stays 2 throughout; scan's other fills are taken back
    expect(checked.answers).toEqual({ R: 2 });
    expect(checked).not.toHaveProperty('prefilled');
    expect(none.answers).toEqual({ R: 2 });
  });

  it('given the user chose the pre-filled value itself, then it is the user\'s and stays', () => {
    const confirmed = setGivenAnswer(applyBuildingBlock(blank(), 'print'), 'Mb', 1);
    expect(applyBuildingBlock(confirmed, undefined).answers).toEqual({ Mb: 1 });
  });

  it('given the user cleared a pre-filled answer, when another block pre-fills it, then it stays empty', () => {
    // given print filled Mb 1, R 5; the user clears R
    const cleared = setGivenAnswer(applyBuildingBlock(blank(), 'print'), 'R', undefined);
    expect(cleared.answers).toEqual({ Mb: 1 });
    expect(cleared.prefilled).toEqual(['Mb']);
    expect(cleared.cleared).toEqual(['R']);
    // when "Dokument senden" (R 5)
    const sent = applyBuildingBlock(cleared, 'send');
    // then R stays empty, and print's Mb is taken back
    expect(sent.answers).toEqual({});
    expect(sent).not.toHaveProperty('prefilled');
    // and once the user answers R, it is no longer marked as cleared
    const answered = setGivenAnswer(sent, 'R', 4);
    expect(answered.answers).toEqual({ R: 4 });
    expect(answered).not.toHaveProperty('cleared');
  });

  it('never overwrites an answer the user gave, on any block change', () => {
    // given the user answered R 1 and Lf 5 before any block
    const given = setGivenAnswer(setGivenAnswer(blank(), 'R', 1), 'Lf', 5);
    // when "Bescheid erstellen" (R 3, Lf 3), then "Zahlung" (R 5, Is 4)
    const notice = applyBuildingBlock(given, 'notice');
    const payment = applyBuildingBlock(notice, 'payment');
    // then
    expect(notice.answers).toEqual({ R: 1, Lf: 5 });
    expect(payment.answers).toEqual({ R: 1, Lf: 5, Is: 4 });
    expect(payment.prefilled).toEqual(['Is']);
  });

  it('arrowing through several blocks ends with only the last block\'s fills', () => {
    // given a blank step; when the list passes Daten erfassen, Dokument drucken and Dokument scannen to Prüfen
    let assessment = blank();
    for (const id of ['dataEntry', 'print', 'scan', 'check']) assessment = applyBuildingBlock(assessment, id);
    // then
    expect(assessment.answers).toEqual({ R: 3 });
    expect(assessment.prefilled).toEqual(['R']);
  });

  it('keeps answers of a record from before pre-fills were recorded when the block changes', () => {
    // given a stored record whose block filled R 5 before the app recorded which answers a block filled
    const old: StepAssessment = { ...blank(), buildingBlock: 'print', answers: { Mb: 1, R: 5 } };
    // when
    const none = applyBuildingBlock(old, undefined);
    // then nothing tells them apart from given answers, so they stay
    expect(none.answers).toEqual({ Mb: 1, R: 5 });
  });
});

describe('setGivenAnswer', () => {
  it('sets and clears an answer without changing the record given', () => {
    const a = blank();
    const set = setGivenAnswer(a, 'Mb', 2);
    expect(set.answers).toEqual({ Mb: 2 });
    expect(a.answers).toEqual({});
    expect(setGivenAnswer(set, 'Mb', undefined).answers).toEqual({});
  });

  it('marks a cleared answer only when there was one to clear', () => {
    const a = blank();
    expect(setGivenAnswer(a, 'Sp', undefined)).toBe(a);
  });
});

describe('prefilledAnswers', () => {
  it('lists the answers the block filled, in the order of the questions', () => {
    const scanned = setGivenAnswer(applyBuildingBlock(blank(), 'scan'), 'Id', 3);
    expect(prefilledAnswers(scanned)).toEqual([
      { code: 'R', value: 5 },
      { code: 'Mb', value: 1 },
    ]);
    expect(prefilledAnswers(blank())).toEqual([]);
  });
});
