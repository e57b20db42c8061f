// The heatmap on the canvas: a view over the diagram, never a change of it. Each scored step gets
// a canvas marker (a CSS class on its graphics), a tile with its colours under the diagram and a
// badge with its value over it; nothing is written to the business object, the DI or the command
// stack, so saveXML and undo never see it.
//
// The colours live in the tiles, not in the SVG: any style change inside the SVG makes Chromium
// repaint all of it (measured 20-30 ms per changed answer at 1,000 steps, growing with the
// diagram). heatmap.css makes the own outline and fill of a step with a tile see-through by one
// class (drawnMarker, set by an import as the step is drawn, before the diagram is first styled; a
// step without an entry by the next frame gets its body back) and pools and lanes see-through (else
// their fill would hide the tiles); the bucket markers are in no rule but that of the one bucket
// with white text (the recommendation "automatisieren"), which restyles the SVG when a step enters
// or leaves it.
//
// The tiles are drawn on one 2D surface off the page, a margin larger than the view (tileCanvas.ts),
// once the task that changed them is done, and shown in strips of bitmaps under the diagram
// (tileStrips.ts; called the canvas below): a changed answer redraws its tile's box and shows the
// strips it falls in again, and a scroll or a zoom step only moves or scales the strips' box (a
// compositing layer) until the view shows tiles the canvas does not hold (a zoom is drawn again,
// sharp, once the view rests). As thousands of boxes in the page, Chromium painted and
// layerized every tile again on every scroll frame (at 3,000 steps 10-20 % of the frame;
// docs/benchmarks.md, twelfth session).
//
// Badges live in a layer of our own instead of diagram-js's `overlays` service. Measured here at
// 1,000 / 3,000 steps, `overlays` costs 0.2 s / 2 s to add the badges (a linear search of all its
// containers per add, per marker change and per removal: quadratic), and on every scroll or zoom
// frame it rewrites the style of every overlay and hides and shows its whole root (50 ms / 450 ms per
// frame). Our layer is positioned in diagram coordinates and moved by one CSS transform per
// viewbox change; inside it badges are placed by margins in groups (heatmap.css: no paint layer per
// badge). Many badges (config `heatmap.deferBadgesFrom`) are left out of rendering while the
// viewbox changes (one class on their layer, heatmap.css) and shown again once it rests; at a zoom
// too small to read them (config `heatmap.minBadgeScale`) all badges sit out the same way, and the
// heatmap tells the page so (`heatmap.badges.legible` on the event bus). Updates
// touch only what changed: a marker class is swapped and a tile redrawn only when the bucket
// changes, a badge's text only when its label changes. Markers are set before their badges are
// added. Elements not on the canvas (deleted, not imported) are skipped and applied when they
// appear (`shape.added`, `import.render.complete`); each plane (drilled-down subprocess) has its
// own badge layer, shown while that plane is the root, and only the root's tiles are drawn. A step's
// plane is found again whenever the step changes (`shape.changed`): bpmn-js moves steps between
// planes by moving them (a sub-process expanded or collapsed, the first pool turning the process
// into a collaboration, and their undo), so a step keeps its tile and badge where it now is, while a
// changed answer, which changes no shape, costs no lookup.
//
// Destroyed with its modeller (`diagram.destroy`), the heatmap takes no more updates: a caller can
// still hold the old modeller for a moment after it was replaced (React runs its effects with the
// last rendered one), and its canvas has no planes any more.
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { Element, Shape } from 'diagram-js/lib/model/Types';
import { getVisual } from 'diagram-js/lib/util/GraphicsUtil';
import { canvasViewport } from '../navigation/canvasViewport';
import { isStepType } from '../../domain/assessment';
import { isShape } from '../shapes';
import type { HeatmapEntry } from './heatmapScale';
import { contains, drawTiles, grown, intersects, overlap, tileBounds, union, visibleBox } from './tileCanvas';
import type { Box, DrawnTile, TileShape, TileView } from './tileCanvas';
import { TileStrips } from './tileStrips';
import type { PixelRows } from './tileStrips';

export interface HeatmapConfig {
  /** with at least this many badges, badges are hidden while the view scrolls or zooms */
  deferBadgesFrom?: number;
  /** how long the view must rest before hidden badges show again, ms */
  restMs?: number;
  /** below this zoom the badges are left out (their text would be too small to read) */
  minBadgeScale?: number;
}

