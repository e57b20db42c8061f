import { describe, expect, it } from 'vitest';
import { documentMarkup, escapeHtml, html, styleElement } from './safeHtml';
import { xssPayloads } from './xssPayloads';

function parseBody(markup: string): HTMLElement {
  return new DOMParser().parseFromString(`<!DOCTYPE html><body>${markup}</body>`, 'text/html').body;
}

describe('escapeHtml', () => {
  it('given the five special characters, when escaped, then each becomes its entity', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('html template', () => {
  const payloads = xssPayloads();

  it('given the fixture, when its payloads are read, then the img/onerror ones are among them', () => {
    expect(payloads.some((payload) => payload.includes('<img height=100'))).toBe(true);
    expect(payloads.some((payload) => payload.includes('<img src=1 onerror=alert(1)>'))).toBe(true);
    expect(payloads).toContain('"><');
  });

  it.each(payloads)('given the payload %j in element text and in an attribute, when rendered, then it is only text', (payload) => {
    const body = parseBody(html`<p title="${payload}">${payload}</p>`.markup);
    expect(body.children).toHaveLength(1);
    expect(body.querySelectorAll('*')).toHaveLength(1);
    const paragraph = body.children[0];
    expect(paragraph.textContent).toBe(payload);
    expect(paragraph.getAttribute('title')).toBe(payload);
  });

  it('given a look-alike object with markup, when interpolated, then it is escaped, not trusted', () => {
    const forged = { markup: '<script>alert(1)</script>' } as unknown as string;
    expect(html`<p>${forged}</p>`.markup).not.toContain('<script>');
  });

  it('given fragments made by the template and arrays, when nested, then they are inserted once, not escaped twice', () => {
    const items = ['a&b', 'c'].map((text) => html`<li>${text}</li>`);
    expect(html`<ul>${items}</ul>`.markup).toBe('<ul><li>a&amp;b</li><li>c</li></ul>');
  });

  it('given null, undefined and false, when interpolated, then nothing is written', () => {
    expect(html`<p>${null}${undefined}${false}${0}</p>`.markup).toBe('<p>0</p>');
  });
});

describe('styleElement', () => {
  it('given a stylesheet that would close the style element, when wrapped, then it is refused', () => {
    expect(() => styleElement('p{} </style><script>alert(1)</script>')).toThrow();
    expect(styleElement('p { color: red; }').markup).toBe('<style>p { color: red; }</style>');
  });
});

describe('documentMarkup', () => {
  it('given a document, when serialised, then it starts with the HTML5 doctype', () => {
    expect(documentMarkup(html`<html></html>`)).toBe('<!DOCTYPE html>\n<html></html>');
  });
});
