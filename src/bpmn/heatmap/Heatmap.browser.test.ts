// Browser tests of the heatmap module in a real bpmn-js Modeler: markers, tiles and badges, minimal
// updates, diagram-js's popup menus still over the bpmn.io logo, diagram text as text only, the
// exported XML untouched, elements that come and go, planes, steps moved between planes, a destroyed
// modeller.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import Modeler from 'bpmn-js/lib/Modeler';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type CommandStack from 'diagram-js/lib/command/CommandStack';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import { heatmapModule } from './index';
import type { Heatmap } from './Heatmap';
import type { HeatmapBucket, HeatmapEntry } from './heatmapScale';
import { hatchPattern, heatmapMarkers, heatmapPalette } from './heatmapScale';
import { exportSvg } from '../exportDiagram';
import { mountModeler } from '../testing/mountModeler';
import type { MountedModeler, MountOptions } from '../testing/mountModeler';
import { testDiagramXml } from '../testing/testDiagramXml';
import { cssRgb, hexChannels } from '../testing/colours';
import { shownTilePixel } from '../testing/tilePixels';
import { stepTypes } from '../../domain/assessment';

const xssName = '<img src=x onerror=alert(1)>';

const diagramXml = testDiagramXml({
  nodes: [
    { id: 'Start', type: 'startEvent' },
    { id: 'Task_A', name: 'Antrag prüfen' },
    { id: 'Task_B', type: 'userTask', name: 'Bescheid erstellen' },
    { id: 'Task_X', name: xssName },
    { id: 'Sub_1', type: 'subProcess', name: 'Unterlagen', children: [{ id: 'Task_Inner', name: 'Nachfordern' }] },
  ],
});

/** A pool with one lane around one task. */
const poolXml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Defs" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:collaboration id="Collab"><bpmn:participant id="Pool" name="Amt" processRef="Process" /></bpmn:collaboration>
  <bpmn:process id="Process">
    <bpmn:laneSet id="Lanes"><bpmn:lane id="Lane" name="Bürgerbüro"><bpmn:flowNodeRef>Task_P</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
    <bpmn:task id="Task_P" name="Im Pool" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram"><bpmndi:BPMNPlane id="Plane" bpmnElement="Collab">
    <bpmndi:BPMNShape id="Pool_di" bpmnElement="Pool" isHorizontal="true"><dc:Bounds x="100" y="50" width="500" height="200" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="Lane_di" bpmnElement="Lane" isHorizontal="true"><dc:Bounds x="130" y="50" width="470" height="200" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="Task_P_di" bpmnElement="Task_P"><dc:Bounds x="250" y="110" width="100" height="80" /></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

/** An entry as heatmapScale would make it, written out by hand. */
function entry(stepId: string, bucket: HeatmapBucket, label: string, title = `Digitalisierungspotenzial: ${label}`): HeatmapEntry {
  return { stepId, metric: 'ds', bucket, marker: `pl-heat-${bucket}`, label, title, ...heatmapPalette[bucket] };
}

/** The modeling commands the tests use (bpmn-js's Modeling type sits under a path the lint rule reserves). */
interface Modeling {
  removeElements(elements: unknown[]): void;
  moveElements(elements: unknown[], delta: { x: number; y: number }): void;
  createShape(shape: { type: string }, position: { x: number; y: number }, parent: unknown): { id: string };
}

/** bpmn-js's replace (what its replace menu calls) */
interface BpmnReplace {
  replaceElement(element: unknown, target: { type: string; isExpanded?: boolean }): unknown;
}