/** fired on the event bus when the badges start or stop being left out for a zoom too small to read them */
const badgesLegibleEvent = 'heatmap.badges.legible';

interface BadgesLegibleEvent {
  legible: boolean;
}

interface AppliedEntry {
  entry: HeatmapEntry;
  badge: HTMLElement;
  /** the badge's place on the shape's corner (the badge's parent) */
  anchor: HTMLElement;
  /** where the step's colours are drawn, under the diagram */
  tile: TileShape;
  /** the root element (plane) that shows the step, found again on every change of the step */
  rootId: string;
  /** the step's name as last shown in the badge's accessible name */
  name: string;
}

/** One root element's (plane's) badges. */
interface Plane {
  badges: HTMLElement;
}

interface ViewboxEvent {
  viewbox: { x: number; y: number; scale: number };
}

interface ElementEvent {
  element: Element;
}

const visibleClass = 'pl-heatmap-on';
/** on the badge layer while the view moves, from deferBadgesFrom badges on */
const movingClass = 'pl-heat-layer--moving';
/** on the badge layer while the zoom is below minBadgeScale */
const tooSmallClass = 'pl-heat-layer--too-small';
const hostClass = 'pl-heat-host';
/** pools and lanes: see-through while the heatmap is on, so the tiles under the diagram show */
const seeThroughMarker = 'pl-heat-see-through';
const seeThroughTypes = ['bpmn:Participant', 'bpmn:Lane'];
/**
 * Every shape whose body the heatmap draws (its tile): heatmap.css makes the body see-through by
 * this one class, not by the bucket markers. An import sets it on every step as the step is drawn,
 * before Chromium first styles the diagram, so the markers set after the import restyle nothing
 * (their classes are in no rule but "automatisieren"'s); set afterwards on 1,000 steps, the rule's
 * class cost a second style recalculation of all of them when the process opened.
 */
const drawnMarker = 'pl-heat-step';
/** bpmn-js draws activities as rectangles with this corner radius and outline width */
const activityRadius = 10;
const activityStrokeWidth = 2;
/**
 * From this many badges on they sit out the view's motion: moved with it, 500 badges made a scroll
 * frame 8 ms slower (27 against 19 ms, heatmap on against off; 1,000: 47 against 36 ms), half of a
 * frame at 60 Hz. Processes of a few dozen steps keep their badges in view while they scroll.
 */
const defaultDeferFrom = 500;
const defaultRestMs = 150;
/**
 * The badges' text is 11 px (heatmap.css) at zoom 1. Below 3 px it is a speck: at the zoom that
 * shows all of a process of 1,000 steps (about 0.14), every badge is a blot of 3 × 2 px on its
 * tile, which shows the same colour. So below this zoom the badges sit out, as they do while the
 * view moves (the sample process at 1,280 × 720 fits at about 0.36 and keeps them), and the
 * legend says that zooming in shows them.
 */
const defaultMinBadgeScale = 3 / 11;
/** with more changed tiles than this in a frame, all tiles in view are drawn again */
const maxDirtyTiles = 32;
/**
 * How far (CSS pixels) the tiles are drawn beyond the view on every side: a scroll up to this far
 * from where they were drawn only moves the canvas.
 */
const tileMargin = 256;
/** zoomed in further than this since the tiles were drawn, their canvas is drawn again rather than scaled (it would blur) */
const maxTileZoom = 2;

/** badges per group: one paint layer each (heatmap.css) */
const groupSize = 64;

/** Appends to the plane's last group, or to a new one when it is full. */
function appendGrouped(plane: HTMLElement, child: HTMLElement): void {
  let group = plane.lastElementChild;
  if (!group || group.childElementCount >= groupSize) {
    group = document.createElement('div');
    group.className = 'pl-heat-group';
    plane.appendChild(group);
  }
  group.appendChild(child);
}

/** The BPMN type of the element's business object; '' where it has none. */
function businessType(element: Element): string {
  const type: unknown = element.businessObject?.$type;
  return typeof type === 'string' ? type : '';
}

function isSeeThrough(element: Element): boolean {
  return seeThroughTypes.includes(businessType(element));
}

