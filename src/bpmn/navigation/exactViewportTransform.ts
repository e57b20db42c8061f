// A diagram-js module that keeps the canvas's scale exactly as diagram-js set it while the view
// scrolls. diagram-js writes the viewport's transform as an attribute string,
// `matrix(a,b,c,d,e,f)`, on every scroll and zoom step (Canvas.scroll, Canvas._setZoom) and reads
// it back through the DOM for the next one. Chromium parses the numbers of that string a little
// off for many scales (0.046084318310022354 is read as 0.04608432576060295), so the scale grew by
// one float step per scroll. Chromium's SVG layout takes any change of the scale for a new screen
// scale and lays out every label of the diagram again: 120-190 ms per scroll frame at 3,000 steps
// instead of about 1.5 ms, depending on the scale "Ganzes Diagramm" had chosen, so on the
// window's height (docs/benchmarks.md, sixth session). This module hands the same six numbers to
// the transform's DOM list instead, where they land as written.
import type Canvas from 'diagram-js/lib/core/Canvas';
import { canvasViewport } from './canvasViewport';

/** the six numbers of a `matrix(…)` transform, or undefined for any other transform */
export function parseMatrixTransform(value: string): DOMMatrix2DInit | undefined {
  const match = /^\s*matrix\(([^)]*)\)\s*$/.exec(value);
  if (!match) return undefined;
  const parts = match[1].trim().split(/\s*,\s*|\s+/);
  if (parts.length !== 6 || parts.includes('')) return undefined;
  const numbers = parts.map(Number);
  if (!numbers.every(Number.isFinite)) return undefined;
  const [a, b, c, d, e, f] = numbers;
  return { a, b, c, d, e, f };
}

class ExactViewportTransform {
  static $inject = ['canvas'];

  constructor(canvas: Canvas) {
    const drawing = canvasViewport(canvas);
    if (!drawing) return;
    const { svg, viewport } = drawing;
    // only this element's own transform writes: every other attribute, and every other element, as before
    Object.defineProperty(viewport, 'setAttribute', {
      configurable: true,
      value(name: string, value: string): void {
        const matrix = name === 'transform' ? parseMatrixTransform(value) : undefined;
        // Chromium's createSVGTransformFromMatrix takes an SVGMatrix only, not a plain DOMMatrix2DInit
        if (matrix) viewport.transform.baseVal.initialize(svg.createSVGTransformFromMatrix(Object.assign(svg.createSVGMatrix(), matrix)));
        else Element.prototype.setAttribute.call(viewport, name, value);
      },
    });
  }
}

export const exactViewportTransformModule = {
  __init__: ['exactViewportTransform'],
  exactViewportTransform: ['type', ExactViewportTransform],
};
