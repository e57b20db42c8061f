// The heatmap as self-contained SVGs for the report and the image export: bpmn-js draws the
// diagram off-screen (withDetachedViewer: a Viewer that is destroyed right after), and the heatmap's
// colours, badges and legend are then drawn into the SVG itself, so they survive printing and leave
// no CSS or HTML overlay behind. The image export draws the diagram's own plane (renderHeatmapSvg);
// the report draws it and, one picture each, the planes of collapsed sub-processes that hold scored
// steps (renderHeatmapPlanes), with the steps' boxes for cutting a big picture into print tiles;
// there each collapsed sub-process with a picture of its own carries that picture's number.
// Every node is built with DOM APIs and text goes in as textContent; the result has no scripts, no
// external references and only the generic sans-serif font.
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type { RootLike, Shape } from 'diagram-js/lib/model/Types';
import { union } from './bounds';
import type { Bounds } from './bounds';
import { withDetachedViewer } from './detachedViewer';
import { importView } from './diagramViews';
import type { HeatmapEntry, HeatmapStyle } from './heatmap/heatmapScale';
import { hatchPattern } from './heatmap/heatmapScale';
import { oneLine } from './oneLine';

export interface HeatmapSvgLegendItem extends Partial<HeatmapStyle> {
  label: string;
  fill: string;
  /** the badge text of this item ("?", "Au", "0–19"), drawn in its swatch */
  symbol?: string;
}

export interface HeatmapSvgLegend {
  title: string;
  items: readonly HeatmapSvgLegendItem[];
}

export interface HeatmapSvgOptions {
  /** the BPMNDiagram to draw (its key, as the editor's view picker names it); the first when not given or no longer there */
  diagramId?: string;
  /**
   * false: no legend drawn below the diagram, for a document that gives it as text (the report: a
   * legend drawn in shrinks with a wide diagram fitted to the page until it cannot be read)
   */
  drawLegend?: boolean;
  /**
   * the tag on a collapsed sub-process that names its own picture ("Bild 2"), from its number
   * (the diagram's own picture is 1); renderHeatmapPlanes draws tags only when given this
   */
  pictureTag?: (picture: number) => string;
  /**
   * the line under the drawn legend that says how many entries the picture leaves out (steps inside
   * collapsed sub-processes, which lie on planes of their own); none when it leaves out none
   */
  notDrawnNote?: (count: number) => string;
}

/** The heatmap picture, and how many of the entries given it does not show (their steps lie inside collapsed sub-processes). */
export interface HeatmapSvg {
  svg: string;
  notDrawn: number;
}

/** One plane's heatmap picture for the report. */
export interface HeatmapPlaneSvg {
  svg: string;
  /** the collapsed sub-process whose plane the picture shows (its name, or its id when it has none); none for the diagram's own plane */
  subProcess?: { id: string; name: string };
  /** every drawn step's shape with its badge, and every tagged sub-process with its tag, in the picture's units from its top left corner */
  steps: Bounds[];
}

/** The report's heatmap pictures: the diagram's own plane first, then each sub-process plane that holds entries; and how many entries no picture shows. */
export interface HeatmapPlanes {
  planes: HeatmapPlaneSvg[];
  notDrawn: number;
}

/** A collapsed sub-process drawn on a plane whose own plane has a picture too: its shape and that picture's number. */
interface PictureLink {
  id: string;
  shape: Bounds;
  picture: number;
}

/** One plane as bpmn-js drew it, with the bounds of the entries' shapes on it. */
interface DrawnPlane {
  svg: string;
  bounds: Map<string, Bounds>;
  subProcess?: { id: string; name: string };
  /** the collapsed sub-processes on this plane whose planes are drawn too */
  links: PictureLink[];
}

const svgNamespace = 'http://www.w3.org/2000/svg';
const fontFamily = 'sans-serif';
const badgeHeight = 16;
const badgeFontSize = 11;
/** rough advance of one character of 11 px bold sans-serif; no layout is available in the document */
const badgeCharWidth = 7;
const legendFontSize = 12;
const legendCharWidth = 6.6;
const legendRowHeight = 22;
const legendPadding = 16;
const swatchWidth = 42;