function isStep(element: Element): boolean {
  return isStepType(businessType(element));
}

function elementName(element: Element): string {
  const name: unknown = element.businessObject?.name;
  return typeof name === 'string' ? name.trim() : '';
}

/** The badge's accessible name: which step, then what the badge says. Set as text, never as HTML. */
function accessibleName(name: string, entry: HeatmapEntry): string {
  return name ? `${name}, ${entry.title}` : entry.title;
}

function sameTile(a: HeatmapEntry, b: HeatmapEntry): boolean {
  return a.fill === b.fill && a.stroke === b.stroke && a.dash === b.dash && a.pattern === b.pattern;
}

function sameBadge(a: HeatmapEntry, b: HeatmapEntry): boolean {
  return a.label === b.label && a.title === b.title && a.fill === b.fill && a.stroke === b.stroke && a.textColor === b.textColor && a.dash === b.dash;
}

export class Heatmap {
  static $inject = ['config.heatmap', 'canvas', 'elementRegistry', 'eventBus'];

  private readonly canvas: Canvas;
  private readonly elementRegistry: ElementRegistry;
  private readonly deferFrom: number;
  private readonly restMs: number;
  private readonly minBadgeScale: number;
  private readonly eventBus: EventBus;
  /** whether the zoom is below minBadgeScale, so the badges sit out */
  private badgesTooSmall = false;
  /** the entries of the last update(), applied or waiting for their element */
  private desired: ReadonlyMap<string, HeatmapEntry> = new Map();
  /** entries whose marker and badge are on the canvas */
  private readonly applied = new Map<string, AppliedEntry>();
  /** steps given drawnMarker by an import, still waiting for their entry */
  private readonly drawnAhead = new Set<string>();
  /** one badge layer per root element (plane) */
  private readonly planes = new Map<string, Plane>();
  /** the badges, over the diagram */
  private readonly layer: HTMLElement;
  /** the tiles: where they are drawn, and their strips in the page under the diagram */
  private readonly tiles = new TileStrips('pl-heat-tiles');
  /** the view's (the container's) size in CSS pixels, as last laid out */
  private viewSize = { width: 0, height: 0 };
  private readonly viewSizeObserver: ResizeObserver;
  private view: TileView = { scale: 1, dx: 0, dy: 0 };
  /** the view the tiles on the canvas were drawn for */
  private drawnView: TileView | undefined;
  /**
   * Where the root element's tiles lie: around all of them when the canvas was last drawn whole,
   * grown by every box drawn again since (never shrunk until the next whole drawing); undefined
   * while there are none.
   */
  private tilesExtent: Box | undefined;
  /** draws the tiles again, sharp, once a zoom rests */
  private sharpTimer: ReturnType<typeof setTimeout> | undefined;
  /** whether a microtask will draw the tiles changed in this task */
  private tilesQueued = false;
  private redrawAllTiles = true;
  private dirtyTiles: Box[] = [];
  private visible = true;
  private importing = false;
  private destroyed = false;
  private restTimer: ReturnType<typeof setTimeout> | undefined;
  /** the frame after the last viewbox change, from which the rest is counted */
  private restFrame: number | undefined;
  /** the frame by which steps drawn ahead must have their entries */
  private drawnAheadFrame: number | undefined;

