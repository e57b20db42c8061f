import { describe, expect, it } from 'vitest';
import type { ReportHeatmap } from './heatmapImage';
import { heatmapOrientation, heatmapPictures, svgDataUrl, utf8ToBase64 } from './heatmapImage';
import { html } from './safeHtml';
import { testTranslate } from './testReportInput';

function decodeDataUrl(url: string): string {
  const binary = atob(url.replace('data:image/svg+xml;base64,', ''));
  return new TextDecoder().decode(Uint8Array.from(binary, (character) => character.charCodeAt(0)));
}

describe('utf8ToBase64', () => {
  it('given text with umlauts and €, when encoded, then it is the base64 of its UTF-8 bytes', () => {
    // "ä€" is C3 A4 E2 82 AC in UTF-8
    expect(utf8ToBase64('ä€')).toBe(btoa(String.fromCharCode(0xc3, 0xa4, 0xe2, 0x82, 0xac)));
  });
});

describe('svgDataUrl', () => {
  it('given an SVG without the SVG namespace, when embedded, then the namespace is added', () => {
    expect(decodeDataUrl(svgDataUrl('<svg width="10"><rect/></svg>'))).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="10"><rect/></svg>');
  });

  it('given an SVG with the namespace and a hostile script, when embedded, then it is kept byte for byte inside the image', () => {
    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><text>Prüfen</text></svg>';
    expect(decodeDataUrl(svgDataUrl(svg))).toBe(svg);
  });
});

describe('heatmapOrientation', () => {
  it('given a diagram 1810 × 682 px (a process of 10 steps in three lanes), when printed, then it gets a landscape page, where its labels print larger', () => {
    expect(heatmapOrientation('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="1810" height="682" viewBox="155 59 1810 682"></svg>')).toBe('landscape');
  });

  it('given a diagram about as high as wide, or one whose size only its viewBox gives, when printed, then its page follows its shape', () => {
    expect(heatmapOrientation('<svg width="600" height="500"></svg>')).toBe('portrait');
    expect(heatmapOrientation('<svg viewBox="0 0 900 300"></svg>')).toBe('landscape');
    expect(heatmapOrientation('<svg></svg>')).toBe('portrait');
  });
});

