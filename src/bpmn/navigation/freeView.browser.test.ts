// freeView: a fitted diagram and a step scrolled into view lie right of the palette, inside the
// canvas; a step in view already leaves the view as it is; a diagram smaller than the free area is
// not enlarged; an empty diagram still fits, and a canvas with no size is left alone.
import { describe, expect, test } from 'vitest';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type { Element } from 'diagram-js/lib/model/Types';
import { fitViewport } from '../createModeler';
import { sampleDiagramXml } from '../sample/sampleDiagram';
import { isShape } from '../shapes';
import { mountModeler } from '../testing/mountModeler';
import { contextPadRoom, freeViewMargin, paletteInset, scrollIntoFreeView } from './freeView';

/** Screen boxes of every drawn element's visual (shapes, connections, labels). */
function drawnBoxes(container: HTMLElement): DOMRect[] {
  return Array.from(container.querySelectorAll('.djs-element > .djs-visual'), (visual) => visual.getBoundingClientRect()).filter(
    (box) => box.width > 0 || box.height > 0,
  );
}

function paletteRight(container: HTMLElement): number {
  return (container.querySelector('.djs-palette') as HTMLElement).getBoundingClientRect().right;
}

const oneTask = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="d" targetNamespace="http://example.org">
  <bpmn:process id="p"><bpmn:task id="t" name="Antrag prüfen" /></bpmn:process>
  <bpmndi:BPMNDiagram id="diagram"><bpmndi:BPMNPlane id="plane" bpmnElement="p">
    <bpmndi:BPMNShape id="t_di" bpmnElement="t"><dc:Bounds x="0" y="0" width="100" height="80" /></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

const emptyProcess = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  id="d" targetNamespace="http://example.org">
  <bpmn:process id="p" />
  <bpmndi:BPMNDiagram id="diagram"><bpmndi:BPMNPlane id="plane" bpmnElement="p" /></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