  constructor(config: HeatmapConfig | undefined, canvas: Canvas, elementRegistry: ElementRegistry, eventBus: EventBus) {
    this.canvas = canvas;
    this.elementRegistry = elementRegistry;
    this.deferFrom = config?.deferBadgesFrom ?? defaultDeferFrom;
    this.restMs = config?.restMs ?? defaultRestMs;
    this.minBadgeScale = config?.minBadgeScale ?? defaultMinBadgeScale;
    this.eventBus = eventBus;

    const container = canvas.getContainer();
    const svg = canvasViewport(canvas)?.svg;
    this.layer = document.createElement('div');
    this.layer.className = 'pl-heat-layer';
    // right after the diagram: above it, below diagram-js's own overlays (context pad, label editing)
    if (svg) svg.after(this.layer);
    else container.prepend(this.layer);
    // under the diagram (heatmap.css: the container stacks its children, the tiles at the bottom)
    container.prepend(this.tiles.element);
    // tileMargin larger than the view on every side (the container clips it)
    Object.assign(this.tiles.element.style, {
      left: `${-tileMargin}px`,
      top: `${-tileMargin}px`,
      width: `calc(100% + ${2 * tileMargin}px)`,
      height: `calc(100% + ${2 * tileMargin}px)`,
    });
    // the canvas follows the container's size; called after layout, so it draws in the same frame
    this.viewSizeObserver = new ResizeObserver(() => {
      this.viewSize = { width: container.clientWidth, height: container.clientHeight };
      this.redrawAllTiles = true;
      this.drawRequestedTiles();
    });
    this.viewSizeObserver.observe(container);
    container.classList.add(visibleClass, hostClass);

    eventBus.on('diagram.clear', () => this.forgetApplied());
    eventBus.on('import.render.start', () => {
      this.importing = true;
    });
    eventBus.on('import.render.complete', () => this.importFinished());
    // a failed render fires no render.complete, but importXML always ends with import.done
    eventBus.on('import.done', () => {
      if (this.importing) this.importFinished();
    });
    eventBus.on('shape.added', (event: ElementEvent) => {
      if (isSeeThrough(event.element)) this.canvas.addMarker(event.element.id, seeThroughMarker);
      if (!this.importing) this.applyOne(event.element);
      else if (isStep(event.element)) {
        this.canvas.addMarker(event.element.id, drawnMarker);
        this.drawnAhead.add(event.element.id);
      }
    });
    eventBus.on('shape.remove', (event: ElementEvent) => {
      this.unapply(event.element.id);
      // its graphics, which carried the marker, go with it: drawn again (undo), it has none
      this.drawnAhead.delete(event.element.id);
    });
    eventBus.on('shape.changed', (event: ElementEvent) => {
      const applied = this.applied.get(event.element.id);
      if (applied && isShape(event.element)) this.refreshBadge(applied, event.element);
    });
    eventBus.on('root.set', () => {
      this.showActivePlane();
      // the tiles of the plane now shown
      this.requestTiles();
    });
    eventBus.on('canvas.viewbox.changing', () => this.onViewboxChanging());
    eventBus.on('canvas.viewbox.changed', (event: ViewboxEvent) => this.onViewboxChanged(event));
    eventBus.on('diagram.destroy', () => this.destroy());
  }

  /**
   * Shows these entries (keyed by element id) and nothing else. Only entries that differ from the
   * shown ones touch the canvas.
   */
  update(entries: ReadonlyMap<string, HeatmapEntry>): void {
    if (this.destroyed) return;
    for (const id of [...this.applied.keys()]) {
      if (!entries.has(id)) this.unapply(id);
    }
    this.desired = entries;
    if (this.importing) return;
    const fresh: [Shape, HeatmapEntry][] = [];
    for (const [id, entry] of entries) {
      const applied = this.applied.get(id);
      if (applied) {
        this.change(id, applied, entry);
        continue;
      }
      const element = this.elementRegistry.get(id) as Element | undefined;
      if (isShape(element)) fresh.push([element, entry]);
    }
    this.applyAll(fresh);
    if (entries.size > 0) this.undrawStepsLeftOut();
  }

  /**
   * The first entries after an import: a step the import marked as drawn by the heatmap but that has
   * no entry gets its own body back (an empty update is the scores not read yet, and waits).
   */
  private undrawStepsLeftOut(): void {
    for (const id of this.drawnAhead) {
      if (this.elementRegistry.get(id)) this.canvas.removeMarker(id, drawnMarker);
    }
    this.drawnAhead.clear();
  }

  /**
   * Steps drawn ahead by an import wait for their entries until the next frame: one that has none
   * by then, while the heatmap shows, gets its own body back rather than show none.
   */
  private undrawUnclaimedNextFrame(): void {
    if (this.drawnAhead.size === 0 || this.drawnAheadFrame !== undefined) return;
    this.drawnAheadFrame = requestAnimationFrame(() => {
      this.drawnAheadFrame = undefined;
      if (this.visible) this.undrawStepsLeftOut();
    });
  }

  private importFinished(): void {
    this.importing = false;
    this.applyWaiting();
    this.undrawUnclaimedNextFrame();
  }

  /** Removes every marker and badge and forgets the entries. */
  clear(): void {
    this.update(new Map());
  }

