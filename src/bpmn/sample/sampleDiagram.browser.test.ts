// The sample "Gewerbeanmeldung": valid BPMN with layout that imports without a single warning,
// has the parts the issue asks for, and is drawn tidily (no overlaps, every node in its lane, no
// task's name under its icon).
import { describe, expect, test } from 'vitest';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import { prepareImport } from '../importDiagram';
import { mountModeler } from '../testing/mountModeler';
import { sampleDiagramXml } from './sampleDiagram';

interface Box {
  id: string;
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  labelTarget?: unknown;
  parent?: unknown;
  businessObject: { name?: string; flowNodeRef?: { id: string }[]; $instanceOf(type: string): boolean };
}

async function drawn(): Promise<ElementRegistry> {
  const { modeler, warnings } = await mountModeler({ xml: sampleDiagramXml, width: 1200, height: 700 });
  expect(warnings).toEqual([]);
  return modeler.get<ElementRegistry>('elementRegistry');
}

async function shapes(): Promise<Box[]> {
  return (await drawn()).getAll() as unknown as Box[];
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('sample diagram', () => {
  test('given the sample, when prepared for import, then it is accepted without warnings or generated layout', async () => {
    const result = await prepareImport(sampleDiagramXml, 'beispiel.bpmn');
    expect(result).toMatchObject({ ok: true, warnings: [], autoLayout: false, suggestedName: 'Gewerbeanmeldung' });
    if (result.ok) expect(result.diagrams.map((diagram) => diagram.name)).toEqual(['Gewerbeanmeldung']);
  });

  test('given the sample, when drawn, then it has a pool with three lanes, ten tasks of four kinds, a gateway and data', async () => {
    const all = await shapes();
    const byType = (type: string) => all.filter((element) => element.type === type && !element.labelTarget);

    expect(byType('bpmn:Participant').map((element) => element.businessObject.name)).toEqual(['Stadtverwaltung']);
    expect(byType('bpmn:Lane').map((element) => element.businessObject.name).sort()).toEqual(['Antragsteller/in', 'Bürgerbüro', 'Ordnungsamt']);
    const tasks = all.filter((element) => !element.labelTarget && element.businessObject.$instanceOf('bpmn:Task'));
    expect(tasks).toHaveLength(10);
    expect(new Set(tasks.map((task) => task.type))).toEqual(new Set(['bpmn:UserTask', 'bpmn:ManualTask', 'bpmn:ServiceTask', 'bpmn:SendTask']));
    expect(byType('bpmn:ExclusiveGateway')).toHaveLength(1);
    expect(byType('bpmn:StartEvent')).toHaveLength(1);
    expect(byType('bpmn:EndEvent')).toHaveLength(1);
    expect(byType('bpmn:DataObjectReference').map((element) => element.businessObject.name)).toContain('Papierformular');
    expect(byType('bpmn:DataStoreReference').map((element) => element.businessObject.name)).toEqual(['Fachverfahren Gewerbe']);
  });

  test('given the sample, when drawn, then no two nodes overlap and each lies inside its lane', async () => {
    const all = await shapes();
    const nodes = all.filter(
      (element) => !element.labelTarget && element.parent && (element.businessObject.$instanceOf('bpmn:FlowNode') || element.businessObject.$instanceOf('bpmn:ItemAwareElement')),
    );
    const overlapping = nodes.flatMap((a, index) => nodes.slice(index + 1).filter((b) => overlaps(a, b)).map((b) => `${a.id} / ${b.id}`));
    expect(overlapping).toEqual([]);

    const lanes = all.filter((element) => element.type === 'bpmn:Lane');
    for (const lane of lanes) {
      for (const ref of lane.businessObject.flowNodeRef ?? []) {
        const node = nodes.find((element) => element.id === ref.id) as Box;
        expect(node.y, ref.id).toBeGreaterThanOrEqual(lane.y);
        expect(node.y + node.height, ref.id).toBeLessThanOrEqual(lane.y + lane.height);
      }
    }
  });

  test("given the sample, when drawn, then no task's name runs under its type's icon", async () => {
    // given: the tasks' names of three and four lines; the icon of a user, manual, service or send task sits top left
    const registry = await drawn();
    const tasks = registry.filter((element) => !element.labelTarget && element.type.endsWith('Task'));
    const covered = tasks.flatMap((task) => {
      const gfx = registry.getGraphics(task);
      const text = gfx.querySelector('text');
      const icon = gfx.querySelector('.djs-visual > path');
      if (!text || !icon) return [`${task.id}: no name or no icon`];
      const a = text.getBBox();
      const b = (icon as SVGGraphicsElement).getBBox();
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      return overlap ? [task.id] : [];
    });
    expect(covered).toEqual([]);
  });
});

