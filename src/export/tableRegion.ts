// The box around every table of a report file. On a narrow screen (a phone, 400 % zoom) a table
// keeps its columns and scrolls sideways inside the box while the page itself reflows (WCAG 1.4.10
// lets data tables keep their two dimensions). The file runs no script, so the box cannot tell
// whether it scrolls: it is always a named region and a tab stop, so a keyboard can scroll it.
import type { SafeHtml } from './safeHtml';
import { html } from './safeHtml';

/** What names the region: the ids of visible text (a caption, a heading), or a label of its own. */
export type TableRegionName = { labelledBy: string } | { label: string };

export function tableRegion(name: TableRegionName, table: SafeHtml): SafeHtml {
  const naming = 'labelledBy' in name ? html`aria-labelledby="${name.labelledBy}"` : html`aria-label="${name.label}"`;
  return html`<div class="table-scroll" role="region" tabindex="0" ${naming}>${table}</div>`;
}