  /** Shows or hides the heatmap without forgetting it (one class on the container, one on the layer). */
  setVisible(visible: boolean): void {
    if (this.destroyed) return;
    const shownNow = visible && !this.visible;
    this.visible = visible;
    this.canvas.getContainer().classList.toggle(visibleClass, visible);
    this.layer.hidden = !visible;
    this.tiles.element.hidden = !visible;
    if (visible) this.undrawUnclaimedNextFrame();
    // hidden, the tiles were not drawn
    if (shownNow) this.requestTiles();
  }

  isVisible(): boolean {
    return this.visible;
  }

  /** Whether the badges are shown at the present zoom (else they are too small to read and sit out). */
  badgesLegible(): boolean {
    return !this.badgesTooSmall;
  }

  /** Calls `listener` whenever badgesLegible() changes; returns the unsubscribe. */
  onBadgesLegibleChange(listener: () => void): () => void {
    this.eventBus.on(badgesLegibleEvent, listener);
    return () => this.eventBus.off(badgesLegibleEvent, listener);
  }

  /** The element ids that carry a marker and badge now. */
  appliedIds(): string[] {
    return [...this.applied.keys()];
  }

  private applyWaiting(): void {
    const fresh: [Shape, HeatmapEntry][] = [];
    for (const [id, entry] of this.desired) {
      if (this.applied.has(id)) continue;
      const element = this.elementRegistry.get(id) as Element | undefined;
      if (isShape(element)) fresh.push([element, entry]);
    }
    this.applyAll(fresh);
  }

  private applyOne(element: Element): void {
    const entry = this.desired.get(element.id);
    if (entry && !this.applied.has(element.id) && isShape(element)) this.applyAll([[element, entry]]);
  }

  /** All markers first, then all tiles and badges, appended to their planes in one go each. */
  private applyAll(fresh: readonly [Shape, HeatmapEntry][]): void {
    if (fresh.length === 0) return;
    for (const [element, entry] of fresh) {
      if (!this.drawnAhead.delete(element.id)) this.canvas.addMarker(element, drawnMarker);
      this.canvas.addMarker(element, entry.marker);
    }
    for (const [element, entry] of fresh) {
      const name = elementName(element);
      const badge = this.createBadge(entry, name);
      badge.dataset.stepId = element.id;
      const anchor = document.createElement('div');
      anchor.className = 'pl-heat-anchor';
      anchor.appendChild(badge);
      this.placeBadge(anchor, element);
      const rootId = this.rootIdOf(element);
      appendGrouped(this.plane(rootId).badges, anchor);
      const tile = this.tileShapeOf(element);
      this.applied.set(element.id, { entry, badge, anchor, tile, rootId, name });
      this.requestTiles(tileBounds(tile));
    }
    this.showActivePlane();
  }

  private change(id: string, applied: AppliedEntry, entry: HeatmapEntry): void {
    const previous = applied.entry;
    if (previous === entry) return;
    if (previous.marker !== entry.marker) {
      this.canvas.removeMarker(id, previous.marker);
      this.canvas.addMarker(id, entry.marker);
    }
    if (!sameBadge(previous, entry)) this.paintBadge(applied.badge, entry, applied.name, previous);
    applied.entry = entry;
    if (!sameTile(previous, entry)) this.requestTiles(tileBounds(applied.tile));
  }

  private unapply(id: string): void {
    const applied = this.applied.get(id);
    if (!applied) return;
    this.applied.delete(id);
    applied.anchor.remove();
    this.requestTiles(tileBounds(applied.tile));
    if (!this.elementRegistry.get(id)) return;
    this.canvas.removeMarker(id, applied.entry.marker);
    this.canvas.removeMarker(id, drawnMarker);
  }

  /** After diagram.clear the graphics are gone; the desired entries wait for the next import. */
  private forgetApplied(): void {
    this.applied.clear();
    this.drawnAhead.clear();
    for (const plane of this.planes.values()) plane.badges.remove();
    this.planes.clear();
    this.requestTiles();
  }

  private createBadge(entry: HeatmapEntry, name: string): HTMLElement {
    const badge = document.createElement('div');
    badge.className = 'pl-heat-badge';
    badge.setAttribute('role', 'img');
    this.paintBadge(badge, entry, name);
    return badge;
  }