describe('freeView', () => {
  test('given the sample, when the whole diagram is fitted, then every element lies right of the palette and inside the canvas', async () => {
    const { modeler, container } = await mountModeler({ xml: sampleDiagramXml, width: 1000, height: 600 });
    fitViewport(modeler);

    const canvasBox = container.getBoundingClientRect();
    const boxes = drawnBoxes(container);
    expect(boxes.length).toBeGreaterThan(20);
    const left = Math.min(...boxes.map((box) => box.left));
    // 1 px for the outlines' half width around the visuals' boxes
    expect(left).toBeGreaterThanOrEqual(paletteRight(container) + freeViewMargin - 1);
    expect(Math.max(...boxes.map((box) => box.right))).toBeLessThanOrEqual(canvasBox.right - freeViewMargin + 1);
    expect(Math.min(...boxes.map((box) => box.top))).toBeGreaterThanOrEqual(canvasBox.top + freeViewMargin - 1);
    expect(Math.max(...boxes.map((box) => box.bottom))).toBeLessThanOrEqual(canvasBox.bottom - freeViewMargin + 1);
  });

  test('given a diagram smaller than the free area, when fitted, then it is shown at 100 % in the middle of the free area', async () => {
    const { modeler, container } = await mountModeler({ xml: oneTask, width: 800, height: 500 });
    const canvas = modeler.get<Canvas>('canvas');
    canvas.zoom(2.5);
    fitViewport(modeler);

    expect(canvas.zoom()).toBe(1);
    const task = container.querySelector('[data-element-id="t"] > .djs-visual') as SVGGElement;
    const box = task.getBoundingClientRect();
    const canvasBox = container.getBoundingClientRect();
    const freeLeft = canvasBox.left + paletteInset(canvas) + freeViewMargin;
    // right of the free area: room for the context pad of the diagram's rightmost element
    const freeRight = canvasBox.right - contextPadRoom;
    expect((box.left + box.right) / 2).toBeCloseTo((freeLeft + freeRight) / 2, 0);
    expect((box.top + box.bottom) / 2).toBeCloseTo((canvasBox.top + canvasBox.bottom) / 2, 0);
  });

  test('given an empty diagram, when fitted, then the view is diagram-js\'s own fit and no error is thrown', async () => {
    const { modeler } = await mountModeler({ xml: emptyProcess });
    const canvas = modeler.get<Canvas>('canvas');

    expect(() => fitViewport(modeler)).not.toThrow();
    expect(Number.isFinite(canvas.viewbox().scale)).toBe(true);
  });

  test('given a canvas with no size (hidden, or not laid out yet), when fitted, then nothing is thrown and the view stays; shown again, it fits', async () => {
    const { modeler, container } = await mountModeler({ xml: sampleDiagramXml });
    const canvas = modeler.get<Canvas>('canvas');
    const before = canvas.viewbox();
    container.style.display = 'none';
    canvas.resized();

    expect(() => fitViewport(modeler)).not.toThrow();
    expect(canvas.viewbox().scale).toBe(before.scale);

    container.style.display = '';
    canvas.resized();
    fitViewport(modeler);
    expect(Number.isFinite(canvas.viewbox().scale)).toBe(true);
    expect(canvas.viewbox().scale).toBeGreaterThan(0);
  });

  test('given a step off to the left, when it is scrolled into view, then it lies right of the palette', async () => {
    const { modeler, container } = await mountModeler({ xml: sampleDiagramXml, width: 1000, height: 600 });
    const canvas = modeler.get<Canvas>('canvas');
    const registry = modeler.get<ElementRegistry>('elementRegistry');
    const leftMost = registry
      .filter((element) => /Task$/.test(element.type))
      .map((element) => element as Element)
      .filter(isShape)
      .reduce((first, shape) => (shape.x < first.x ? shape : first));
    canvas.zoom(1);
    // the step just right of the canvas's left edge, under where the palette floats
    const { x } = leftMost;
    const viewbox = canvas.viewbox();
    canvas.viewbox({ x: x - 30, y: viewbox.y, width: viewbox.width, height: viewbox.height });
    const before = (container.querySelector(`[data-element-id="${leftMost.id}"] > .djs-visual`) as SVGGElement).getBoundingClientRect();
    expect(before.left).toBeLessThan(paletteRight(container));

    scrollIntoFreeView(canvas, leftMost);

    const after = (container.querySelector(`[data-element-id="${leftMost.id}"] > .djs-visual`) as SVGGElement).getBoundingClientRect();
    expect(after.left).toBeGreaterThanOrEqual(paletteRight(container) + freeViewMargin - 1);
  });

  test('given the fitted sample, when each element wholly in the free area is scrolled into view, then the view stays as fitted', async () => {
    const { modeler, container } = await mountModeler({ xml: sampleDiagramXml, width: 1000, height: 600 });
    const canvas = modeler.get<Canvas>('canvas');
    fitViewport(modeler);
    const fitted = canvas.viewbox();
    const frame = container.getBoundingClientRect();
    const free = { left: paletteRight(container) + freeViewMargin, top: frame.top + freeViewMargin, right: frame.right - freeViewMargin, bottom: frame.bottom - freeViewMargin };
    const inView = modeler
      .get<ElementRegistry>('elementRegistry')
      .filter((element) => isShape(element as Element) && element.type !== 'bpmn:Participant' && element.type !== 'bpmn:Lane' && element.type !== 'label')
      .filter((element) => {
        const box = container.querySelector(`[data-element-id="${element.id}"] > .djs-visual`)?.getBoundingClientRect();
        return box !== undefined && box.left >= free.left && box.top >= free.top && box.right <= free.right && box.bottom <= free.bottom;
      });
    expect(inView.length).toBeGreaterThan(10);

    for (const element of inView) scrollIntoFreeView(canvas, element);

    const shown = canvas.viewbox();
    expect([shown.x, shown.y, shown.scale]).toEqual([fitted.x, fitted.y, fitted.scale]);
  });
});
