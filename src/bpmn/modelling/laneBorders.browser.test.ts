// A lane's border dragged by the mouse stops at the steps on either side (laneBorders.ts); with Ctrl
// held, bpmn-js makes room instead, as before. Dragged through diagram-js's own resize, as its
// handles do: from the border's middle, by the given number of diagram units.
import { describe, expect, test } from 'vitest';
import type Modeler from 'bpmn-js/lib/Modeler';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type { Element, Shape } from 'diagram-js/lib/model/Types';
import { sampleDiagramXml } from '../sample/sampleDiagram';
import { elementById, mountModeler, withAppTexts } from '../testing/mountModeler';

interface Dragging {
  move(event: MouseEvent): void;
  end(): void;
}

interface Resize {
  activate(event: MouseEvent, shape: Shape, direction: string): void;
}

/** Drags the lane's lower (or upper) border by `dy` diagram units, with Ctrl held when `ctrl`. */
function dragBorder(modeler: Modeler, laneId: string, direction: 'n' | 's', dy: number, ctrl = false): void {
  const scale = modeler.get<Canvas>('canvas').viewbox().scale;
  const event = (clientY: number) => new MouseEvent('mousemove', { clientX: 0, clientY, ctrlKey: ctrl, bubbles: true });
  modeler.get<Resize>('resize').activate(event(0), elementById(modeler, laneId) as Shape, direction);
  const dragging = modeler.get<Dragging>('dragging');
  // in steps, as a hand moves
  for (let step = 1; step <= 10; step += 1) dragging.move(event((dy * scale * step) / 10));
  dragging.end();
}

function shape(modeler: Modeler, id: string): Shape {
  return elementById(modeler, id) as Shape;
}

function inside(inner: Shape, outer: Shape): boolean {
  return inner.y >= outer.y && inner.y + inner.height <= outer.y + outer.height;
}

/** the steps, data and annotations of the pool (no labels, connections, lanes) */
function content(modeler: Modeler): Shape[] {
  return (modeler.get<ElementRegistry>('elementRegistry').getAll() as Element[]).filter(
    (element): element is Shape => element.parent?.type === 'bpmn:Participant' && element.type !== 'bpmn:Lane' && element.type !== 'label' && !('waypoints' in element),
  );
}

/** every element lies wholly in one lane */
function laneOfEach(modeler: Modeler): Record<string, string | undefined> {
  const lanes = ['Lane_Antragsteller', 'Lane_Buergerbuero', 'Lane_Ordnungsamt'].map((id) => shape(modeler, id));
  return Object.fromEntries(content(modeler).map((element) => [element.id, lanes.find((lane) => inside(element, lane))?.id]));
}

async function mountSample() {
  return mountModeler({ xml: sampleDiagramXml, width: 1400, height: 800, create: withAppTexts() });
}

describe('dragging the border between two lanes', () => {
  test('given the border under "Antragsteller/in", when dragged far down, then it stops above the steps of "Bürgerbüro", which stay wholly in their lane', async () => {
    const { modeler } = await mountSample();
    const before = laneOfEach(modeler);
    const firstBelow = Math.min(...content(modeler).filter((element) => before[element.id] === 'Lane_Buergerbuero').map((element) => element.y));

    dragBorder(modeler, 'Lane_Antragsteller', 's', 190);

    const upper = shape(modeler, 'Lane_Antragsteller');
    const lower = shape(modeler, 'Lane_Buergerbuero');
    expect(upper.y + upper.height).toBe(firstBelow - 10);
    expect(lower.y).toBe(upper.y + upper.height);
    expect(laneOfEach(modeler)).toEqual(before);
  });

  test('given the border under "Bürgerbüro", when dragged far up, then it stops below that lane\'s own elements', async () => {
    const { modeler } = await mountSample();
    const before = laneOfEach(modeler);
    const lastOwn = Math.max(...content(modeler).filter((element) => before[element.id] === 'Lane_Buergerbuero').map((element) => element.y + element.height));

    dragBorder(modeler, 'Lane_Buergerbuero', 's', -200);

    const lane = shape(modeler, 'Lane_Buergerbuero');
    expect(lane.y + lane.height).toBe(lastOwn + 10);
    expect(laneOfEach(modeler)).toEqual(before);
  });

  test('given Ctrl held, when the border is dragged down, then bpmn-js makes room: the lane grows past where the steps below were, and they move down with the border', async () => {
    const { modeler } = await mountSample();
    const before = laneOfEach(modeler);
    const upper = shape(modeler, 'Lane_Antragsteller');
    const bottom = upper.y + upper.height;
    const task = shape(modeler, 'Task_AntragEntgegennehmen');
    const taskY = task.y;

    dragBorder(modeler, 'Lane_Antragsteller', 's', 100, true);

    const moved = upper.y + upper.height - bottom;
    expect(upper.y + upper.height).toBeGreaterThan(taskY);
    expect(task.y).toBe(taskY + moved);
    expect(laneOfEach(modeler)).toEqual(before);
  });
});