/** The collapsed sub-process a plane's root stands for (bpmn-js gives the root the sub-process's business object). */
function subProcessOf(root: RootLike): { id: string; name: string } {
  const semantic = (root as { businessObject?: { id?: string; name?: string } }).businessObject;
  const id = semantic?.id ?? root.id;
  return { id, name: oneLine(semantic?.name) || id };
}

/**
 * Draws the diagram in a detached viewer and returns bpmn-js's SVG of its own plane plus the bounds
 * of the entries' shapes on it; with `subProcessPlanes`, also each other plane that holds an entry's
 * shape, in the order bpmn-js lists the planes.
 */
function drawPlanes(xml: string, ids: Iterable<string>, diagramId: string | undefined, subProcessPlanes: boolean): Promise<DrawnPlane[]> {
  return withDetachedViewer(async (viewer) => {
    await importView(viewer, xml, diagramId);
    const canvas = viewer.get<Canvas>('canvas');
    const elementRegistry = viewer.get<ElementRegistry>('elementRegistry');
    const ownRoot = canvas.getRootElement();
    const boundsByRoot = new Map<RootLike, Map<string, Bounds>>([[ownRoot, new Map()]]);
    for (const id of ids) {
      const shape = elementRegistry.get(id) as Shape | undefined;
      if (!shape || typeof shape.width !== 'number') continue;
      const root = canvas.findRoot(shape);
      if (!root || (root !== ownRoot && !subProcessPlanes)) continue;
      const bounds = boundsByRoot.get(root) ?? new Map<string, Bounds>();
      bounds.set(id, { x: shape.x, y: shape.y, width: shape.width, height: shape.height });
      boundsByRoot.set(root, bounds);
    }
    // the sub-processes' pictures in the order a reader meets their collapsed shapes: those on the
    // diagram's own plane from left to right (then top to bottom), those nested deeper after them
    // (a QA re-check: CCU-7west's tags read "Bild 2, 4, 5, 3" from left to right)
    const shapeOf = (root: RootLike) => elementRegistry.get(subProcessOf(root).id) as Shape | undefined;
    const readingKey = (root: RootLike): [number, number, number] => {
      const shape = shapeOf(root);
      if (!shape || typeof shape.x !== 'number') return [2, 0, 0];
      return [canvas.findRoot(shape) === ownRoot ? 0 : 1, shape.x, shape.y];
    };
    const byReading = (a: RootLike, b: RootLike) => {
      const [keyA, keyB] = [readingKey(a), readingKey(b)];
      return keyA[0] - keyB[0] || keyA[1] - keyB[1] || keyA[2] - keyB[2];
    };
    const roots = [ownRoot, ...canvas.getRootElements().filter((root) => root !== ownRoot && boundsByRoot.has(root)).sort(byReading)];
    const links = new Map<RootLike, PictureLink[]>();
    roots.forEach((root, index) => {
      if (root === ownRoot) return;
      const { id } = subProcessOf(root);
      const shape = shapeOf(root);
      const parent = shape ? canvas.findRoot(shape) : undefined;
      if (!shape || !parent || typeof shape.width !== 'number') return;
      links.set(parent, [...(links.get(parent) ?? []), { id, shape: { x: shape.x, y: shape.y, width: shape.width, height: shape.height }, picture: index + 1 }]);
    });
    const planes: DrawnPlane[] = [];
    for (const root of roots) {
      canvas.setRootElement(root);
      const { svg } = await viewer.saveSVG();
      const bounds = boundsByRoot.get(root) ?? new Map<string, Bounds>();
      const linked = links.get(root) ?? [];
      planes.push(root === ownRoot ? { svg, bounds, links: linked } : { svg, bounds, links: linked, subProcess: subProcessOf(root) });
    }
    return planes;
  });
}

