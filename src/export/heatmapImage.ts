// The diagram's heatmap in the report: the image and its legend. The SVG (drawn elsewhere from the
// diagram and its scores, without a legend of its own) is embedded as <img src="data:image/svg+xml;base64,…"> rather than inline: an SVG loaded as an
// image never runs scripts, never follows links and never loads external resources, whatever it
// contains, so names and attributes from an imported diagram cannot act in the report, and no
// sanitiser has to be kept complete. The report's CSP allows exactly these data: images. The
// legend is HTML text under the image, so it keeps the report's type size however far a large
// diagram is scaled down to fit the page; every item shows its badge's symbol beside its words.
// A diagram much wider than high prints on a landscape page (heatmapOrientation), where its labels
// come out about half as large again as scaled to the width of a portrait page.
import type { SafeHtml } from './safeHtml';
import { html } from './safeHtml';

const svgNamespace = 'http://www.w3.org/2000/svg';

/** Base64 of the text's UTF-8 bytes. */
export function utf8ToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}

/** An SVG shown as an image needs the SVG namespace on its root; add it where it is missing. */
function withSvgNamespace(svg: string): string {
  return svg.replace(/<svg\b(?![^>]*\sxmlns=)/, `<svg xmlns="${svgNamespace}"`);
}

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;base64,${utf8ToBase64(withSvgNamespace(svg))}`;
}

export function heatmapImage(svg: string, alt: string): SafeHtml {
  return html`<img src="${svgDataUrl(svg)}" alt="${alt}">`;
}

/**
 * From this ratio of width to height on, the diagram prints larger on a landscape A4 page: there it
 * is limited by the page's height left under the heading and beside the legend (about 120 mm of
 * 170 mm), upright by the width (180 mm); 180 / 120 = 1.5, rounded up so that a diagram near the
 * border keeps the upright page the report's other sections have.
 */
const landscapeFromAspect = 1.6;

/** The root element's size in user units: its width and height in pixels, or else its viewBox's. */
function svgSize(svg: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const pixels = (name: 'width' | 'height') => Number(new RegExp(`\\s${name}="(\\d+(?:\\.\\d+)?)(?:px)?"`).exec(root)?.[1] ?? Number.NaN);
  const box = (/\sviewBox="([^"]*)"/.exec(root)?.[1] ?? '').trim().split(/[\s,]+/).map(Number);
  const width = pixels('width') || box[2];
  const height = pixels('height') || box[3];
  return width > 0 && height > 0 ? { width, height } : null;
}

/** The page the diagram prints on: landscape when it is much wider than high, else upright. */
export function heatmapOrientation(svg: string): 'landscape' | 'portrait' {
  const size = svgSize(svg);
  return size !== null && size.width / size.height >= landscapeFromAspect ? 'landscape' : 'portrait';
}

/** One legend item: the badge's symbol (a range, "?", "✓" …), what it means, and its colours. */
export interface HeatmapLegendItem {
  symbol: string;
  label: string;
  fill: string;
  stroke: string;
  textColor: string;
  /** open steps are hatched */
  pattern?: 'hatched';
  /** a dashed outline */
  dash?: string;
}

export interface HeatmapLegend {
  title: string;
  items: readonly HeatmapLegendItem[];
}

/** The heatmap image and the legend that explains its colours and badges. */
export interface ReportHeatmap {
  svg: string;
  legend: HeatmapLegend;
  /** what the image leaves out (steps inside collapsed sub-processes), said under the legend */
  note?: string;
}

function swatch(item: HeatmapLegendItem): SafeHtml {
  const classes = item.pattern === 'hatched' ? 'swatch hatched' : 'swatch';
  const style = `background-color:${item.fill};border-color:${item.stroke};color:${item.textColor};border-style:${item.dash ? 'dashed' : 'solid'}`;
  return html`<span class="${classes}" style="${style}"><span class="symbol">${item.symbol}</span></span>`;
}

/** The legend as a list of symbol / meaning pairs under its title. */
export function heatmapLegendHtml(legend: HeatmapLegend): SafeHtml {
  return html`<p class="legend-title">${legend.title}</p>
<dl class="heatmap-legend">${legend.items.map((item) => html`<div><dt>${swatch(item)}</dt><dd>${item.label}</dd></div>`)}</dl>`;
}

/** The image with the legend and the caption under it. */
export function heatmapFigure(heatmap: ReportHeatmap, alt: string, caption: string): SafeHtml {
  return html`<figure class="heatmap">${heatmapImage(heatmap.svg, alt)}<figcaption>${heatmapLegendHtml(heatmap.legend)}
${heatmap.note ? html`<p class="note">${heatmap.note}</p>` : ''}<p>${caption}</p></figcaption></figure>`;
}
