// Browser tests of the heatmap SVG export: colours, badges and legend drawn into the SVG itself,
// diagram text kept as text, nothing that runs or loads from elsewhere; the report's pictures of the
// diagram and of each collapsed sub-process that holds scored steps.
import { describe, expect, it } from 'vitest';
import type { HeatmapBucket, HeatmapEntry } from './heatmap/heatmapScale';
import { heatmapPalette } from './heatmap/heatmapScale';
import { renderHeatmapPlanes, renderHeatmapSvg } from './heatmapSvg';
import { collapsedSubProcessXml } from './testing/collapsedSubProcessXml';
import { testDiagramXml } from './testing/testDiagramXml';
import { cssRgb } from './testing/colours';

const xssName = '<img src=x onerror=alert(1)>';

const diagramXml = testDiagramXml({
  nodes: [
    { id: 'Start', type: 'startEvent' },
    { id: 'Task_A', name: 'Antrag prüfen' },
    { id: 'Task_X', name: xssName },
    { id: 'Task_O', name: 'Offen' },
  ],
  flows: [{ id: 'Flow_1', from: 'Start', to: 'Task_A' }],
});

function entry(stepId: string, bucket: HeatmapBucket, label: string, title: string): HeatmapEntry {
  return { stepId, metric: 'ds', bucket, marker: `pl-heat-${bucket}`, label, title, ...heatmapPalette[bucket] };
}

const entries = new Map([
  ['Task_A', entry('Task_A', 3, '72', 'Digitalisierungspotenzial: 72')],
  ['Task_X', entry('Task_X', 1, '25', 'Digitalisierungspotenzial: 25')],
  ['Task_O', entry('Task_O', 'open', '?', 'Digitalisierungspotenzial: offen / unvollständig')],
  ['Not_There', entry('Not_There', 4, '99', 'Digitalisierungspotenzial: 99')],
]);

const legend = {
  title: 'Heatmap: Digitalisierungspotenzial',
  items: [
    { label: 'hoch (60–79)', symbol: '60–79', ...heatmapPalette[3] },
    { label: 'offen / unvollständig', symbol: '?', ...heatmapPalette.open },
  ],
};

/** Puts the SVG into the page (as a parsed node, never as HTML) to read computed styles. */
function mount(svg: string): SVGSVGElement {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const node = document.importNode(parsed, true) as unknown as SVGSVGElement;
  document.body.appendChild(node);
  return node;
}

