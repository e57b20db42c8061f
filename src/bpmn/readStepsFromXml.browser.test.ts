// readStoredDiagram in the browser: the same steps as readSteps on the editor's Modeler, the chosen
// view of a multi-diagram file (by id, by position, missing → first view), and no viewer left behind.
import { describe, expect, test } from 'vitest';
import { readSteps } from './readSteps';
import { readStoredDiagram } from './readStepsFromXml';
import { sampleDiagramXml } from './sample/sampleDiagram';
import { mountModeler } from './testing/mountModeler';
import multipleDiagramsXml from '../../../shared/fixtures/bpmn/bpmn-io/bpmn-js_multiple-diagrams.bpmn?raw';

function viewerContainers(): number {
  return document.querySelectorAll('.bjs-container').length;
}

describe('readStoredDiagram', () => {
  test('given the sample diagram, when read from its XML, then the steps equal what the Modeler reads', async () => {
    const { modeler, destroy } = await mountModeler({ xml: sampleDiagramXml, width: 1200, height: 800 });
    const fromModeler = readSteps(modeler);
    destroy();
    const containersBefore = viewerContainers();

    const { steps } = await readStoredDiagram(sampleDiagramXml);

    expect(steps.map((step) => [step.order, step.id])).toEqual(fromModeler.map((step) => [step.order, step.id]));
    expect(steps).toEqual(fromModeler);
    // the sample has ten tasks, the first is the citizen's paper form
    expect(steps).toHaveLength(10);
    expect(steps[0].id).toBe('Task_FormularAusfuellen');
    expect(viewerContainers()).toBe(containersBefore);
  });

  test('given a file with two diagrams, when a view is named, then only its steps are read', async () => {
    // BPMNDiagram_2 (first in the file) shows Process_2 with events only; BPMNDiagram_1 shows
    // Process_1: start → Task_1 → Task_2 → end
    const processOne = ['Task_1', 'Task_2'];

    expect((await readStoredDiagram(multipleDiagramsXml)).steps.map((step) => step.id)).toEqual([]);
    expect((await readStoredDiagram(multipleDiagramsXml, 'BPMNDiagram_1')).steps.map((step) => step.id)).toEqual(processOne);
    // a diagram without an id is known by its position
    const unnamed = multipleDiagramsXml.replace('<bpmndi:BPMNDiagram id="BPMNDiagram_1">', '<bpmndi:BPMNDiagram>');
    expect(unnamed).not.toBe(multipleDiagramsXml);
    expect((await readStoredDiagram(unnamed, '#2')).steps.map((step) => step.id)).toEqual(processOne);
    expect((await readStoredDiagram(multipleDiagramsXml, 'BPMNDiagram_gone')).steps.map((step) => step.id)).toEqual([]);
  });

  test('given XML that is not BPMN, when read, then it rejects and leaves no viewer behind', async () => {
    const containersBefore = viewerContainers();

    await expect(readStoredDiagram('<not-bpmn/>')).rejects.toThrow();

    expect(viewerContainers()).toBe(containersBefore);
  });
});
