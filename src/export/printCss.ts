// The stylesheet of every report file: screen reading and A4 print. Page header and footer,
// including "page N of M", are drawn in @page margin boxes, which Chromium prints since version
// 131 (checked with Chromium 156's print-to-PDF); defining them also replaces the browser's own
// header and footer (date, file URL), so the printed pages carry only the report's own lines.
// On a screen 320 px wide (400 % zoom) the page reflows without scrolling sideways (WCAG 1.4.10):
// figure cards and facts wrap, and a table keeps its columns at their natural width, words and
// numbers whole, and scrolls sideways in its own region (tableRegion). Print keeps the fixed
// table layout that fits every table into the A4 width. Markup read in another order or with other
// words than the page shows: a figure card's label (dt) is read first and its value (dd) shown large
// above it; a header showing an abbreviation ("DS") holds its full name as text kept off the page
// (.visually-hidden, named as the app's class), placed in the table's scroll region, so that a name
// at the end of a wide table scrolls with it instead of widening the page.
// Printed, a table's caption, header row and the note on its basis stay with its first rows, a
// table never leaves its last row alone on a page, and the key under it stays with it; a diagram
// picture much wider than high (.heatmap-plane.landscape) gets a landscape page, named "diagram",
// and so does each of a big picture's print tiles (.heatmap-tile), one to a page. On a screen the
// tiles stay hidden and a picture opens at full size in a region that scrolls (.heatmap-full),
// which print leaves out. The first page's figure cards print tighter and its list of media breaks
// in two columns, so that the overview leaves fewer of its last lines to a page of their own.

export interface PageMargins {
  /** top left of every printed page, e.g. "Bewertungsbericht – Gewerbeanmeldung" */
  topLeft: string;
  /** top right, e.g. the date the report was made */
  topRight: string;
  /** bottom left, e.g. "Prozesslotse 0.1.0 · Katalog Version 3" */
  bottomLeft: string;
  /** bottom right: the page label with the markers {{page}} and {{pages}} already split out */
  pageLabel: readonly PageLabelPart[];
}

export type PageLabelPart = { text: string } | { counter: 'page' | 'pages' };

/** A CSS string literal; everything but letters, digits and plain punctuation is hex-escaped. */
export function cssString(text: string): string {
  const escaped = text.replace(/[^\p{L}\p{N} .,:()/–-]/gu, (character) => `\\${character.codePointAt(0)?.toString(16)} `);
  return `"${escaped}"`;
}

const marker = /\{\{(page|pages)\}\}/;

/** Splits a translated label like "Seite {{page}} von {{pages}}" into text and counters. */
export function pageLabelParts(label: string): PageLabelPart[] {
  return label
    .split(marker)
    .map((piece, index): PageLabelPart | null => {
      if (index % 2 === 1) return { counter: piece as 'page' | 'pages' };
      return piece === '' ? null : { text: piece };
    })
    .filter((part): part is PageLabelPart => part !== null);
}

function pageLabelContent(parts: readonly PageLabelPart[]): string {
  return parts.map((part) => ('counter' in part ? `counter(${part.counter})` : cssString(part.text))).join(' ');
}