  private paintBadge(badge: HTMLElement, entry: HeatmapEntry, name: string, previous?: HeatmapEntry): void {
    if (previous?.label !== entry.label) badge.textContent = entry.label;
    if (previous?.title !== entry.title) {
      badge.setAttribute('aria-label', accessibleName(name, entry));
      badge.title = entry.title;
    }
    if (previous?.fill !== entry.fill) badge.style.backgroundColor = entry.fill;
    if (previous?.textColor !== entry.textColor) badge.style.color = entry.textColor;
    if (previous?.stroke !== entry.stroke) badge.style.borderColor = entry.stroke;
    if (previous?.dash !== entry.dash) badge.style.borderStyle = entry.dash ? 'dashed' : 'solid';
  }

  /**
   * Where bpmn-js draws the shape's body: its bounds, with the outline width and corner radius it set
   * on the shape's first graphic (read from its attributes, no layout).
   */
  private tileShapeOf(element: Shape): TileShape {
    const gfx = this.canvas.getGraphics(element) as SVGElement | undefined;
    const body = gfx ? (getVisual(gfx)?.firstElementChild as SVGElement | null) : null;
    const strokeWidth = parseFloat(body?.style.strokeWidth ?? '') || activityStrokeWidth;
    const radius = parseFloat(body?.getAttribute('rx') ?? '') || activityRadius;
    return { x: element.x, y: element.y, width: element.width, height: element.height, strokeWidth, radius };
  }

  /**
   * Draws the tiles in `box` again once the current task's changes are made (a microtask: before
   * the frame that shows them, also when they are made in an animation frame's callback, where a
   * new animation frame would draw them one frame late); without a box, every tile in view.
   */
  private requestTiles(box?: Box): void {
    if (!box || this.dirtyTiles.length >= maxDirtyTiles) this.redrawAllTiles = true;
    else this.dirtyTiles.push(box);
    if (this.tilesQueued) return;
    this.tilesQueued = true;
    queueMicrotask(() => {
      this.tilesQueued = false;
      if (this.tiles.element.isConnected) this.drawRequestedTiles();
    });
  }

  /**
   * Draws what requestTiles asked for: each changed box cleared and its tiles drawn again, clipped
   * to it, or the whole canvas. The root element's tiles only, and only while shown.
   */
  private drawRequestedTiles(): void {
    const { context } = this.tiles;
    const { width, height } = this.viewSize;
    if (!context || !this.visible || width === 0 || height === 0) {
      // drawn whole when shown or laid out again
      this.redrawAllTiles = true;
      this.dirtyTiles = [];
      return;
    }
    const ratio = window.devicePixelRatio || 1;
    const pixelWidth = Math.round((width + 2 * tileMargin) * ratio);
    const pixelHeight = Math.round((height + 2 * tileMargin) * ratio);
    if (this.tiles.width !== pixelWidth || this.tiles.height !== pixelHeight) {
      this.tiles.resize(pixelWidth, pixelHeight, ratio);
      this.redrawAllTiles = true;
    }
    const whole = this.redrawAllTiles || !this.drawnView;
    if (whole) {
      this.drawnView = this.view;
      this.tiles.element.style.transform = '';
    }
    const drawnView = this.drawnView ?? this.view;
    // the canvas's origin lies tileMargin left of and above the view's
    const { scale } = drawnView;
    const originX = drawnView.dx + tileMargin;
    const originY = drawnView.dy + tileMargin;
    const onCanvas = this.heldBox(drawnView);
    // a box grown by one screen pixel: the edge's antialiasing
    const regions = whole ? [onCanvas] : this.dirtyTiles.map((box) => grown(box, 1 / scale)).filter((box) => intersects(box, onCanvas));
    const rootId = this.canvas.getRootElement()?.id ?? '';
    this.tilesExtent = whole ? this.extentOfTiles(rootId) : this.dirtyTiles.reduce<Box | undefined>((extent, box) => (extent ? union(extent, box) : box), this.tilesExtent);
    this.redrawAllTiles = false;
    this.dirtyTiles = [];
    /** the surface's pixel rows drawn again */
    const bands: PixelRows[] = [];
    for (const region of regions) {
      context.save();
      context.setTransform(1, 0, 0, 1, 0, 0);
      if (whole) {
        context.clearRect(0, 0, pixelWidth, pixelHeight);
        bands.push({ top: 0, bottom: pixelHeight });
      } else {
        // the region on the canvas, out to whole pixels
        const left = Math.floor((region.x * scale + originX) * ratio);
        const top = Math.floor((region.y * scale + originY) * ratio);
        const right = Math.ceil(((region.x + region.width) * scale + originX) * ratio);
        const bottom = Math.ceil(((region.y + region.height) * scale + originY) * ratio);
        context.beginPath();
        context.rect(left, top, right - left, bottom - top);
        context.clip();
        context.clearRect(left, top, right - left, bottom - top);
        bands.push({ top, bottom });
      }
      context.setTransform(scale * ratio, 0, 0, scale * ratio, originX * ratio, originY * ratio);
      const drawn: DrawnTile[] = [];
      for (const applied of this.applied.values()) {
        if (applied.rootId === rootId && intersects(tileBounds(applied.tile), region)) drawn.push({ tile: applied.tile, style: applied.entry });
      }
      drawTiles(context, drawn);
      context.restore();
    }
    if (bands.length > 0) this.tiles.show(bands);
  }

