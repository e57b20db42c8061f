// The one way the report files are assembled: an `html` tagged template that HTML-escapes every
// interpolated value unless it is SafeHtml made by this module. User and diagram text therefore
// always arrives as text; only this module marks markup as trusted.

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character]);
}

/** Markup that is safe to insert as is. Only this module makes it; look-alike objects are escaped. */
export interface SafeHtml {
  readonly markup: string;
}

const trusted = new WeakSet<SafeHtml>();

function trust(markup: string): SafeHtml {
  const safe: SafeHtml = { markup };
  trusted.add(safe);
  return safe;
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'object' && trusted.has(value as SafeHtml)) return (value as SafeHtml).markup;
  return escapeHtml(String(value));
}

/** Tagged template: the literal parts are markup, every `${value}` is escaped (arrays joined). */
export function html(literals: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let markup = literals[0];
  values.forEach((value, index) => {
    markup += render(value) + literals[index + 1];
  });
  return trust(markup);
}

/** A <style> element for a stylesheet built by the exports; refuses text that could close it. */
export function styleElement(css: string): SafeHtml {
  if (/<\/?style|<!--/i.test(css)) throw new Error('A stylesheet must not contain markup that closes <style>.');
  return trust(`<style>${css}</style>`);
}

/** The finished document as a string. */
export function documentMarkup(document: SafeHtml): string {
  return `<!DOCTYPE html>\n${render(document)}`;
}
