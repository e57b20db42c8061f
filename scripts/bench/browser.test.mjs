// Tests of the benchmark's browser helpers (browser.mjs) that need no browser: the steps-table
// page's warm-up mounts as many rows as the app's sample process has steps. Part of the unit
// project of `npm test`.
import { describe, expect, it } from 'vitest';
import { sampleDiagramXml } from '../../src/bpmn/sample/sampleDiagram';
import { isStepType } from '../../src/domain/assessment';
import { tableWarmUpRows } from './browser.mjs';

const bpmnModelNs = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

describe('tableWarmUpRows', () => {
  it('is the number of steps in the app’s sample process', () => {
    // given the sample process the app shows on first start
    const document = new DOMParser().parseFromString(sampleDiagramXml, 'application/xml');
    // when its BPMN elements of a step type are counted
    const steps = [...document.getElementsByTagNameNS(bpmnModelNs, '*')].filter((element) => isStepType(`bpmn:${element.localName[0].toUpperCase()}${element.localName.slice(1)}`));
    // then the table page's warm-up mounts that many rows
    expect(steps.length).toBeGreaterThan(0);
    expect(tableWarmUpRows).toBe(steps.length);
  });
});
