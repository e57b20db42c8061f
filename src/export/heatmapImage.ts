// The diagram's heatmap in the report. The SVG (drawn elsewhere from the diagram and its scores)
// is embedded as <img src="data:image/svg+xml;base64,…"> rather than inline: an SVG loaded as an
// image never runs scripts, never follows links and never loads external resources, whatever it
// contains, so names and attributes from an imported diagram cannot act in the report, and no
// sanitiser has to be kept complete. The report's CSP allows exactly these data: images.
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