  /** The box around the root element's tiles; undefined when it has none. */
  private extentOfTiles(rootId: string): Box | undefined {
    let extent: Box | undefined;
    for (const applied of this.applied.values()) {
      if (applied.rootId !== rootId) continue;
      const bounds = tileBounds(applied.tile);
      extent = extent ? union(extent, bounds) : bounds;
    }
    return extent;
  }

  /** What the canvas holds, in diagram coordinates, when drawn for `view`: the view and tileMargin around it. */
  private heldBox(view: TileView): Box {
    const { width, height } = this.viewSize;
    return visibleBox({ scale: view.scale, dx: view.dx + tileMargin, dy: view.dy + tileMargin }, width + 2 * tileMargin, height + 2 * tileMargin);
  }

  /**
   * The view moved. While the canvas, moved and scaled as the view was (a compositing layer: no
   * drawing, no paint), still holds every tile the view shows and is enlarged at most maxTileZoom
   * times, it is only transformed: a scroll within tileMargin, or further where the view shows no
   * tile the canvas lacks (a diagram smaller than the view scrolled about), a zoom step; otherwise
   * the tiles are drawn for the new view. Scaled, they are drawn again, sharp, once the view rests.
   */
  private followWithTiles(): void {
    const drawn = this.drawnView;
    const { width, height } = this.viewSize;
    if (!drawn) {
      this.requestTiles();
      return;
    }
    // a tile drawn at q on the canvas (its origin tileMargin left of and above the view's) shows at
    // zoom × q + shift within the canvas's own box
    const zoom = this.view.scale / drawn.scale;
    const shiftX = this.view.dx + tileMargin - zoom * (drawn.dx + tileMargin);
    const shiftY = this.view.dy + tileMargin - zoom * (drawn.dy + tileMargin);
    // where the view shows tiles, and a screen pixel around it (the edges' antialiasing)
    const shown = this.tilesExtent && overlap(visibleBox(this.view, width, height), this.tilesExtent);
    const covers = !shown || contains(this.heldBox(drawn), grown(shown, 1 / this.view.scale));
    clearTimeout(this.sharpTimer);
    if (!covers || zoom > maxTileZoom) {
      this.requestTiles();
      return;
    }
    this.tiles.element.style.transform = zoom === 1 ? `translate(${shiftX}px, ${shiftY}px)` : `matrix(${zoom}, 0, 0, ${zoom}, ${shiftX}, ${shiftY})`;
    if (zoom !== 1) this.sharpTimer = setTimeout(() => this.requestTiles(), this.restMs);
  }

  /**
   * After a move (also onto another plane), resize or rename: tile and badge follow the shape, the
   * badge names it anew. The old tile's box is drawn again without it, the new one's with it, each
   * on the root shown then.
   */
  private refreshBadge(applied: AppliedEntry, element: Shape): void {
    this.placeBadge(applied.anchor, element);
    this.requestTiles(tileBounds(applied.tile));
    applied.tile = this.tileShapeOf(element);
    this.requestTiles(tileBounds(applied.tile));
    const rootId = this.rootIdOf(element);
    if (rootId !== applied.rootId) this.moveToPlane(applied, rootId);
    const name = elementName(element);
    if (name === applied.name) return;
    applied.name = name;
    applied.badge.setAttribute('aria-label', accessibleName(name, applied.entry));
  }