/** bpmn-js's element factory: the palette's pool */
interface ElementFactory {
  createParticipantShape(): { type: string };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** resolves once the next frame has been rendered (the tiles are drawn in it: in its animation frame, or after its layout when the canvas first gets its size) */
const drawn = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

let container: HTMLElement;
let modeler: Modeler;
let heatmap: Heatmap;
let canvas: Canvas;

function badgeOf(stepId: string): HTMLElement | undefined {
  return container.querySelector<HTMLElement>(`.pl-heat-badge[data-step-id="${CSS.escape(stepId)}"]`) ?? undefined;
}

function markersOf(stepId: string): string[] {
  const gfx = canvas.getGraphics(stepId);
  return heatmapMarkers.filter((marker) => gfx.classList.contains(marker));
}

/** The box of the tiles' strips under the diagram. */
function tileStripsBox(): HTMLElement {
  return container.querySelector<HTMLElement>('.pl-heat-tiles')!;
}

/** Where a diagram point shown in the current view lies among the tiles: [column, row] of their surface's pixels. */
function onTileSurface(x: number, y: number): [number, number] {
  const viewbox = canvas.viewbox();
  const view = canvas.getContainer().getBoundingClientRect();
  const tiles = tileStripsBox();
  const box = tiles.getBoundingClientRect();
  const ratio = tiles.querySelector('canvas')!.width / box.width;
  return [((x - viewbox.x) * viewbox.scale + view.left - box.left) * ratio, ((y - viewbox.y) * viewbox.scale + view.top - box.top) * ratio];
}

/** The tiles' pixel at a diagram point as [r, g, b, alpha], each 0-255, as the strip that holds it shows it. */
function tilePixel(x: number, y: number): number[] {
  const [column, row] = onTileSurface(x, y).map(Math.floor);
  return shownTilePixel(tileStripsBox(), column, row);
}

/** Counts the clears of the tiles' drawing surface (each redraw clears what it draws again). */
function spyOnTileClears() {
  return vi.spyOn(OffscreenCanvasRenderingContext2D.prototype, 'clearRect');
}

/** a palette colour's channels with an alpha (bpmn-js fills at 95 %: 242 of 255) */
function channels(hex: string, alpha = 255): number[] {
  return [...hexChannels(hex), alpha];
}

const fillAlpha = Math.round(0.95 * 255);

/** whether two pixels differ by at most 2 per channel (a canvas keeps colours premultiplied by alpha) */
function samePixel(actual: number[], expected: number[]): boolean {
  return actual.every((value, index) => Math.abs(value - expected[index]) <= 2);
}

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

function shapeOf(id: string): Bounds {
  return modeler.get<ElementRegistry>('elementRegistry').get(id) as unknown as Bounds;
}

function centreOf(id: string): [number, number] {
  const shape = shapeOf(id);
  return [shape.x + shape.width / 2, shape.y + shape.height / 2];
}

/** whether a tile is drawn at the step's centre (the SVG's text and icons are not on the canvas) */
function tileShownAt(id: string): boolean {
  return tilePixel(...centreOf(id))[3] > 0;
}

/**
 * The view four times enlarged on Task_A (x 200-300), its tiles drawn: the canvas then holds the
 * diagram from x 86 to 464 (the view's 250 units and tileMargin's 64 on either side), not Task_X
 * (x 500-600).
 */
async function zoomedOntoTaskA(): Promise<void> {
  canvas.viewbox({ x: 150, y: 90, width: 250, height: 125 });
  await drawn();
  expect(canvas.viewbox().scale).toBe(4);
  expect(tileStripsBox().style.transform).toBe('');
}

function visualStyle(stepId: string): CSSStyleDeclaration {
  const body = canvas.getGraphics(stepId).querySelector('.djs-visual > :first-child') as SVGElement;
  return getComputedStyle(body);
}

function visualFill(stepId: string): string {
  return visualStyle(stepId).fill;
}

const seeThrough = 'rgba(0, 0, 0, 0)';

let mounted: MountedModeler;

/** a plain Modeler with the heatmap module */
function heatmapModeler(host: HTMLElement): Modeler {
  return new Modeler({ container: host, additionalModules: [heatmapModule] });
}

async function mount(create: MountOptions['create'], xml = diagramXml): Promise<void> {
  mounted = await mountModeler({ xml, width: 1000, height: 500, create });
  ({ container, modeler } = mounted);
  heatmap = modeler.get<Heatmap>('heatmap');
  canvas = modeler.get<Canvas>('canvas');
}

beforeEach(async () => {
  await mount(heatmapModeler);
});

// the clear counts spy on the surfaces' shared prototype
afterEach(() => {
  vi.restoreAllMocks();
});

describe('heatmap on the canvas', () => {
  it("given the heatmap, when diagram-js shows an overlay on a step (e.g. a sub-process's drill-down button), then the overlay is on top and takes the click", () => {
    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')]]));
    const button = document.createElement('button');
    button.textContent = 'öffnen';
    modeler.get<{ add(id: string, overlay: { position: { top: number; left: number }; html: HTMLElement }): string }>('overlays').add('Task_A', {
      position: { top: 40, left: 40 },
      html: button,
    });

    const box = button.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);

    expect(hit).toBe(button);
  });

  it('given the heatmap, when a popup menu (the replace menu) opens over the bpmn.io logo, then the menu is on top', async () => {
    const windowSize = [window.innerWidth, window.innerHeight] as const;
    await page.viewport(1400, 900);
    try {
      // Task_A's context pad a little left of the logo and well above it: the menu opens downwards over the logo
      const task = shapeOf('Task_A');
      canvas.viewbox({ x: task.x + task.width - 700, y: task.y - 100, width: 1000, height: 500 });
      await userEvent.click(canvas.getGraphics('Task_A'));
      const wrench = await vi.waitFor(() => {
        const found = container.querySelector<HTMLElement>('.djs-context-pad.open .entry[data-action="replace"]');
        if (!found) throw new Error('no wrench in the context pad');
        return found;
      });
      await userEvent.click(wrench);
      const menu = await vi.waitFor(() => {
        const found = container.querySelector<HTMLElement>('.djs-popup.bpmn-replace');
        if (!found) throw new Error('the replace menu is not open');
        return found;
      });
      const logo = container.querySelector<HTMLElement>('.bjs-powered-by')!.getBoundingClientRect();
      const logoCentre = [logo.left + logo.width / 2, logo.top + logo.height / 2] as const;
      const shown = menu.getBoundingClientRect();
      expect(logoCentre[0]).toBeGreaterThan(shown.left);
      expect(logoCentre[0]).toBeLessThan(shown.right);
      expect(logoCentre[1]).toBeGreaterThan(shown.top);
      expect(logoCentre[1]).toBeLessThan(shown.bottom);

      expect(menu.contains(document.elementFromPoint(...logoCentre))).toBe(true);
    } finally {
      await page.viewport(...windowSize);
    }
  });

  it('given scored and unscored steps, when updated, then markers and badges show bucket and value', () => {
    heatmap.update(new Map([
      ['Task_A', entry('Task_A', 3, '72')],
      ['Task_B', entry('Task_B', 0, '5')],
      ['Task_X', entry('Task_X', 'open', '?', 'Digitalisierungspotenzial: offen / unvollständig')],
    ]));

    expect(markersOf('Task_A')).toEqual(['pl-heat-3']);
    expect(markersOf('Task_B')).toEqual(['pl-heat-0']);
    expect(markersOf('Task_X')).toEqual(['pl-heat-open']);
    expect(markersOf('Start')).toEqual([]);
    expect(badgeOf('Task_A')?.textContent).toBe('72');
    expect(badgeOf('Task_A')?.getAttribute('aria-label')).toBe('Antrag prüfen, Digitalisierungspotenzial: 72');
    expect(badgeOf('Task_B')?.textContent).toBe('5');
    expect(badgeOf('Task_X')?.textContent).toBe('?');
    expect(badgeOf('Task_A')?.style.backgroundColor).toBe(cssRgb(heatmapPalette[3].fill));
  });

  it('given each bucket on a task, when shown, then its tile paints the palette fill (hatch for open) and outline under the see-through shape', async () => {
    const buckets = Object.keys(heatmapPalette) as HeatmapBucket[];
    const shape = shapeOf('Task_A');
    const [, middle] = centreOf('Task_A');
    // a row across the body inside the outline, and the outline's left edge from corner to corner
    const columns = shape.width - 10;
    const edge = () => Array.from({ length: shape.height - 20 }, (_, step) => tilePixel(shape.x, shape.y + 10 + step));
    for (const bucket of buckets) {
      heatmap.update(new Map([['Task_A', entry('Task_A', bucket, 'x')]]));
      await drawn();
      const body = canvas.getGraphics('Task_A').querySelector('.djs-visual > :first-child') as SVGElement;
      const style = heatmapPalette[bucket];
      const across = Array.from({ length: columns }, (_, step) => tilePixel(shape.x + 5 + step, middle));
      const fills = across.filter((pixel) => samePixel(pixel, channels(style.fill, fillAlpha)));
      // a stripe's pixels: the hatch's grey over the fill, a thin line's edges blended with it
      const stroke = channels(hatchPattern.stroke);
      const stripes = across.filter((pixel) => pixel[3] === 255 && pixel[0] < (stroke[0] + 255) / 2);
      // the hatch: thin stripes about 11 px apart along a row, over the fill
      if (style.pattern === 'hatched') expect([stripes.length >= columns / 12, fills.length > columns / 2], String(bucket)).toEqual([true, true]);
      else expect(fills.length, String(bucket)).toBe(across.length);
      const outline = edge().filter((pixel) => samePixel(pixel, channels(style.stroke)));
      // a dashed outline has gaps, a solid one none
      if (style.dash) expect([outline.length > 0, outline.length < shape.height - 20], String(bucket)).toEqual([true, true]);
      else expect(outline.length, String(bucket)).toBe(shape.height - 20);
      expect(getComputedStyle(body).fill, String(bucket)).toBe(seeThrough);
      expect(getComputedStyle(body).stroke, String(bucket)).toBe(seeThrough);
      const label = canvas.getGraphics('Task_A').querySelector('.djs-visual > text') as SVGElement;
      expect(getComputedStyle(label).fill, String(bucket)).toBe(cssRgb(style.textColor));
    }
  });

  it('given a task, when its tile is shown, then it covers the shape and its outline as bpmn-js draws them', async () => {
    heatmap.update(new Map([['Task_A', entry('Task_A', 2, '50')]]));
    await drawn();
    const { x, y, width, height } = shapeOf('Task_A');
    const [centreX, centreY] = centreOf('Task_A');
    const outline = channels(heatmapPalette[2].stroke);

    // bpmn-js: a rectangle with corner radius 10 and a 2 px outline centred on its edge: the outer
    // half of the outline is drawn, the next pixel out is not
    for (const [inside, outside] of [
      [tilePixel(x - 0.5, centreY), tilePixel(x - 1.5, centreY)],
      [tilePixel(x + width + 0.5, centreY), tilePixel(x + width + 1.5, centreY)],
      [tilePixel(centreX, y - 0.5), tilePixel(centreX, y - 1.5)],
      [tilePixel(centreX, y + height + 0.5), tilePixel(centreX, y + height + 1.5)],
    ]) {
      expect(samePixel(inside, outline)).toBe(true);
      expect(outside[3]).toBe(0);
    }
    // the rounded corner
    expect(tilePixel(x + 1, y + 1)[3]).toBe(0);
    expect(samePixel(tilePixel(x + 10, y + 10), channels(heatmapPalette[2].fill, fillAlpha))).toBe(true);
  });

  it('given the tiles, when painted, then they lie under the diagram and the badges over it', () => {
    heatmap.update(new Map([['Task_A', entry('Task_A', 2, '50')]]));
    const svg = canvas.getContainer().querySelector(':scope > svg')!;
    const tiles = container.querySelector<HTMLElement>('.pl-heat-tiles')!;
    const badges = container.querySelector<HTMLElement>('.pl-heat-layer')!;

    expect(getComputedStyle(tiles).zIndex).toBe('-1');
    expect(getComputedStyle(canvas.getContainer().parentElement!).isolation).toBe('isolate');
    expect(svg.compareDocumentPosition(badges) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('given a step of every step type, when scored, then its body is see-through and its label black', async () => {
    const steps = stepTypes.map((type, index) => ({ id: `Step_${index}`, type: type.replace('bpmn:', ''), name: type }));
    mounted.destroy();
    await mount(heatmapModeler, testDiagramXml({ nodes: steps }));

    heatmap.update(new Map(steps.map(({ id }) => [id, entry(id, 2, '50')])));

    for (const { id, type } of steps) {
      expect(visualFill(id), type).toBe(seeThrough);
      const label = canvas.getGraphics(id).querySelector('.djs-visual > text') as SVGElement;
      expect(getComputedStyle(label).fill, type).toBe('rgb(0, 0, 0)');
    }
    expect(steps.length).toBeGreaterThan(10);
  });

  it('given pools and lanes, when the heatmap is on, then their fill is see-through so the tiles show', async () => {
    mounted.destroy();
    mounted = await mountModeler({ xml: poolXml, width: 1000, height: 500, create: (host) => new Modeler({ container: host, additionalModules: [heatmapModule] }) });
    ({ container, modeler } = mounted);
    heatmap = modeler.get<Heatmap>('heatmap');
    canvas = modeler.get<Canvas>('canvas');
    const fillOf = (id: string) => getComputedStyle(canvas.getGraphics(id).querySelector('.djs-visual > rect') as SVGElement).fill;
    heatmap.update(new Map([['Task_P', entry('Task_P', 2, '50')]]));

    expect(fillOf('Pool')).toBe(seeThrough);
    expect(fillOf('Lane')).toBe(seeThrough);
    heatmap.setVisible(false);
    expect(fillOf('Pool')).not.toBe(seeThrough);
    expect(fillOf('Lane')).not.toBe(seeThrough);
  });

  it('given a shown heatmap, when one entry changes, then only that element is touched and only its tile drawn again', async () => {
    const first = new Map([
      ['Task_A', entry('Task_A', 3, '72')],
      ['Task_B', entry('Task_B', 1, '30')],
      ['Task_X', entry('Task_X', 2, '50')],
    ]);
    heatmap.update(first);
    await drawn();
    const badgeA = badgeOf('Task_A');
    const badgeB = badgeOf('Task_B');
    const clearRect = spyOnTileClears();
    const addMarker = vi.spyOn(canvas, 'addMarker');
    const removeMarker = vi.spyOn(canvas, 'removeMarker');
    const mutated = new Set<Node>();
    const observer = new MutationObserver((records) => records.forEach((record) => mutated.add(record.target)));
    observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });

    // fresh objects for the unchanged steps, as a selector would produce them
    heatmap.update(new Map([
      ['Task_A', entry('Task_A', 3, '72')],
      ['Task_B', entry('Task_B', 2, '41')],
      ['Task_X', entry('Task_X', 2, '50')],
    ]));
    // as the editor does after each update: shown already, so nothing more to draw
    heatmap.setVisible(true);
    const records = observer.takeRecords();
    records.forEach((record) => mutated.add(record.target));
    observer.disconnect();

    expect(addMarker.mock.calls).toEqual([['Task_B', 'pl-heat-2']]);
    expect(removeMarker.mock.calls).toEqual([['Task_B', 'pl-heat-1']]);
    expect(badgeOf('Task_B')).toBe(badgeB);
    expect(badgeB?.textContent).toBe('41');
    const touched = [...mutated].map((node) => (node instanceof Text ? node.parentElement : node));
    for (const node of touched) {
      const inB = node === badgeB || badgeB?.contains(node as Node) || canvas.getGraphics('Task_B') === node;
      expect(inB, (node as Element).outerHTML?.slice(0, 80)).toBe(true);
    }
    expect(badgeOf('Task_A')).toBe(badgeA);

    // the next frame clears and draws Task_B's box (and a pixel around it), nothing else
    await drawn();
    expect(clearRect).toHaveBeenCalledTimes(1);
    const [left, top, width, height] = clearRect.mock.calls[0];
    const b = shapeOf('Task_B');
    const [minLeft, minTop] = onTileSurface(b.x - 3, b.y - 3).map(Math.floor);
    const [maxRight, maxBottom] = onTileSurface(b.x + b.width + 3, b.y + b.height + 3).map(Math.ceil);
    expect([left >= minLeft, top >= minTop, left + width <= maxRight, top + height <= maxBottom]).toEqual([true, true, true, true]);
    expect(samePixel(tilePixel(...centreOf('Task_B')), channels(heatmapPalette[2].fill, fillAlpha))).toBe(true);
    expect(samePixel(tilePixel(...centreOf('Task_A')), channels(heatmapPalette[3].fill, fillAlpha))).toBe(true);
  });

  it('given a step named like HTML, when its badge is shown, then the name is text and no element is created from it', () => {
    heatmap.update(new Map([['Task_X', entry('Task_X', 2, '50')]]));

    const badge = badgeOf('Task_X');
    expect(badge?.getAttribute('aria-label')).toBe(`${xssName}, Digitalisierungspotenzial: 50`);
    expect(badge?.children.length).toBe(0);
    expect(container.querySelector('.pl-heat-layer img')).toBeNull();
  });

  it('given a shown heatmap, when the diagram is saved, then the XML holds no heatmap class or colour', async () => {
    heatmap.update(new Map([
      ['Task_A', entry('Task_A', 4, '90')],
      ['Task_B', entry('Task_B', 'automate', 'Au')],
      ['Task_X', entry('Task_X', 'open', '?')],
    ]));

    const { xml } = await modeler.saveXML({ format: true });

    expect(xml).not.toMatch(/pl-heat/);
    for (const style of [heatmapPalette[4], heatmapPalette.automate, heatmapPalette.open]) {
      expect(xml?.toLowerCase()).not.toContain(style.fill);
      expect(xml?.toLowerCase()).not.toContain(style.stroke);
    }
    expect(xml).not.toMatch(/bioc:|color:/);
  });

  it('given a shown heatmap, when the diagram is exported as SVG, then it holds no heatmap class and the steps keep their drawn fill', async () => {
    const drawnFill = canvas.getGraphics('Task_A').querySelector('.djs-visual > :first-child')?.getAttribute('style');
    heatmap.update(new Map([
      ['Task_A', entry('Task_A', 4, '90')],
      ['Task_X', entry('Task_X', 'open', '?')],
    ]));
    expect(canvas.getGraphics('Task_A').outerHTML).toMatch(/pl-heat-/);

    const svg = await exportSvg(modeler);

    expect(svg).not.toMatch(/pl-heat/);
    const exported = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(exported.documentElement.localName).toBe('svg');
    expect(exported.documentElement.textContent).toContain('Antrag prüfen');
    expect(exported.documentElement.textContent).toContain(xssName);
    expect(exported.querySelector('[data-element-id="Task_A"] .djs-visual > :first-child')?.getAttribute('style')).toBe(drawnFill);
  });

  it('given entries, when hidden and shown again, then colours and badges go and come without forgetting', async () => {
    heatmap.update(new Map([['Task_A', entry('Task_A', 4, '90')]]));

    heatmap.setVisible(false);
    expect(visualFill('Task_A')).not.toBe(seeThrough);
    expect(tileStripsBox().checkVisibility()).toBe(false);
    expect(badgeOf('Task_A')?.checkVisibility()).toBe(false);

    heatmap.setVisible(true);
    await drawn();
    expect(visualFill('Task_A')).toBe(seeThrough);
    expect(tileStripsBox().checkVisibility()).toBe(true);
    expect(tileShownAt('Task_A')).toBe(true);
    expect(badgeOf('Task_A')?.checkVisibility()).toBe(true);
  });

  it('given entries, when cleared or left out of an update, then their markers, tiles and badges are removed', async () => {
    heatmap.update(new Map([['Task_A', entry('Task_A', 4, '90')], ['Task_B', entry('Task_B', 1, '20')]]));
    await drawn();
    expect([tileShownAt('Task_A'), tileShownAt('Task_B')]).toEqual([true, true]);

    heatmap.update(new Map([['Task_B', entry('Task_B', 1, '20')]]));
    await drawn();
    expect(markersOf('Task_A')).toEqual([]);
    expect(badgeOf('Task_A')).toBeUndefined();
    expect([tileShownAt('Task_A'), tileShownAt('Task_B')]).toEqual([false, true]);

    heatmap.clear();
    await drawn();
    expect(markersOf('Task_B')).toEqual([]);
    expect(container.querySelectorAll('.pl-heat-badge')).toHaveLength(0);
    expect(tileShownAt('Task_B')).toBe(false);
  });
});

describe('steps drawn by an import', () => {
  it('given the heatmap on, when a diagram is imported, then its steps are see-through from their first style on, waiting for their tiles', async () => {
    await modeler.importXML(diagramXml);

    for (const id of ['Task_A', 'Task_B', 'Sub_1']) expect(visualFill(id), id).toBe(seeThrough);
    expect(visualFill('Start')).not.toBe(seeThrough);
  });

  it('given an import, when the first entries leave a step out, then that step shows its own fill and outline', async () => {
    await modeler.importXML(diagramXml);

    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')]]));

    expect(visualFill('Task_A')).toBe(seeThrough);
    expect(visualFill('Task_B')).not.toBe(seeThrough);
    expect(visualStyle('Task_B').stroke).not.toBe(seeThrough);
  });

  it('given an import, when no entries come by the next frame, then every step shows its own body', async () => {
    await modeler.importXML(diagramXml);

    await drawn();

    expect(visualFill('Task_A')).not.toBe(seeThrough);
    expect(visualStyle('Task_A').stroke).not.toBe(seeThrough);
  });

  it('given the heatmap hidden after an import, when it is shown without entries, then the steps keep their own body', async () => {
    heatmap.setVisible(false);
    await modeler.importXML(diagramXml);
    await drawn();

    heatmap.setVisible(true);
    await drawn();

    expect(visualFill('Task_A')).not.toBe(seeThrough);
  });

  it('given the heatmap hidden through an import, when a step is deleted and the deletion undone before it is shown, then that step is see-through like the others once shown', async () => {
    heatmap.setVisible(false);
    await modeler.importXML(diagramXml);
    await drawn();
    const modeling = modeler.get<Modeling>('modeling');
    const commandStack = modeler.get<CommandStack>('commandStack');
    modeling.removeElements([modeler.get<ElementRegistry>('elementRegistry').get('Task_A')!]);
    commandStack.undo();

    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')], ['Task_B', entry('Task_B', 'open', '?')]]));
    heatmap.setVisible(true);
    await drawn();

    expect(visualFill('Task_A')).toBe(seeThrough);
    expect(visualStyle('Task_A').stroke).toBe(seeThrough);
    expect(visualFill('Task_B')).toBe(seeThrough);
    expect(tileShownAt('Task_A')).toBe(true);
  });

  it('given entries shown, when a step is added on the canvas, then it shows its own body until its entry comes', () => {
    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')]]));
    const modeling = modeler.get<Modeling>('modeling');

    const added = modeling.createShape({ type: 'bpmn:Task' }, { x: 700, y: 300 }, canvas.getRootElement());
    expect(visualFill(added.id)).not.toBe(seeThrough);

    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')], [added.id, entry(added.id, 'open', '?')]]));
    expect(visualFill(added.id)).toBe(seeThrough);
  });
});

describe('elements that come and go', () => {
  it('given an entry for a deleted step, when the deletion is undone, then marker and badge come back', () => {
    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')]]));
    const modeling = modeler.get<Modeling>('modeling');
    const elementRegistry = modeler.get<ElementRegistry>('elementRegistry');

    modeling.removeElements([elementRegistry.get('Task_A')!]);
    expect(container.querySelectorAll('.pl-heat-badge')).toHaveLength(0);

    modeler.get<CommandStack>('commandStack').undo();
    expect(markersOf('Task_A')).toEqual(['pl-heat-3']);
    expect(badgeOf('Task_A')?.textContent).toBe('72');
  });

  it('given an entry for an id not in the diagram, when updated, then it is skipped without error', () => {
    heatmap.update(new Map([['Nowhere', entry('Nowhere', 3, '72')], ['Task_A', entry('Task_A', 1, '25')]]));
    expect(heatmap.appliedIds()).toEqual(['Task_A']);
  });

  it('given a destroyed modeller, when its heatmap is updated, shown or hidden, then nothing is applied and nothing throws', () => {
    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')]]));
    mounted.destroy();

    expect(() => heatmap.update(new Map([['Task_B', entry('Task_B', 1, '25')]]))).not.toThrow();
    expect(() => heatmap.setVisible(false)).not.toThrow();
    expect(() => heatmap.setVisible(true)).not.toThrow();
    expect(heatmap.appliedIds()).toEqual([]);
  });

  it('given entries, when the diagram is imported again, then they are applied to the new graphics', async () => {
    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')]]));

    await modeler.importXML(diagramXml);

    expect(markersOf('Task_A')).toEqual(['pl-heat-3']);
    expect(container.querySelectorAll('.pl-heat-badge')).toHaveLength(1);
  });

  it('given a moved step, when the move is done, then its tile and badge follow', async () => {
    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')]]));
    const elementRegistry = modeler.get<ElementRegistry>('elementRegistry');
    await drawn();
    const before = centreOf('Task_A');

    modeler.get<Modeling>('modeling').moveElements([elementRegistry.get('Task_A')!], { x: 0, y: 200 });
    await drawn();

    expect(badgeOf('Task_A')?.parentElement?.style.marginTop).toBe('300px');
    expect(tileShownAt('Task_A')).toBe(true);
    expect(tilePixel(...before)[3]).toBe(0);
  });

  it('given a step inside a collapsed subprocess, when its plane is opened, then its tile and badge show only there', async () => {
    heatmap.update(new Map([['Task_Inner', entry('Task_Inner', 2, '50')], ['Task_A', entry('Task_A', 3, '72')]]));
    await drawn();
    expect(badgeOf('Task_Inner')?.checkVisibility()).toBe(false);
    expect(badgeOf('Task_A')?.checkVisibility()).toBe(true);
    expect(samePixel(tilePixel(...centreOf('Task_A')), channels(heatmapPalette[3].fill, fillAlpha))).toBe(true);

    canvas.setRootElement(canvas.findRoot('Task_Inner')!);
    await drawn();

    expect(badgeOf('Task_Inner')?.checkVisibility()).toBe(true);
    expect(samePixel(tilePixel(...centreOf('Task_Inner')), channels(heatmapPalette[2].fill, fillAlpha))).toBe(true);
    expect(badgeOf('Task_A')?.checkVisibility()).toBe(false);
    expect(samePixel(tilePixel(...centreOf('Task_A')), channels(heatmapPalette[3].fill, fillAlpha))).toBe(false);
  });
});

describe('steps that change planes', () => {
  /** The replace menu's "Teilprozess (aufgeklappt)" / "(zugeklappt)" on a sub-process. */
  function replaceSubProcess(id: string, isExpanded: boolean): void {
    const element = modeler.get<ElementRegistry>('elementRegistry').get(id);
    modeler.get<BpmnReplace>('bpmnReplace').replaceElement(element, { type: 'bpmn:SubProcess', isExpanded });
  }

  function shownWithColour(id: string, bucket: HeatmapBucket): boolean {
    return badgeOf(id)?.checkVisibility() === true && samePixel(tilePixel(...centreOf(id)), channels(heatmapPalette[bucket].fill, fillAlpha));
  }

  it('given a scored step inside a collapsed sub-process, when the sub-process is expanded, then the step shows its tile and badge on the main plane; undone, only on its own plane again; redone, on the main plane', async () => {
    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')], ['Task_Inner', entry('Task_Inner', 2, '50')]]));
    await drawn();
    const main = canvas.getRootElement();
    const commandStack = modeler.get<CommandStack>('commandStack');

    replaceSubProcess('Sub_1', true);
    await drawn();
    expect(canvas.findRoot('Task_Inner')).toBe(main);
    expect(shownWithColour('Task_Inner', 2)).toBe(true);
    expect(shownWithColour('Task_A', 3)).toBe(true);
    const onMain = centreOf('Task_Inner');

    commandStack.undo();
    await drawn();
    expect(canvas.findRoot('Task_Inner')).not.toBe(main);
    expect(badgeOf('Task_Inner')?.checkVisibility()).toBe(false);
    expect(tilePixel(...onMain)[3]).toBe(0);
    canvas.setRootElement(canvas.findRoot('Task_Inner')!);
    await drawn();
    expect(shownWithColour('Task_Inner', 2)).toBe(true);

    canvas.setRootElement(main);
    commandStack.redo();
    await drawn();
    expect(shownWithColour('Task_Inner', 2)).toBe(true);
  });

  it('given a step added inside an expanded sub-process and scored, when the sub-process is collapsed, then nothing of it stays on the main plane and its plane shows it; undone, the main plane shows it again', async () => {
    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')]]));
    const main = canvas.getRootElement();
    const commandStack = modeler.get<CommandStack>('commandStack');
    replaceSubProcess('Sub_1', true);
    const sub = modeler.get<ElementRegistry>('elementRegistry').get('Sub_1') as unknown as Bounds;
    const added = modeler.get<Modeling>('modeling').createShape({ type: 'bpmn:Task' }, { x: sub.x + sub.width - 60, y: sub.y + sub.height - 50 }, sub);
    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')], [added.id, entry(added.id, 1, '25')]]));
    await drawn();
    expect(shownWithColour(added.id, 1)).toBe(true);
    const onMain = centreOf(added.id);

    replaceSubProcess('Sub_1', false);
    await drawn();
    expect(canvas.findRoot(added.id)).not.toBe(main);
    expect(badgeOf(added.id)?.checkVisibility()).toBe(false);
    expect(tilePixel(...onMain)[3]).toBe(0);
    expect(shownWithColour('Task_A', 3)).toBe(true);
    canvas.setRootElement(canvas.findRoot(added.id)!);
    await drawn();
    expect(shownWithColour(added.id, 1)).toBe(true);

    canvas.setRootElement(main);
    commandStack.undo();
    await drawn();
    expect(canvas.findRoot(added.id)).toBe(main);
    expect(shownWithColour(added.id, 1)).toBe(true);
  });

  it('given scored steps in a process without a pool, when the first pool is created (the process becomes a collaboration), then every step keeps its tile and badge; undone and redone, too', async () => {
    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')], ['Task_B', entry('Task_B', 1, '25')]]));
    await drawn();
    const process = canvas.getRootElement();
    const commandStack = modeler.get<CommandStack>('commandStack');

    const pool = modeler.get<ElementFactory>('elementFactory').createParticipantShape();
    modeler.get<Modeling>('modeling').createShape(pool, { x: 420, y: 140 }, process);
    await drawn();
    expect(canvas.getRootElement()).not.toBe(process);
    expect(shownWithColour('Task_A', 3)).toBe(true);
    expect(shownWithColour('Task_B', 1)).toBe(true);

    commandStack.undo();
    await drawn();
    expect(canvas.getRootElement()).toBe(process);
    expect(shownWithColour('Task_A', 3)).toBe(true);
    expect(shownWithColour('Task_B', 1)).toBe(true);

    commandStack.redo();
    await drawn();
    expect(canvas.getRootElement()).not.toBe(process);
    expect(shownWithColour('Task_A', 3)).toBe(true);
    expect(shownWithColour('Task_B', 1)).toBe(true);
  });
});

describe('scrolling', () => {
  it('given entries, when the view scrolls or zooms, then the badge layer moves with it in one transform and the tiles are drawn where the steps now are', async () => {
    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')]]));
    await drawn();
    const layer = container.querySelector('.pl-heat-layer') as HTMLElement;
    const [x, y] = centreOf('Task_A');
    const shownBefore = tilePixel(x, y);

    canvas.scroll({ dx: -40, dy: -25 });
    await drawn();

    const viewport = container.querySelector('svg > g.viewport') as SVGGElement;
    const matrix = viewport.transform.baseVal.consolidate()?.matrix;
    expect(layer.style.transform).toBe(`matrix(1, 0, 0, 1, ${matrix?.e}, ${matrix?.f})`);
    expect(badgeOf('Task_A')?.checkVisibility()).toBe(true);
    // tilePixel follows the view: the same diagram point, now 40 px further left on the canvas
    expect(samePixel(tilePixel(x, y), shownBefore)).toBe(true);
    expect(shownBefore[3]).toBeGreaterThan(0);

    const clearRect = spyOnTileClears();
    canvas.zoom(2, { x: 0, y: 0 });
    await drawn();
    // at first the canvas is scaled as drawn, the tile still under its step
    expect(clearRect).not.toHaveBeenCalled();
    expect(tileStripsBox().style.transform).toMatch(/^matrix\(2, 0, 0, 2,/);
    expect(samePixel(tilePixel(...centreOf('Task_A')), shownBefore)).toBe(true);
    // once the view rests, drawn again at the new scale
    await expect.poll(() => tileStripsBox().style.transform).toBe('');
    expect(clearRect).toHaveBeenCalled();
    const { x: left, width } = shapeOf('Task_A');
    // at twice the size the outline is 4 px wide on the canvas: both of its outer pixels are drawn
    expect(samePixel(tilePixel(left - 0.25, y), channels(heatmapPalette[3].stroke))).toBe(true);
    expect(samePixel(tilePixel(left - 0.75, y), channels(heatmapPalette[3].stroke))).toBe(true);
    expect(tilePixel(left - 1.25, y)[3]).toBe(0);
    expect(samePixel(tilePixel(left + width / 2, y), shownBefore)).toBe(true);
  });

  it('given drawn tiles, when the view scrolls a little, then the canvas is moved, not drawn again; scrolled beyond its margin onto tiles it lacks, the tiles are drawn again', async () => {
    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')], ['Task_X', entry('Task_X', 3, '72')]]));
    await zoomedOntoTaskA();
    const clearRect = spyOnTileClears();
    const [x, y] = centreOf('Task_A');
    const fill = channels(heatmapPalette[3].fill, fillAlpha);

    canvas.scroll({ dx: 60, dy: -30 });
    await drawn();
    expect(clearRect).not.toHaveBeenCalled();
    expect(tileStripsBox().style.transform).toBe('translate(60px, -30px)');
    expect(samePixel(tilePixel(x, y), fill)).toBe(true);

    // the canvas holds the view (Task_A) and 64 diagram units around it; Task_X lies further right
    canvas.scroll({ dx: -660, dy: 30 });
    await drawn();
    expect(clearRect).toHaveBeenCalled();
    expect(tileStripsBox().style.transform).toBe('');
    const { x: left, y: top } = shapeOf('Task_X');
    expect(samePixel(tilePixel(left + 10, top + 40), fill)).toBe(true);
  });

  it('given a step scored outside what the canvas holds, when the view scrolls onto it, then its tile is drawn', async () => {
    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')]]));
    await zoomedOntoTaskA();
    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')], ['Task_X', entry('Task_X', 3, '72')]]));
    await drawn();

    canvas.scroll({ dx: -600, dy: 0 });
    await drawn();

    const { x: left, y: top } = shapeOf('Task_X');
    expect(samePixel(tilePixel(left + 10, top + 40), channels(heatmapPalette[3].fill, fillAlpha))).toBe(true);
  });

  it('given drawn tiles, when the view scrolls beyond the margin of the canvas where no tile lies, and back, then the canvas is only moved', async () => {
    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')], ['Task_X', entry('Task_X', 3, '72')]]));
    await zoomedOntoTaskA();
    const clearRect = spyOnTileClears();
    const [x, y] = centreOf('Task_A');

    // 1,000 px (250 diagram units) to the left of Task_A, where there is no step with a tile
    canvas.scroll({ dx: 1000, dy: 0 });
    await drawn();
    expect(tileStripsBox().style.transform).toBe('translate(1000px, 0px)');
    canvas.scroll({ dx: -1000, dy: 0 });
    await drawn();

    expect(clearRect).not.toHaveBeenCalled();
    expect(tileStripsBox().style.transform).toBe('translate(0px, 0px)');
    expect(samePixel(tilePixel(x, y), channels(heatmapPalette[3].fill, fillAlpha))).toBe(true);
  });

  it.each([
    ['out so far that tiles the canvas lacks come into view', 1],
    ['in more than twice (scaled, it would blur)', 12],
  ])('given drawn tiles, when the view zooms %s, then the tiles are drawn again at once', async (_, zoom) => {
    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')], ['Task_X', entry('Task_X', 3, '72')]]));
    await zoomedOntoTaskA();
    const clearRect = spyOnTileClears();

    canvas.zoom(zoom, { x: 0, y: 0 });
    await drawn();

    expect(clearRect).toHaveBeenCalled();
    expect(tileStripsBox().style.transform).toBe('');
    const fill = channels(heatmapPalette[3].fill, fillAlpha);
    expect(samePixel(tilePixel(...centreOf('Task_A')), fill)).toBe(true);
    if (zoom === 1) expect(samePixel(tilePixel(...centreOf('Task_X')), fill)).toBe(true);
  });

  it('given a scroll made in an animation frame, when that frame is drawn, then its tiles already show where the steps now are', async () => {
    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')]]));
    await drawn();
    const [x, y] = centreOf('Task_A');
    const before = tilePixel(x, y);

    // what the canvas holds once the callback's microtasks are done: before the frame's paint
    const inThatFrame = await new Promise<number[]>((resolve) => {
      requestAnimationFrame(() => {
        // further than the tile is wide and high: the tile drawn before covers none of its new place
        canvas.scroll({ dx: 150, dy: 100 });
        queueMicrotask(() => resolve(tilePixel(x, y)));
      });
    });

    expect(before[3]).toBeGreaterThan(0);
    expect(samePixel(inThatFrame, before)).toBe(true);
  });

  it('given more badges than the deferral threshold, when the view scrolls, then badges are not rendered until the view rests; tiles stay', async () => {
    mounted.destroy();
    await mount((host) => new Modeler({ container: host, additionalModules: [heatmapModule], heatmap: { deferBadgesFrom: 2, restMs: 20 } }));
    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')], ['Task_B', entry('Task_B', 1, '30')]]));
    // the layer holds the containment of content-visibility: hidden but for paint, before and while
    // the badges sit out: hiding them changes nothing of its layout (heatmap.css)
    const layer = container.querySelector('.pl-heat-layer') as HTMLElement;
    const containment = () => getComputedStyle(layer).contain.split(' ').sort();
    expect(containment()).toEqual(['layout', 'size', 'style']);

    canvas.scroll({ dx: -40, dy: 0 });
    expect(badgeOf('Task_A')?.checkVisibility()).toBe(false);
    expect(containment()).toEqual(['layout', 'size', 'style']);
    await drawn();
    expect(tileShownAt('Task_A')).toBe(true);
    // a second move before the rest keeps them out
    canvas.scroll({ dx: -40, dy: 0 });
    expect(badgeOf('Task_B')?.checkVisibility()).toBe(false);

    await expect.poll(() => badgeOf('Task_A')?.checkVisibility()).toBe(true);
    expect(badgeOf('Task_B')?.checkVisibility()).toBe(true);
  });

  it('given frames that take longer than the rest time, when the view moves on each of them, then the badges stay out until it stops', async () => {
    mounted.destroy();
    await mount((host) => new Modeler({ container: host, additionalModules: [heatmapModule], heatmap: { deferBadgesFrom: 2, restMs: 30 } }));
    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')], ['Task_B', entry('Task_B', 1, '30')]]));

    const seen: boolean[] = [];
    for (let frame = 0; frame < 10; frame += 1) {
      canvas.scroll({ dx: -4, dy: 0 });
      // a slow frame, as drawing a very large diagram is: longer than restMs
      const until = performance.now() + 50;
      while (performance.now() < until);
      await nextFrame();
      seen.push(badgeOf('Task_A')?.checkVisibility() ?? true);
    }

    expect(seen.every((visible) => !visible)).toBe(true);
    await expect.poll(() => badgeOf('Task_A')?.checkVisibility()).toBe(true);
  });

  it('given badges, when the view zooms out below the zoom that keeps their text readable, then they sit out and the listeners hear it, until it zooms in again', async () => {
    heatmap.update(new Map([['Task_A', entry('Task_A', 3, '72')], ['Task_B', entry('Task_B', 1, '30')]]));
    canvas.zoom(1, { x: 0, y: 0 });
    const heard: boolean[] = [];
    const unsubscribe = heatmap.onBadgesLegibleChange(() => heard.push(heatmap.badgesLegible()));
    expect(heatmap.badgesLegible()).toBe(true);
    expect(badgeOf('Task_A')?.checkVisibility()).toBe(true);

    // the badges' text is 11 px at zoom 1 (heatmap.css): at 0.28 it is just over 3 px, at 0.26 under it
    canvas.zoom(0.28, { x: 0, y: 0 });
    expect(badgeOf('Task_A')?.checkVisibility()).toBe(true);
    canvas.zoom(0.26, { x: 0, y: 0 });
    expect(heatmap.badgesLegible()).toBe(false);
    expect(badgeOf('Task_A')?.checkVisibility()).toBe(false);
    expect(badgeOf('Task_B')?.checkVisibility()).toBe(false);
    await drawn();
    expect(tileShownAt('Task_A')).toBe(true);
    // a move at that zoom changes nothing
    canvas.scroll({ dx: -10, dy: 0 });
    canvas.zoom(0.5, { x: 0, y: 0 });

    expect(heatmap.badgesLegible()).toBe(true);
    expect(badgeOf('Task_A')?.checkVisibility()).toBe(true);
    expect(heard).toEqual([false, true]);
    unsubscribe();
    canvas.zoom(0.2, { x: 0, y: 0 });
    expect(heard).toEqual([false, true]);
  });
});
