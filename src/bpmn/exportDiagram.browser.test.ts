// Exports of the open diagram: formatted BPMN that imports again, SVG with the diagram's text,
// PNG drawn offline at the requested scale.
import { describe, expect, test } from 'vitest';
import type Modeler from 'bpmn-js/lib/Modeler';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import { exportBpmn, exportPng, exportSvg } from './exportDiagram';
import { sampleDiagramXml } from './sample/sampleDiagram';
import { mountModeler } from './testing/mountModeler';

async function load(xml: string): Promise<Modeler> {
  return (await mountModeler({ xml })).modeler;
}

function taskIds(bpmn: Modeler): string[] {
  return bpmn
    .get<ElementRegistry>('elementRegistry')
    .filter((element) => element.type.endsWith('Task'))
    .map((element) => element.id)
    .sort();
}

describe('exports', () => {
  test('given the sample, when exported as BPMN, then the XML is formatted and imports with the same tasks', async () => {
    const bpmn = await load(sampleDiagramXml);
    const before = taskIds(bpmn);

    const xml = await exportBpmn(bpmn);
    const again = await load(xml);

    expect(xml).toMatch(/\n {2}<bpmn:process /);
    expect(taskIds(again)).toEqual(before);
    expect(before).toHaveLength(10);
  });

  test('given the sample, when exported as SVG, then it is an SVG document holding the task names', async () => {
    const bpmn = await load(sampleDiagramXml);

    const svg = await exportSvg(bpmn);

    const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    expect(root.localName).toBe('svg');
    expect(root.textContent).toContain('Fehlende');
    // nothing to fetch: no external images, fonts or style sheets
    expect(svg).not.toMatch(/(href|src)="https?:|url\(['"]?https?:|@import/);
  });

  test('given the sample, when exported as PNG at scale 1 and 2, then both are PNGs and the second is twice as large', async () => {
    const bpmn = await load(sampleDiagramXml);
    const svg = await exportSvg(bpmn);
    const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    const width = parseFloat(root.getAttribute('width') ?? '0');
    const height = parseFloat(root.getAttribute('height') ?? '0');

    const small = await exportPng(bpmn, 1);
    const large = await exportPng(bpmn);

    const signature = Array.from(new Uint8Array(await small.slice(0, 8).arrayBuffer()));
    expect(signature).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(small.type).toBe('image/png');
    const smallImage = await createImageBitmap(small);
    const largeImage = await createImageBitmap(large);
    expect([smallImage.width, smallImage.height]).toEqual([Math.round(width), Math.round(height)]);
    expect([largeImage.width, largeImage.height]).toEqual([Math.round(width * 2), Math.round(height * 2)]);
  });

  test('given a huge scale, when exported as PNG, then the image is limited to what a canvas can hold', async () => {
    const bpmn = await load(sampleDiagramXml);

    const image = await createImageBitmap(await exportPng(bpmn, 50));

    expect(Math.max(image.width, image.height)).toBeLessThanOrEqual(16_384);
    expect(image.width * image.height).toBeLessThanOrEqual((16_384 * 16_384) / 4);
  });
});