export function printCss(margins: PageMargins): string {
  return `
@page {
  size: A4;
  margin: 20mm 15mm 20mm 15mm;
  @top-left { content: ${cssString(margins.topLeft)}; font: 8pt system-ui, sans-serif; color: #444; }
  @top-right { content: ${cssString(margins.topRight)}; font: 8pt system-ui, sans-serif; color: #444; }
  @bottom-left { content: ${cssString(margins.bottomLeft)}; font: 8pt system-ui, sans-serif; color: #444; }
  @bottom-right { content: ${pageLabelContent(margins.pageLabel)}; font: 8pt system-ui, sans-serif; color: #444; }
}
@page diagram { size: A4 landscape; }
:root { color: #111; background: #fff; font: 10.5pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
* { box-sizing: border-box; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
body { margin: 0 auto; padding: 12mm 10mm; max-width: 210mm; overflow-wrap: break-word; }
h1 { font-size: 20pt; margin: 0 0 4mm; }
h2 { font-size: 14pt; margin: 8mm 0 3mm; border-bottom: 1.5pt solid #1f4e79; padding-bottom: 1mm; color: #1f4e79; }
h3 { font-size: 11.5pt; margin: 5mm 0 2mm; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 2.5mm; orphans: 3; widows: 3; }
.subtitle { font-size: 12pt; color: #333; margin-bottom: 6mm; }
.note { color: #444; font-size: 9pt; }
section.major { break-before: page; page-break-before: always; }
table { width: 100%; border-collapse: collapse; margin: 0; font-size: 8.5pt; }
.table-scroll { overflow-x: auto; margin: 0 0 4mm; position: relative; }
.table-scroll:focus-visible { outline: 2px solid #1f4e79; outline-offset: 2px; }
thead { display: table-header-group; }
tfoot { display: table-footer-group; }
tr, .card, figure, dl.facts div { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.75pt solid #9aa5b1; padding: 1mm 1.2mm; text-align: left; vertical-align: top;
  overflow-wrap: break-word; word-break: normal; hyphens: manual; }
th { background: #e8eef4; font-weight: 600; font-size: 8pt; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: 1.5mm; break-after: avoid; page-break-after: avoid; }
thead, p.basis { break-after: avoid; page-break-after: avoid; }
tbody > tr:first-child, tbody > tr:last-child, .table-scroll + p.key { break-before: avoid; page-break-before: avoid; }
dl.facts { margin: 0 0 4mm; }
dl.facts div { display: flex; flex-wrap: wrap; column-gap: 4mm; padding: 0.6mm 0; border-bottom: 0.5pt solid #d5dbe1; }
dl.facts dt { flex: 0 1 50mm; font-weight: 600; }
dl.facts dd { flex: 1 1 16rem; min-width: 0; margin: 0; overflow-wrap: break-word; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr)); gap: 3mm; margin: 0 0 4mm; }
.figure { border: 0.75pt solid #9aa5b1; border-radius: 2mm; padding: 2.5mm 3mm; break-inside: avoid; display: flex; flex-direction: column; }
.figure dd { order: -1; margin: 0; }
.figure .value { display: block; font-size: 15pt; font-weight: 700; }
.figure .label { display: block; font-size: 8.5pt; color: #333; }
.figure .value.no-quantities, .figure .value.not-recorded { font-size: 11pt; font-weight: 600; padding: 1.5mm 0 1mm; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.portfolio-summary .diagram-scope { font-size: 8.5pt; color: #444; }
figure { margin: 0 0 4mm; }
figure img, figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figure.heatmap svg.heatmap-overview { max-height: 225mm; }
svg.heatmap-source { position: absolute; width: 0; height: 0; overflow: hidden; }
details.heatmap-full { margin: 2mm 0 0; }
details.heatmap-full summary { color: #1f4e79; font-weight: 600; cursor: pointer; }
.heatmap-scroll { overflow: auto; max-height: 85vh; margin-top: 1.5mm; border: 0.75pt solid #9aa5b1; }
.heatmap-scroll:focus-visible { outline: 2px solid #1f4e79; outline-offset: 2px; }
figure .heatmap-scroll svg { max-width: none; margin: 0; }
.heatmap-tiles, .print-only { display: none; }
figcaption { font-size: 9pt; color: #333; margin-top: 1.5mm; }
figcaption .legend-title { font-weight: 600; color: #111; margin: 0 0 1mm; }
dl.heatmap-legend { display: flex; flex-wrap: wrap; gap: 1.5mm 5mm; margin: 0 0 2.5mm; color: #111; }
dl.heatmap-legend div { display: flex; align-items: center; gap: 1.5mm; break-inside: avoid; page-break-inside: avoid; }
dl.heatmap-legend dt, dl.heatmap-legend dd { margin: 0; }
.swatch { display: inline-block; min-width: 12mm; padding: 0.3mm 1mm; border-width: 1.2pt; border-radius: 1mm; text-align: center; font-size: 8.5pt; font-weight: 600; line-height: 1.3; }
.swatch.hatched { background-image: repeating-linear-gradient(45deg, #ffffff 0 2px, #9e9e9e 2px 3.5px); }
.swatch.hatched .symbol { background: #ffffff; padding: 0 1mm; }
.card { border: 0.75pt solid #9aa5b1; border-radius: 2mm; padding: 3mm 4mm 1mm; margin: 0 0 4mm; }
.card h3 { margin-top: 0; }
.card .table-scroll { margin-bottom: 2mm; }
.card table { line-height: 1.3; }
.card th, .card td { padding: 0.6mm 1.2mm; }
.card p { margin-bottom: 1.5mm; }
.card caption { font-size: 9pt; }
.step-meta { color: #333; font-size: 9pt; }
.quantities, .step-notes { font-size: 9pt; }
.notes { white-space: pre-wrap; overflow-wrap: break-word; }
.badge { display: inline-block; border: 0.75pt solid #333; border-radius: 1mm; padding: 0 1.5mm; font-size: 8.5pt; font-weight: 600; }
.incomplete { font-style: italic; color: #555; }
@media screen and (max-width: 30em) {
  body { padding: 4mm 3mm; }
}
@media print {
  body { padding: 0; max-width: none; }
  a { color: inherit; text-decoration: none; }
  .figures { grid-template-columns: repeat(3, 1fr); }
  .table-scroll { overflow: visible; }
  table { table-layout: fixed; }
  .figures { gap: 2mm; }
  .figure { padding: 1.5mm 2.5mm; }
  .figure .value { font-size: 13pt; }
  ul.media-breaks { columns: 2; column-gap: 8mm; font-size: 9pt; margin: 0 0 2.5mm; }
  ul.media-breaks li { break-inside: avoid; page-break-inside: avoid; }
  p.note:has(+ ul) { break-after: avoid; page-break-after: avoid; }
  details.heatmap-full { display: none; }
  .heatmap-tiles, .print-only { display: block; }
  .heatmap-plane.landscape { page: diagram; }
  .heatmap-plane.landscape svg.heatmap-overview { max-height: 120mm; }
  figure.heatmap-tile { page: diagram; break-before: page; page-break-before: always; margin: 0; }
  figure.heatmap-tile svg { max-width: none; margin: 0; }
}
`;
}
