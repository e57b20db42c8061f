// Where diagram-js draws: the canvas's <svg> and the viewport group inside it that every scroll
// and zoom transforms. diagram-js keeps both private, so they are found by the DOM it builds; one
// place for the modules that need them (the heatmap's layers, the exact viewport transform).
import type Canvas from 'diagram-js/lib/core/Canvas';

export interface CanvasViewport {
  svg: SVGSVGElement;
  viewport: SVGGElement;
}

export function canvasViewport(canvas: Canvas): CanvasViewport | undefined {
  const svg = canvas.getContainer().querySelector(':scope > svg');
  const viewport = svg?.querySelector(':scope > g.viewport');
  if (!(svg instanceof SVGSVGElement) || !(viewport instanceof SVGGElement)) return undefined;
  return { svg, viewport };
}