function svgElement<K extends keyof SVGElementTagNameMap>(doc: Document, name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = doc.createElementNS(svgNamespace, name) as SVGElementTagNameMap[K];
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** An SVG <pattern> of diagonal grey stripes on white: the fill of open steps (on the canvas, heatmap.css stripes their tiles). */
function createHatchPattern(doc: Document): SVGPatternElement {
  const { id, size, stroke, strokeWidth } = hatchPattern;
  const pattern = svgElement(doc, 'pattern', { id, patternUnits: 'userSpaceOnUse', width: size, height: size, patternTransform: 'rotate(45)' });
  const background = svgElement(doc, 'rect', { width: size, height: size, fill: '#ffffff' });
  const stripe = svgElement(doc, 'line', { x1: 0, y1: 0, x2: 0, y2: size, stroke, 'stroke-width': strokeWidth });
  pattern.append(background, stripe);
  return pattern;
}

function textElement(doc: Document, text: string, attributes: Record<string, string | number>): SVGTextElement {
  const element = svgElement(doc, 'text', { 'font-family': fontFamily, ...attributes });
  element.textContent = text;
  return element;
}

function fillOf(style: Partial<HeatmapStyle> & { fill: string }): string {
  return style.pattern === 'hatched' ? `url(#${hatchPattern.id})` : style.fill;
}

/** Colours the shape's body, outline and label as heatmap.css does on the canvas. */
function paintShape(gfx: Element, entry: HeatmapEntry): void {
  const visual = gfx.querySelector(':scope > .djs-visual');
  const body = visual?.firstElementChild;
  if (!(body instanceof SVGElement)) return;
  body.style.setProperty('fill', fillOf(entry));
  body.style.setProperty('stroke', entry.stroke);
  if (entry.dash) body.style.setProperty('stroke-dasharray', entry.dash);
  for (const text of visual?.querySelectorAll(':scope > text') ?? []) (text as SVGElement).style.setProperty('fill', entry.textColor);
  if (entry.textColor !== '#000000') {
    for (const path of visual?.querySelectorAll(':scope > path') ?? []) (path as SVGElement).style.setProperty('stroke', entry.textColor);
  }
}

/** The badge's box over a shape's top-right corner. */
function badgeBox(entry: HeatmapEntry, shape: Bounds): Bounds {
  const width = Math.max(22, entry.label.length * badgeCharWidth + 10);
  return { x: shape.x + shape.width - width * 0.7, y: shape.y - badgeHeight / 2, width, height: badgeHeight };
}

/** A badge on the shape's top-right corner, as on the canvas, with its words as an SVG title. */
function badge(doc: Document, entry: HeatmapEntry, shape: Bounds): SVGGElement {
  const { x, y, width } = badgeBox(entry, shape);
  const group = svgElement(doc, 'g', { class: 'pl-heat-badge', 'data-step-id': entry.stepId });
  const title = svgElement(doc, 'title', {});
  title.textContent = entry.title;
  const rect = svgElement(doc, 'rect', {
    x,
    y,
    width,
    height: badgeHeight,
    rx: badgeHeight / 2,
    fill: entry.fill,
    stroke: entry.stroke,
    'stroke-width': 1.5,
    ...(entry.dash ? { 'stroke-dasharray': '3 2' } : {}),
  });
  const text = textElement(doc, entry.label, {
    x: x + width / 2,
    y: y + badgeHeight / 2 + badgeFontSize * 0.36,
    'text-anchor': 'middle',
    'font-size': badgeFontSize,
    'font-weight': 600,
    fill: entry.textColor,
  });
  group.append(title, rect, text);
  return group;
}

const tagHeight = 18;
const tagFontSize = 12;
/** rough advance of one character of 12 px bold sans-serif */
const tagCharWidth = 7.5;

/** The tag's box on a collapsed sub-process's top edge at its left (its badge sits on the top-right corner). */
function tagBox(text: string, shape: Bounds): Bounds {
  return { x: shape.x + 4, y: shape.y - tagHeight / 2, width: text.length * tagCharWidth + 12, height: tagHeight };
}

/** A tag that names the picture of a collapsed sub-process: black on white, framed, on its top edge. */
function pictureTagElement(doc: Document, link: PictureLink, text: string): SVGGElement {
  const { x, y, width } = tagBox(text, link.shape);
  const group = svgElement(doc, 'g', { class: 'pl-heat-picture-tag', 'data-element-id': link.id });
  group.append(
    svgElement(doc, 'rect', { x, y, width, height: tagHeight, rx: 3, fill: '#ffffff', stroke: '#000000', 'stroke-width': 1.5 }),
    textElement(doc, text, { x: x + 6, y: y + tagHeight / 2 + tagFontSize * 0.36, 'font-size': tagFontSize, 'font-weight': 700, fill: '#000000' }),
  );
  return group;
}

interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

function readViewBox(svg: SVGSVGElement): ViewBox {
  const [x, y, width, height] = (svg.getAttribute('viewBox') ?? '0 0 0 0').split(/[\s,]+/).map(Number);
  return { x, y, width, height };
}

/** The legend below the diagram: its title, then the items flowing in rows across the width, then `note` if any. */
function legendGroup(doc: Document, legend: HeatmapSvgLegend, left: number, top: number, width: number, note?: string): { group: SVGGElement; height: number } {
  const group = svgElement(doc, 'g', { class: 'pl-heat-legend' });
  group.append(textElement(doc, legend.title, { x: left, y: top + legendFontSize + 2, 'font-size': legendFontSize + 1, 'font-weight': 700, fill: '#000000' }));
  let x = left;
  let y = top + legendRowHeight + 4;
  for (const item of legend.items) {
    const itemWidth = swatchWidth + 8 + item.label.length * legendCharWidth + 18;
    if (x > left && x + itemWidth > left + width) {
      x = left;
      y += legendRowHeight;
    }
    group.append(
      svgElement(doc, 'rect', {
        x,
        y,
        width: swatchWidth,
        height: badgeHeight,
        rx: 3,
        fill: fillOf(item),
        stroke: item.stroke ?? '#616161',
        'stroke-width': 1.5,
        ...(item.dash ? { 'stroke-dasharray': '3 2' } : {}),
      }),
    );
    if (item.symbol) {
      group.append(
        textElement(doc, item.symbol, {
          x: x + swatchWidth / 2,
          y: y + badgeHeight / 2 + 4,
          'text-anchor': 'middle',
          'font-size': 10,
          'font-weight': 600,
          fill: item.pattern === 'hatched' ? '#000000' : (item.textColor ?? '#000000'),
        }),
      );
    }
    group.append(textElement(doc, item.label, { x: x + swatchWidth + 8, y: y + badgeHeight / 2 + 4, 'font-size': legendFontSize, fill: '#000000' }));
    x += itemWidth;
  }
  if (note) {
    y += legendRowHeight;
    group.append(textElement(doc, note, { x: left, y: y + badgeHeight / 2 + 4, 'font-size': legendFontSize, fill: '#000000' }));
  }
  return { group, height: y + badgeHeight - top };
}

/**
 * Draws the heatmap into one plane's SVG: shapes filled by their entry, a badge per entry, with
 * `options.pictureTag` a tag on each collapsed sub-process that has a picture of its own, and
 * (unless left out) the legend below with `notDrawn`'s note. Returns the standalone SVG and the
 * drawn steps' and tags' boxes (shape with badge or tag) in the picture's units from its top left corner.
 */
function paintPlane(plane: DrawnPlane, entries: ReadonlyMap<string, HeatmapEntry>, legend: HeatmapSvgLegend, options: HeatmapSvgOptions, notDrawn: number): { svg: string; steps: Bounds[] } {
  const doc = new DOMParser().parseFromString(plane.svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (!(root instanceof SVGSVGElement)) throw new Error('bpmn-js returned no SVG');

  // diagram-js's invisible hit areas answer the pointer on the canvas; in a picture they are a tenth of its bytes and nothing else
  for (const hit of root.querySelectorAll('.djs-hit')) hit.remove();
  const graphics = new Map<string, Element>();
  for (const gfx of root.querySelectorAll('g[data-element-id]')) graphics.set(gfx.getAttribute('data-element-id') ?? '', gfx);

  let defs = root.querySelector(':scope > defs');
  if (!defs) defs = root.insertBefore(svgElement(doc, 'defs', {}), root.firstChild);
  defs.appendChild(createHatchPattern(doc));

  const badges = svgElement(doc, 'g', { class: 'pl-heat-badges' });
  const drawn: Bounds[] = [];
  for (const [id, shape] of plane.bounds) {
    const entry = entries.get(id);
    const gfx = graphics.get(id);
    if (!entry || !gfx) continue;
    paintShape(gfx, entry);
    badges.appendChild(badge(doc, entry, shape));
    drawn.push(union(shape, badgeBox(entry, shape)));
  }
  for (const link of options.pictureTag ? plane.links : []) {
    const text = options.pictureTag?.(link.picture) ?? '';
    badges.appendChild(pictureTagElement(doc, link, text));
    drawn.push(union(link.shape, tagBox(text, link.shape)));
  }
  root.appendChild(badges);

  // room for the badges above the top row, then the legend below the diagram
  const box = readViewBox(root);
  const top = box.y - badgeHeight;
  const width = Math.max(box.width, 480);
  const legendTop = box.y + box.height + legendPadding;
  let height = legendTop - top;
  if (options.drawLegend ?? true) {
    const note = notDrawn > 0 ? options.notDrawnNote?.(notDrawn) : undefined;
    // inset from the picture's edges as the diagram is (an English QA tour: the legend started flush at the left edge)
    const { group, height: legendHeight } = legendGroup(doc, legend, box.x + legendPadding, legendTop, width - 2 * legendPadding, note);
    root.appendChild(group);
    height += legendHeight + legendPadding;
  }
  root.setAttribute('viewBox', `${box.x} ${top} ${width} ${height}`);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));

  const title = svgElement(doc, 'title', {});
  title.textContent = legend.title;
  const background = svgElement(doc, 'rect', { x: box.x, y: top, width, height, fill: '#ffffff' });
  root.insertBefore(background, defs.nextSibling);
  root.insertBefore(title, root.firstChild);

  const steps = drawn.map((step) => ({ ...step, x: step.x - box.x, y: step.y - top }));
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`, steps };
}

/** How many entries none of the planes shows. */
function countNotDrawn(entries: ReadonlyMap<string, HeatmapEntry>, planes: readonly DrawnPlane[]): number {
  return [...entries.keys()].filter((id) => !planes.some((plane) => plane.bounds.has(id))).length;
}

/**
 * Returns a standalone SVG of the diagram's own plane with the heatmap drawn in: shapes filled by
 * their entry, a badge per entry and (unless left out) the legend below. Entries of shapes not on
 * that plane are skipped and counted. The legend's title is the SVG's title either way.
 */
export async function renderHeatmapSvg(
  xml: string,
  entries: ReadonlyMap<string, HeatmapEntry>,
  legend: HeatmapSvgLegend,
  options: HeatmapSvgOptions = {},
): Promise<HeatmapSvg> {
  const planes = await drawPlanes(xml, entries.keys(), options.diagramId, false);
  const notDrawn = countNotDrawn(entries, planes);
  return { svg: paintPlane(planes[0], entries, legend, options, notDrawn).svg, notDrawn };
}

/**
 * The heatmap pictures of the diagram's own plane and, after it, of each collapsed sub-process's
 * plane that holds an entry's shape, drawn as renderHeatmapSvg draws one; with
 * `options.pictureTag`, each collapsed sub-process with a picture is tagged with its number (its
 * place in `planes` from 1). `notDrawn` counts the entries no plane shows.
 */
export async function renderHeatmapPlanes(
  xml: string,
  entries: ReadonlyMap<string, HeatmapEntry>,
  legend: HeatmapSvgLegend,
  options: HeatmapSvgOptions = {},
): Promise<HeatmapPlanes> {
  const drawn = await drawPlanes(xml, entries.keys(), options.diagramId, true);
  const notDrawn = countNotDrawn(entries, drawn);
  const planes = drawn.map((plane) => {
    const { svg, steps } = paintPlane(plane, entries, legend, options, notDrawn);
    return plane.subProcess ? { svg, steps, subProcess: plane.subProcess } : { svg, steps };
  });
  return { planes, notDrawn };
}
