// Exports of the open diagram: BPMN 2.0 XML (formatted), SVG and PNG (the SVG drawn onto a canvas
// in the browser, no network, no external fonts; the heatmap image takes the same way to PNG).
// File names: src/export/fileName.ts.
import type BaseViewer from 'bpmn-js/lib/BaseViewer';

/** The whole document as formatted BPMN 2.0 XML, every diagram included. */
export async function exportBpmn(modeler: BaseViewer): Promise<string> {
  const { xml } = await modeler.saveXML({ format: true });
  if (xml === undefined) throw new Error('bpmn-js returned no XML');
  return xml;
}

/** the class names the heatmap view gives the drawn steps (src/bpmn/heatmap); no part of an export */
const heatmapClass = /^pl-heat-/;

/** The open diagram as a standalone SVG document, without the heatmap view's class names. */
export async function exportSvg(modeler: BaseViewer): Promise<string> {
  const { svg } = await modeler.saveSVG();
  if (!svg.includes('pl-heat-')) return svg;
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  for (const element of parsed.querySelectorAll('[class*="pl-heat-"]')) {
    const kept = [...element.classList].filter((name) => !heatmapClass.test(name));
    if (kept.length > 0) element.setAttribute('class', kept.join(' '));
    else element.removeAttribute('class');
  }
  return new XMLSerializer().serializeToString(parsed);
}

/** Canvas limits Chromium and Firefox keep to (side and area); larger images come out blank. */
const maxCanvasSide = 16_384;
const maxCanvasArea = 16_384 * 16_384 / 4;

function svgSize(svg: string): { width: number; height: number } {
  const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const width = parseFloat(root.getAttribute('width') ?? '');
  const height = parseFloat(root.getAttribute('height') ?? '');
  if (width > 0 && height > 0) return { width, height };
  const viewBox = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  return { width: viewBox[2] > 0 ? viewBox[2] : 300, height: viewBox[3] > 0 ? viewBox[3] : 150 };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the SVG could not be drawn as an image'));
    image.src = url;
  });
}

/**
 * The open diagram as a PNG on a white background. `scale` (default 2) is reduced where the
 * image would exceed what a browser canvas can hold.
 */
export async function exportPng(modeler: BaseViewer, scale = 2): Promise<Blob> {
  return svgToPng(await exportSvg(modeler), scale);
}

/**
 * A standalone SVG document (the open diagram's, the heatmap image's) as a PNG on a white
 * background. `scale` (default 2) is reduced where the image would exceed what a browser canvas
 * can hold.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const fitting = Math.min(scale, maxCanvasSide / width, maxCanvasSide / height, Math.sqrt(maxCanvasArea / (width * height)));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * fitting));
  canvas.height = Math.max(1, Math.round(height * fitting));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas context');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
  } finally {
    URL.revokeObjectURL(url);
  }
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png');
  });
}
