// The frame of every report file: one self-contained HTML document with a strict
// Content-Security-Policy (no scripts, no requests: only inline styles and data: images), the
// stylesheet (print and reading rules) and the page header and footer lines.
import type { PageMargins } from './printCss';
import { pageLabelParts, printCss } from './printCss';
import type { ReportFormat } from './reportFormat';
import type { ReportLanguage, Translate } from './reportInput';
import type { SafeHtml } from './safeHtml';
import { documentMarkup, html, styleElement } from './safeHtml';

/** What every section builder needs to write text and numbers in the UI language. */
export interface ReportContext {
  t: Translate;
  format: ReportFormat;
  language: ReportLanguage;
}

export interface ReportDocumentParts {
  language: ReportLanguage;
  title: string;
  appVersion: string;
  margins: PageMargins;
  body: SafeHtml;
}

/** Header and footer lines of the printed pages. */
export function pageMargins(
  context: ReportContext,
  parts: { title: string; generatedAt: Date; appVersion: string },
): PageMargins {
  return {
    topLeft: parts.title,
    topRight: context.format.date(parts.generatedAt),
    bottomLeft: context.t('report:page.footer', { appVersion: parts.appVersion }),
    pageLabel: pageLabelParts(context.t('report:page.number', { page: '{{page}}', pages: '{{pages}}' })),
  };
}

export function reportDocument(parts: ReportDocumentParts): string {
  return documentMarkup(html`<html lang="${parts.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Prozesslotse ${parts.appVersion}">
<title>${parts.title}</title>
${styleElement(printCss(parts.margins))}
</head>
<body>
<main>
${parts.body}
</main>
</body>
</html>
`);
}