describe('heatmapPictures', () => {
  const legend = { title: 'Heatmap: Priorität', items: [] };
  const texts = { t: testTranslate('de'), process: 'Gewerbe "<b>"' };
  const hostile = (width: number, height: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" onload="alert(1)"><script>alert(2)</script><text>&lt;img src=x onerror=alert(3)&gt;</text></svg>`;
  /** CCU-7west's top plane and a sub-process with a hostile name, as pictures */
  const heatmap: ReportHeatmap = {
    pictures: [
      { svg: hostile(3335, 1152), steps: [{ x: 100, y: 100, width: 110, height: 88 }] },
      { svg: hostile(674, 216), steps: [], subProcess: 'Take ECG "<script>alert(4)</script>' },
    ],
    legend,
  };
  const render = (shown: ReportHeatmap) => new DOMParser().parseFromString(`<section>${heatmapPictures(shown, texts, html`<h2>Prozessdiagramm</h2>`, 'Legende').markup}</section>`, 'text/html');

  it('given a note of steps no picture shows, when rendered, then the note stands under the legend; without one, nothing does', () => {
    const noted = heatmapPictures({ ...heatmap, note: '2 bewertete Schritte <und> fehlen' }, texts, html``, 'Legende').markup;
    const plain = heatmapPictures({ pictures: [heatmap.pictures[0]], legend }, texts, html``, 'Legende').markup;

    expect(noted).toContain('<p class="note">2 bewertete Schritte &lt;und&gt; fehlen</p>');
    expect(plain).not.toContain('class="note">');
  });

  it('given pictures of the diagram and a sub-process, when rendered, then each SVG is in the file once, as a data URL of an SVG image, and every view of it refers to that', () => {
    const page = render(heatmap);
    const markup = page.body.innerHTML;
    for (const picture of heatmap.pictures) expect(markup.split(svgDataUrl(picture.svg)).length - 1).toBe(1);
    const images = [...page.querySelectorAll('svg.heatmap-source image')];
    expect(images.map((image) => image.id)).toEqual(['heatmap-1-image', 'heatmap-2-image']);
    const references = [...page.querySelectorAll('use')].map((use) => use.getAttribute('href'));
    expect(new Set(references)).toEqual(new Set(['#heatmap-1-image', '#heatmap-2-image']));
    expect(page.querySelectorAll('img')).toHaveLength(0);
  });

  it('given hostile names and SVG, when rendered, then nothing of them is markup outside the image: the inline SVGs hold ids, numbers and escaped words', () => {
    const page = render(heatmap);
    expect(page.querySelectorAll('script, text, foreignObject, [onload], [onerror]')).toHaveLength(0);
    const values = [...page.querySelectorAll('svg, svg *')].flatMap((element) => [...element.attributes].filter((attribute) => !['aria-label', 'href'].includes(attribute.name)).map((attribute) => attribute.value));
    for (const value of values) expect(value).toMatch(/^[\w\s.:;#-]*$/);
    expect(page.querySelector('h3')?.textContent).toBe('Bild 2: Teilprozess „Take ECG "<script>alert(4)</script>“');
    expect(page.querySelector('svg.heatmap-overview')?.getAttribute('aria-label')).toBe('Prozessdiagramm „Gewerbe "<b>"“, jeder Schritt nach seiner Bewertung eingefärbt und beschriftet');
  });

  it('given a big picture, when rendered, then its print tiles follow it, each a view of the embedded image cut to its part and captioned "Ausschnitt n von N"', () => {
    const page = render(heatmap);
    const tiles = [...page.querySelectorAll('.heatmap-plane + .heatmap-tiles figure.heatmap-tile')];
    expect(tiles.length).toBeGreaterThan(1);
    expect(tiles.map((tile) => tile.querySelector('figcaption')?.textContent)).toEqual(
      tiles.map((_, index) => `Prozessdiagramm mit Bewertung: Ausschnitt ${index + 1} von ${tiles.length}`),
    );
    const boxes = tiles.map((tile) => tile.querySelector('svg')?.getAttribute('viewBox')?.split(' ').map(Number) ?? []);
    expect(Math.max(...boxes.map(([x, , width]) => x + width))).toBeGreaterThanOrEqual(3335);
    expect(Math.max(...boxes.map(([, y, , height]) => y + height))).toBeGreaterThanOrEqual(1152);
    for (const tile of tiles) expect(tile.querySelector('use')?.getAttribute('href')).toBe('#heatmap-1-image');
    // the small sub-process gets none
    expect(page.querySelectorAll('.heatmap-tiles')).toHaveLength(1);
  });

  it('given a picture as small as the sample\'s diagram, when rendered, then it is one picture without tiles', () => {
    const page = render({ pictures: [{ svg: hostile(1810, 682), steps: [] }], legend });
    expect(page.querySelectorAll('svg.heatmap-overview')).toHaveLength(1);
    expect(page.querySelectorAll('.heatmap-tiles, figure.heatmap-tile, .print-only')).toHaveLength(0);
  });

  it('given the pictures, when rendered, then each opens at full size in a named region that scrolls, and a sub-process\'s picture is headed with its name', () => {
    const page = render(heatmap);
    const full = [...page.querySelectorAll('details.heatmap-full')];
    expect(full.map((details) => details.querySelector('summary')?.textContent)).toEqual(['Diagramm in voller Größe öffnen', 'Diagramm in voller Größe öffnen']);
    const region = full[0].querySelector('[role="region"]');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(region?.getAttribute('aria-label')).toBe('Prozessdiagramm mit Bewertung in voller Größe');
    expect([region?.querySelector('svg')?.getAttribute('width'), region?.querySelector('svg')?.getAttribute('height')]).toEqual(['3335', '1152']);
    expect(page.querySelector('p.note')?.textContent).toBe('Ein eigenes Bild weiter unten zeigt die Schritte im zugeklappten Teilprozess; im Diagramm trägt er die Marke „Bild 2“.');
  });

  it('given sub-process pictures, two of them of one name (CCU-7west\'s "give medicine (ACS-NSTEMI)"), when rendered, then each is headed with its number from 2 (as the tags in the diagram name them), so that headings, alt texts and full-size regions tell them apart', () => {
    const small = { svg: hostile(674, 216), steps: [] };
    const page = render({
      pictures: [heatmap.pictures[0], { ...small, subProcess: 'give medicine' }, { ...small, subProcess: 'Take ECG' }, { ...small, subProcess: 'give medicine' }],
      legend,
    });
    expect([...page.querySelectorAll('h3')].map((heading) => heading.textContent)).toEqual([
      'Bild 2: Teilprozess „give medicine“',
      'Bild 3: Teilprozess „Take ECG“',
      'Bild 4: Teilprozess „give medicine“',
    ]);
    const alts = [...page.querySelectorAll('svg.heatmap-overview')].map((svg) => svg.getAttribute('aria-label'));
    expect(alts[3]).toBe('Bild 4: Teilprozess „give medicine“ im Prozessdiagramm „Gewerbe "<b>"“, jeder Schritt nach seiner Bewertung eingefärbt und beschriftet');
    expect(new Set(alts).size).toBe(4);
    const regions = [...page.querySelectorAll('.heatmap-scroll')].map((region) => region.getAttribute('aria-label'));
    expect(new Set(regions).size).toBe(4);
    expect(page.querySelector('p.note')?.textContent).toBe('Eigene Bilder weiter unten zeigen die Schritte in den 3 zugeklappten Teilprozessen, ein Bild je Teilprozess; im Diagramm trägt jeder die Marke seines Bildes („Bild 2“, „Bild 3“ …).');
  });
});