  /** The badge sits on the shape's top-right corner (heatmap.css centres it there). */
  private placeBadge(anchor: HTMLElement, element: Shape): void {
    anchor.style.marginLeft = `${element.x + element.width}px`;
    anchor.style.marginTop = `${element.y}px`;
  }

  /** The id of the root element (plane) the shape is drawn on; '' for none. */
  private rootIdOf(element: Shape): string {
    return this.canvas.findRoot(element)?.id ?? '';
  }

  /** Moves the step's badge to the plane's layer (leaving no empty group behind) and its tile with it. */
  private moveToPlane(applied: AppliedEntry, rootId: string): void {
    applied.rootId = rootId;
    const group = applied.anchor.parentElement;
    appendGrouped(this.plane(rootId).badges, applied.anchor);
    if (group?.childElementCount === 0) group.remove();
  }

  /** The root's badge layer; a new one is shown only while its root is. */
  private plane(rootId: string): Plane {
    let plane = this.planes.get(rootId);
    if (!plane) {
      const badges = document.createElement('div');
      badges.className = 'pl-heat-plane';
      badges.dataset.rootId = rootId;
      badges.hidden = rootId !== (this.canvas.getRootElement()?.id ?? '');
      plane = { badges: this.layer.appendChild(badges) };
      this.planes.set(rootId, plane);
    }
    return plane;
  }

  private showActivePlane(): void {
    const activeId = this.canvas.getRootElement()?.id ?? '';
    for (const [rootId, plane] of this.planes) plane.badges.hidden = rootId !== activeId;
    this.followViewport();
  }

  private onViewboxChanging(): void {
    if (this.applied.size < this.deferFrom) return;
    this.layer.classList.add(movingClass);
    this.cancelRest();
  }

  private onViewboxChanged(event: ViewboxEvent): void {
    const { x, y, scale } = event.viewbox;
    this.setTransform(scale, -x * scale, -y * scale);
    if (!this.layer.classList.contains(movingClass)) return;
    this.cancelRest();
    // counted from the next frame: a frame that takes longer than restMs is no rest
    this.restFrame = requestAnimationFrame(() => {
      this.restFrame = undefined;
      this.restTimer = setTimeout(() => {
        this.layer.classList.remove(movingClass);
      }, this.restMs);
    });
  }

  private cancelRest(): void {
    clearTimeout(this.restTimer);
    if (this.restFrame !== undefined) cancelAnimationFrame(this.restFrame);
    this.restFrame = undefined;
  }

  /** Reads the viewport's transform (no layout needed) and moves the layer with it. */
  private followViewport(): void {
    const viewport = canvasViewport(this.canvas)?.viewport;
    if (!viewport) return;
    const matrix = viewport.transform.baseVal.consolidate()?.matrix;
    if (matrix) this.setTransform(matrix.a, matrix.e, matrix.f);
    else this.setTransform(1, 0, 0);
  }

  private setTransform(scale: number, dx: number, dy: number): void {
    this.layer.style.transform = `matrix(${scale},0,0,${scale},${dx},${dy})`;
    this.view = { scale, dx, dy };
    this.followWithTiles();
    this.followLegibility(scale);
  }

  private followLegibility(scale: number): void {
    const tooSmall = scale < this.minBadgeScale;
    if (tooSmall === this.badgesTooSmall) return;
    this.badgesTooSmall = tooSmall;
    this.layer.classList.toggle(tooSmallClass, tooSmall);
    this.eventBus.fire(badgesLegibleEvent, { legible: !tooSmall } satisfies BadgesLegibleEvent);
  }

  private destroy(): void {
    this.destroyed = true;
    this.cancelRest();
    clearTimeout(this.sharpTimer);
    if (this.drawnAheadFrame !== undefined) cancelAnimationFrame(this.drawnAheadFrame);
    this.viewSizeObserver.disconnect();
    this.layer.remove();
    this.tiles.element.remove();
    this.applied.clear();
    this.planes.clear();
  }
}
