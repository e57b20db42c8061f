// The diagram's heatmap in the report: one picture of the diagram's own plane and one of each
// collapsed sub-process that holds scored steps, with the legend under the first. Each SVG (drawn
// elsewhere from the diagram and its scores, without a legend of its own) is embedded once, as a
// data:image/svg+xml URL in an SVG <image>, and shown through <use> references to it: an SVG loaded
// as an image never runs scripts, never follows links and never loads external resources, whatever
// it contains, so names and attributes from an imported diagram cannot act in the report, and no
// sanitiser has to be kept complete. The report's CSP allows exactly these data: images; the inline
// <svg> elements around them hold only the app's own ids and numbers, and names only as escaped
// text of an aria-label. On screen a picture is fitted to the page, and opens at full size in a
// region that scrolls ("Diagramm in voller Größe öffnen", a <details>: the report runs no script).
// In print a picture much wider than high gets a landscape page (heatmapOrientation), where its
// labels come out about half as large again as on an upright one; one still too small to read
// follows in tiles (printTiles), each on a page of its own. The legend is HTML text, so it keeps
// the report's type size however far a picture is scaled down; every item shows its badge's symbol
// beside its words.
import type { SafeHtml } from './safeHtml';
import { html } from './safeHtml';
import type { PictureBox } from './printTiles';
import { printTiles, tileMillimetresPerUnit } from './printTiles';
import type { Translate } from './reportInput';

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

/** One plane's heatmap picture. */
export interface ReportHeatmapPicture {
  svg: string;
  /** the collapsed sub-process whose plane it shows; none for the diagram's own plane */
  subProcess?: string;
  /** the drawn steps' boxes (shape and badge) in the picture's units: print tiles overlap by the largest */
  steps: readonly PictureBox[];
}

/** The heatmap pictures, the diagram's own plane first, and the legend that explains their colours and badges. */
export interface ReportHeatmap {
  pictures: readonly ReportHeatmapPicture[];
  legend: HeatmapLegend;
  /** what no picture shows, said under the legend */
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

/** The printed area (mm) the whole picture is fitted to on its page: beside the legend on a landscape page, the page's width upright. */
const overviewArea = { landscape: { width: 267, height: 120 }, portrait: { width: 180, height: 225 } } as const;

/** The tiles a picture prints in besides the whole of it; none when the whole can be read. */
function pictureTiles(picture: ReportHeatmapPicture): PictureBox[] {
  const size = svgSize(picture.svg);
  if (size === null) return [];
  const area = overviewArea[heatmapOrientation(picture.svg)];
  return printTiles(size, picture.steps, Math.min(area.width / size.width, area.height / size.height));
}

/** What the pictures say in words: the report's texts for them. */
export interface HeatmapTexts {
  t: Translate;
  /** the process's name, for the pictures' alt texts */
  process: string;
}

/**
 * A picture's name in its heading, a tile's caption and its alt text. `number` is its place among
 * the pictures from 1: a sub-process's picture is named by it, as the tag on the sub-process in the
 * picture that shows it collapsed names it.
 */
function pictureNames(picture: ReportHeatmapPicture, number: number, { t, process }: HeatmapTexts): { name: string; alt: string } {
  if (picture.subProcess === undefined) return { name: t('report:section.heatmap'), alt: t('report:heatmap.alt', { process }) };
  const name = t('report:heatmap.subProcess', { name: picture.subProcess, number });
  return { name, alt: t('report:heatmap.subProcessAlt', { name, process }) };
}

/** The picture shown through a reference to its embedded image, cut to `box`. */
function pictureUse(imageId: string, box: PictureBox, attributes: SafeHtml): SafeHtml {
  return html`<svg ${attributes} viewBox="${box.x} ${box.y} ${box.width} ${box.height}"><use href="#${imageId}"></use></svg>`;
}

/**
 * One picture under its heading: its SVG embedded once, fitted to the page, at full size in a region
 * that scrolls when opened, `caption` under it, and its print tiles after it. `id` is unique in the file.
 */
function heatmapFigure(picture: ReportHeatmapPicture, names: { name: string; alt: string }, texts: HeatmapTexts, heading: SafeHtml, caption: SafeHtml, id: string): SafeHtml {
  const { t } = texts;
  const size = svgSize(picture.svg) ?? { width: 0, height: 0 };
  const whole = { x: 0, y: 0, ...size };
  const imageId = `${id}-image`;
  const { name, alt } = names;
  const tiles = pictureTiles(picture);
  const tileFigures = tiles.map((tile, index) => {
    const label = t('report:heatmap.tile', { picture: name, index: index + 1, count: tiles.length });
    const paper = html`role="img" aria-label="${label}" style="width:${Math.round(tile.width * tileMillimetresPerUnit)}mm;height:${Math.round(tile.height * tileMillimetresPerUnit)}mm"`;
    return html`<figure class="heatmap-tile">${pictureUse(imageId, tile, paper)}<figcaption>${label}</figcaption></figure>`;
  });
  return html`<div class="heatmap-plane${heatmapOrientation(picture.svg) === 'landscape' ? ' landscape' : ''}">
${heading}
<figure class="heatmap" id="${id}">
<svg class="heatmap-source" width="0" height="0" aria-hidden="true"><defs><image id="${imageId}" width="${size.width}" height="${size.height}" href="${svgDataUrl(picture.svg)}"></image></defs></svg>
${pictureUse(imageId, whole, html`class="heatmap-overview" role="img" aria-label="${alt}" width="${size.width}" height="${size.height}"`)}
<details class="heatmap-full"><summary>${t('report:heatmap.openFullSize')}</summary><div class="heatmap-scroll" role="region" tabindex="0" aria-label="${t('report:heatmap.fullSize', { picture: name })}">${pictureUse(imageId, whole, html`role="img" aria-label="${alt}" width="${size.width}" height="${size.height}"`)}</div></details>
<figcaption>${caption}${tiles.length > 0 ? html`<p class="note print-only">${t('report:heatmap.tilesFollow', { count: tiles.length })}</p>` : ''}</figcaption>
</figure>
</div>
${tileFigures.length > 0 ? html`<div class="heatmap-tiles">${tileFigures}</div>` : ''}`;
}

/**
 * The heatmap section's content: the diagram's own picture under `heading` with the legend, `note`
 * and `caption` under it, then each sub-process's picture under a heading of its own.
 */
export function heatmapPictures(heatmap: ReportHeatmap, texts: HeatmapTexts, heading: SafeHtml, caption: string): SafeHtml {
  const { t } = texts;
  const [own, ...subProcesses] = heatmap.pictures;
  const notes = [heatmap.note, subProcesses.length > 0 ? t('report:heatmap.subProcessesBelow', { count: subProcesses.length }) : undefined];
  const legend = html`${heatmapLegendHtml(heatmap.legend)}
${notes.map((note) => (note ? html`<p class="note">${note}</p>` : ''))}<p>${caption}</p>`;
  return html`${heatmapFigure(own, pictureNames(own, 1, texts), texts, heading, legend, 'heatmap-1')}
${subProcesses.map((picture, index) => {
  const names = pictureNames(picture, index + 2, texts);
  return heatmapFigure(picture, names, texts, html`<h3>${names.name}</h3>`, html`<p>${t('report:heatmap.subProcessCaption')}</p>`, `heatmap-${index + 2}`);
})}`;
}