describe('renderHeatmapSvg', () => {
  it('given a diagram, when rendered, then the picture holds none of diagram-js\'s invisible hit areas (a tenth of a big picture\'s bytes), and every element keeps what it shows', async () => {
    const { svg } = await renderHeatmapSvg(diagramXml, entries, legend);
    const { planes } = await renderHeatmapPlanes(collapsedSubProcessXml, new Map([['Task_Inner', entry('Task_Inner', 1, '25', 'x')]]), legend);

    for (const picture of [svg, ...planes.map((plane) => plane.svg)]) {
      const doc = new DOMParser().parseFromString(picture, 'image/svg+xml');
      expect(doc.querySelectorAll('.djs-hit')).toHaveLength(0);
      const elements = [...doc.querySelectorAll('g[data-element-id]')];
      expect(elements.length).toBeGreaterThan(0);
      for (const element of elements) expect(element.querySelector(':scope > .djs-visual')?.childElementCount).toBeGreaterThan(0);
    }
  });

  it('given scored steps, when rendered, then the shapes are filled and badges and legend are drawn into the SVG', async () => {
    const { svg } = await renderHeatmapSvg(diagramXml, entries, legend);
    const node = mount(svg);
    try {
      const bodyOf = (id: string) => node.querySelector(`g[data-element-id="${id}"] > .djs-visual > rect`) as SVGElement;
      expect(getComputedStyle(bodyOf('Task_A')).fill).toBe(cssRgb(heatmapPalette[3].fill));
      expect(getComputedStyle(bodyOf('Task_O')).fill).toBe('url("#pl-heat-hatch")');
      expect(node.querySelector('defs #pl-heat-hatch')).not.toBeNull();

      const badgeA = node.querySelector('.pl-heat-badge[data-step-id="Task_A"]');
      expect(badgeA?.querySelector('text')?.textContent).toBe('72');
      expect(badgeA?.querySelector('title')?.textContent).toBe('Digitalisierungspotenzial: 72');
      expect(badgeA?.querySelector('rect')?.getAttribute('fill')).toBe(heatmapPalette[3].fill);
      expect(node.querySelector('.pl-heat-badge[data-step-id="Not_There"]')).toBeNull();

      const legendTexts = [...node.querySelectorAll('.pl-heat-legend text')].map((text) => text.textContent);
      expect(legendTexts).toEqual(['Heatmap: Digitalisierungspotenzial', '60–79', 'hoch (60–79)', '?', 'offen / unvollständig']);
      // the legend lies inside the picture, inset from its left edge (not flush at it)
      const viewBox = node.viewBox.baseVal;
      const legendBox = (node.querySelector('.pl-heat-legend') as SVGGElement).getBBox();
      expect(legendBox.y + legendBox.height).toBeLessThanOrEqual(viewBox.y + viewBox.height);
      expect(legendBox.x - viewBox.x).toBeGreaterThanOrEqual(8);
      expect(legendBox.x + legendBox.width).toBeLessThanOrEqual(viewBox.x + viewBox.width);
    } finally {
      node.remove();
    }
  });

  it('given the legend left out (the report gives it as text), then the picture ends below the diagram with the same colours and badges', async () => {
    const withLegend = mount((await renderHeatmapSvg(diagramXml, entries, legend)).svg);
    const without = mount((await renderHeatmapSvg(diagramXml, entries, legend, { drawLegend: false })).svg);
    try {
      expect(without.querySelector('.pl-heat-legend')).toBeNull();
      expect(without.querySelector(':scope > title')?.textContent).toBe('Heatmap: Digitalisierungspotenzial');
      expect(without.querySelectorAll('.pl-heat-badge')).toHaveLength(withLegend.querySelectorAll('.pl-heat-badge').length);
      // the same picture above the legend: what the legend took (its box and the gap under it) is gone
      const full = withLegend.viewBox.baseVal;
      const cut = without.viewBox.baseVal;
      expect([cut.x, cut.y, cut.width]).toEqual([full.x, full.y, full.width]);
      const legendBox = (withLegend.querySelector('.pl-heat-legend') as SVGGElement).getBBox();
      expect(cut.y + cut.height).toBeLessThanOrEqual(legendBox.y);
      // and every shape of the diagram still lies inside it
      const picture = without.getBoundingClientRect();
      for (const gfx of without.querySelectorAll('g[data-element-id] > .djs-visual')) expect(gfx.getBoundingClientRect().bottom).toBeLessThanOrEqual(picture.bottom);
    } finally {
      withLegend.remove();
      without.remove();
    }
  });

  it('given a view the document no longer has, when rendered, then its first view is drawn with the heatmap', async () => {
    const { svg } = await renderHeatmapSvg(diagramXml, entries, legend, { diagramId: 'BPMNDiagram_removed' });
    const node = mount(svg);
    try {
      expect(node.querySelector('.pl-heat-badge[data-step-id="Task_A"] text')?.textContent).toBe('72');
    } finally {
      node.remove();
    }
  });

  it('given a step named like HTML, when rendered, then the name is escaped text and nothing can run or load', async () => {
    const { svg } = await renderHeatmapSvg(diagramXml, entries, legend);

    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const label = parsed.querySelector('g[data-element-id="Task_X"] text');
    expect(label?.textContent?.replace(/\s+/g, ' ').trim()).toBe(xssName.replace(/\s+/g, ' '));
    expect(parsed.querySelector('img, script, foreignObject, iframe')).toBeNull();
    const attributes = [...parsed.querySelectorAll('*')].flatMap((element) => [...element.attributes]);
    expect(attributes.filter((attribute) => /^on/i.test(attribute.name))).toEqual([]);
    expect(attributes.filter((attribute) => /href$/i.test(attribute.name))).toEqual([]);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/href="http/i);
    expect(svg).not.toMatch(/<!DOCTYPE|@import|url\(["']?http/i);
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
  });

  it('given a scored step inside a collapsed sub-process, when rendered, then the picture counts it as not shown and says so under the legend', async () => {
    // a QA tour: the picture of a large model left out the steps inside sub-processes without a word
    const scored = new Map([
      ['Task_Top', entry('Task_Top', 3, '72', 'Digitalisierungspotenzial: 72')],
      ['Task_Inner', entry('Task_Inner', 1, '25', 'Digitalisierungspotenzial: 25')],
    ]);
    const notDrawnNote = (count: number) => `${count} Schritt(e) nicht im Bild`;

    const drawn = await renderHeatmapSvg(collapsedSubProcessXml, scored, legend, { notDrawnNote });
    const withoutLegend = await renderHeatmapSvg(collapsedSubProcessXml, scored, legend, { notDrawnNote, drawLegend: false });

    expect(drawn.notDrawn).toBe(1);
    const image = new DOMParser().parseFromString(drawn.svg, 'image/svg+xml');
    expect(image.querySelector('.pl-heat-legend')?.textContent).toContain('1 Schritt(e) nicht im Bild');
    expect(image.querySelectorAll('.pl-heat-badges > *')).toHaveLength(1);
    expect(withoutLegend.notDrawn).toBe(1);
    expect(withoutLegend.svg).not.toContain('nicht im Bild');
  });

  it('given a scored step inside a collapsed sub-process, when the report\'s pictures are drawn, then the sub-process\'s plane is a picture of its own with that step\'s badge', async () => {
    // a QA tour: the report's picture of a large model showed none of the steps inside sub-processes
    const scored = new Map([
      ['Task_Top', entry('Task_Top', 3, '72', 'Digitalisierungspotenzial: 72')],
      ['Task_Inner', entry('Task_Inner', 1, '25', 'Digitalisierungspotenzial: 25')],
    ]);

    const { planes, notDrawn } = await renderHeatmapPlanes(collapsedSubProcessXml, scored, legend, { drawLegend: false });

    expect(notDrawn).toBe(0);
    expect(planes.map((plane) => plane.subProcess)).toEqual([undefined, { id: 'Sub', name: 'Unterlagen prüfen' }]);
    const badges = planes.map((plane) => [...new DOMParser().parseFromString(plane.svg, 'image/svg+xml').querySelectorAll('.pl-heat-badge')].map((badge) => badge.getAttribute('data-step-id')));
    expect(badges).toEqual([['Task_Top'], ['Task_Inner']]);
    const inner = mount(planes[1].svg);
    try {
      expect(getComputedStyle(inner.querySelector('g[data-element-id="Task_Inner"] > .djs-visual > rect') as SVGElement).fill).toBe(cssRgb(heatmapPalette[1].fill));
      // the step's box, given in the picture's units from its top left, holds its shape and its badge as drawn
      const [box] = planes[1].steps;
      const viewBox = inner.viewBox.baseVal;
      for (const drawn of [inner.querySelector('g[data-element-id="Task_Inner"] > .djs-visual > rect'), inner.querySelector('.pl-heat-badge rect')] as SVGGraphicsElement[]) {
        // the drawn box in the picture's units: the element's user space through the screen back into the root's
        const toPicture = (inner.getScreenCTM() ?? new DOMMatrix()).inverse().multiply(drawn.getScreenCTM() ?? new DOMMatrix());
        const shape = drawn.getBBox();
        const from = new DOMPoint(shape.x, shape.y).matrixTransform(toPicture);
        const to = new DOMPoint(shape.x + shape.width, shape.y + shape.height).matrixTransform(toPicture);
        expect(from.x - viewBox.x).toBeGreaterThanOrEqual(box.x - 0.5);
        expect(from.y - viewBox.y).toBeGreaterThanOrEqual(box.y - 0.5);
        expect(to.x - viewBox.x).toBeLessThanOrEqual(box.x + box.width + 0.5);
        expect(to.y - viewBox.y).toBeLessThanOrEqual(box.y + box.height + 0.5);
      }
    } finally {
      inner.remove();
    }
  });

  it('given a collapsed sub-process with a picture of its own, when the pictures are drawn with tags, then the sub-process carries its picture\'s number on its top edge, inside the picture and in its boxes for tiles; without tags, none', async () => {
    const scored = new Map([['Task_Inner', entry('Task_Inner', 1, '25', 'Digitalisierungspotenzial: 25')]]);

    const tagged = await renderHeatmapPlanes(collapsedSubProcessXml, scored, legend, { drawLegend: false, pictureTag: (number) => `Bild ${number}` });
    const plain = await renderHeatmapPlanes(collapsedSubProcessXml, scored, legend, { drawLegend: false });

    const tagsOf = (svg: string) => [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('.pl-heat-picture-tag')];
    expect(tagged.planes.map((plane) => tagsOf(plane.svg).map((tag) => [tag.getAttribute('data-element-id'), tag.textContent]))).toEqual([[['Sub', 'Bild 2']], []]);
    expect(plain.planes.map((plane) => tagsOf(plane.svg))).toEqual([[], []]);
    const top = mount(tagged.planes[0].svg);
    try {
      const viewBox = top.viewBox.baseVal;
      const tag = (top.querySelector('.pl-heat-picture-tag rect') as SVGGraphicsElement).getBBox();
      const sub = (top.querySelector('g[data-element-id="Sub"] > .djs-visual > rect') as SVGGraphicsElement).getBBox();
      const subInPicture = top.querySelector('g[data-element-id="Sub"]') as SVGGraphicsElement;
      const toPicture = (top.getScreenCTM() ?? new DOMMatrix()).inverse().multiply(subInPicture.getScreenCTM() ?? new DOMMatrix());
      const subLeft = new DOMPoint(sub.x, sub.y).matrixTransform(toPicture);
      // on the sub-process's top edge at its left, wholly inside the picture
      expect(tag.x).toBeGreaterThanOrEqual(subLeft.x);
      expect(tag.y).toBeLessThan(subLeft.y);
      expect(tag.y + tag.height).toBeGreaterThan(subLeft.y);
      expect(tag.x).toBeGreaterThanOrEqual(viewBox.x);
      expect(tag.y).toBeGreaterThanOrEqual(viewBox.y);
      // the boxes for print tiles hold the tag (the top plane has no scored step of its own)
      const [box] = tagged.planes[0].steps;
      expect(box.x).toBeLessThanOrEqual(tag.x - viewBox.x + 0.5);
      expect(box.y).toBeLessThanOrEqual(tag.y - viewBox.y + 0.5);
      expect(box.x + box.width).toBeGreaterThanOrEqual(tag.x + tag.width - viewBox.x - 0.5);
    } finally {
      top.remove();
    }
  });
});
