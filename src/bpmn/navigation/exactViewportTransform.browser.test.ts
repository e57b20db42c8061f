// exactViewportTransform in Chromium: the scale diagram-js sets is the scale the viewport keeps
// while the view scrolls, by canvas calls and by the mouse wheel.
import { describe, expect, test } from 'vitest';
import type Canvas from 'diagram-js/lib/core/Canvas';
import { sampleDiagramXml } from '../sample/sampleDiagram';
import { mountModeler } from '../testing/mountModeler';

/** a scale Chromium's attribute parser reads one float step too high (0.04608432576060295) */
const driftingScale = 0.046084318310022354;

function viewportMatrix(container: HTMLElement): DOMMatrix {
  const viewport = container.querySelector<SVGGElement>('svg > g.viewport');
  const matrix = viewport?.transform.baseVal.consolidate()?.matrix;
  if (!matrix) throw new Error('the canvas has no viewport transform');
  return matrix;
}

describe('exactViewportTransform', () => {
  test('given a scale Chromium reads off from text, when zoomed to it and scrolled 20 times, then the scale stays as set and only the offset moves', async () => {
    const { modeler, container } = await mountModeler({ xml: sampleDiagramXml });
    const canvas = modeler.get<Canvas>('canvas');
    canvas.zoom(driftingScale);
    const start = viewportMatrix(container);

    for (let index = 0; index < 20; index += 1) canvas.scroll({ dx: 40, dy: index % 2 === 0 ? 30 : -30 });

    const end = viewportMatrix(container);
    expect(start.a).toBe(Math.fround(driftingScale));
    expect([end.a, end.b, end.c, end.d]).toEqual([start.a, 0, 0, start.a]);
    expect(end.e - start.e).toBeCloseTo(800, 3);
    expect(end.f).toBeCloseTo(start.f, 3);
  });

  test('given that scale, when the mouse wheel scrolls the canvas, then the scale stays as set', async () => {
    const { modeler, container } = await mountModeler({ xml: sampleDiagramXml });
    modeler.get<Canvas>('canvas').zoom(driftingScale);
    const svg = container.querySelector('svg') as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const start = viewportMatrix(container);

    // diagram-js scrolls on wheel events while the pointer is over the canvas
    svg.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    for (let index = 0; index < 10; index += 1) {
      svg.dispatchEvent(new WheelEvent('wheel', { deltaX: 0, deltaY: 40, clientX: box.left + 10, clientY: box.top + 10, bubbles: true, cancelable: true }));
    }

    const end = viewportMatrix(container);
    expect(end.f).not.toBeCloseTo(start.f, 1);
    expect(end.a).toBe(start.a);
    expect(end.d).toBe(start.d);
  });

  test('given other writes to the viewport, when they are not a matrix, then they land as the browser parses them', async () => {
    const { container } = await mountModeler({ xml: sampleDiagramXml });
    const viewport = container.querySelector('svg > g.viewport') as SVGGElement;

    viewport.setAttribute('transform', 'translate(5, 7) scale(2)');
    viewport.setAttribute('data-probe', 'matrix(1,0,0,1,0,0)');

    expect(viewport.getAttribute('transform')).toBe('translate(5, 7) scale(2)');
    expect(viewport.getAttribute('data-probe')).toBe('matrix(1,0,0,1,0,0)');
    expect(viewportMatrix(container).e).toBe(5);
    expect(viewportMatrix(container).a).toBe(2);
  });
});
