// The report files laid out by a real browser at 320 × 256 CSS px (a 1280 px window at 400 % zoom,
// WCAG 1.4.10 Reflow): the page does not scroll sideways, no word or number is broken across lines,
// and every table that is wider than the page scrolls in a named region a keyboard reaches. The
// diagram's picture, opened under the report's own CSP, shows, nothing in its SVG runs, and it opens
// at full size in a region that scrolls.
import { afterEach, describe, expect, it } from 'vitest';
import { page as testPage } from 'vitest/browser';
import { buildPortfolioHtml } from './portfolioHtml';
import { buildReportHtml } from './reportHtml';
import type { ReportInput } from './reportInput';
import { countPixels } from './testPixels';
import { testReportInput, testReportInputWithMoreSteps, testTranslate } from './testReportInput';

const options = { t: testTranslate('de'), language: 'de' as const, generatedAt: new Date(2026, 10, 28, 10, 30), appVersion: '0.1.0' };

const frames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of frames.splice(0)) {
    URL.revokeObjectURL(frame.src);
    frame.remove();
  }
});

/** The file opened in a frame of the given size, as a browser window of that size shows it. */
async function open(markup: string, width = 320, height = 256): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `display:block;border:0;width:${width}px;height:${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = URL.createObjectURL(new Blob([markup], { type: 'text/html' }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const opened = frame.contentDocument;
  if (!opened) throw new Error('the report did not open');
  return opened;
}

/**
 * Words and numbers ("Rang", "12,5", "1.122") whose letters or digits the layout put on more than
 * one line; a break at a soft hyphen, a space or a slash is a break between words, not in one.
 * Each character's line is the top of its own box: the last of its range's boxes, because the range
 * of the first letter after a soft hyphen also holds the hyphen drawn at the end of the line before.
 */
function brokenWords(page: Document): string[] {
  const walker = page.createTreeWalker(page.body, NodeFilter.SHOW_TEXT);
  const range = page.createRange();
  const broken: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('svg')) continue;
    const text = node;
    const lineOf = (offset: number) => {
      range.setStart(text, offset);
      range.setEnd(text, offset + 1);
      return Math.round([...range.getClientRects()].at(-1)?.top ?? Number.NaN);
    };
    for (const match of (node.textContent ?? '').matchAll(/[\p{L}\p{N}]+(?:[.,]\p{N}+)*/gu)) {
      const lines = new Set(Array.from(match[0], (_, index) => lineOf(match.index + index)));
      if (lines.size > 1) broken.push(`${match[0]} (${node.parentElement?.closest('table, div, p, h1, h2, h3')?.className || node.parentElement?.tagName})`);
    }
  }
  return broken;
}

/** The accessible name a region gets from aria-labelledby or aria-label. */
function regionName(region: Element): string {
  const ids = region.getAttribute('aria-labelledby');
  if (ids === null) return region.getAttribute('aria-label') ?? '';
  return ids
    .split(' ')
    .map((id) => region.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}

function expectReflows(page: Document): void {
  const root = page.documentElement;
  expect(root.clientWidth).toBe(320);
  expect(root.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(root.clientWidth);
  expect(brokenWords(page)).toEqual([]);
}

function expectTablesInRegions(page: Document): void {
  const tables = [...page.querySelectorAll('table')];
  expect(tables.length).toBeGreaterThan(0);
  for (const table of tables) {
    const region = table.parentElement;
    expect(region?.getAttribute('role')).toBe('region');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(regionName(region!), table.className).not.toBe('');
  }
  const ids = [...page.querySelectorAll('[id]')].map((element) => element.id);
  expect(new Set(ids).size).toBe(ids.length);
  // what is wider than the page scrolls inside its region, not the page
  const scrolling = [...page.querySelectorAll('.table-scroll')].filter((region) => region.scrollWidth > region.clientWidth);
  expect(scrolling.length).toBeGreaterThan(0);
}

describe('the report of a process at 320 CSS px', () => {
  it('given the report, when opened 320 px wide, then the page reflows and no word or number is broken', async () => {
    const page = await open(buildReportHtml(testReportInputWithMoreSteps(), options));
    expectReflows(page);
    const figures = [...page.querySelectorAll('.figures .figure')].map((figure) => figure.getBoundingClientRect());
    expect(new Set(figures.map((figure) => figure.left)).size).toBe(1);
  });

  it('given the report, when opened 320 px wide, then every table scrolls sideways in a named region a keyboard reaches', async () => {
    const page = await open(buildReportHtml(testReportInputWithMoreSteps(), options));
    expectTablesInRegions(page);
    const regions = [...page.querySelectorAll('.table-scroll')].map(regionName);
    expect(regions).toContain('Schritte nach Priorität');
    expect(regions).toContain('Werte des Schritts „Antrag prüfen“');
    expect(regions).toContain('Antrag prüfen Antworten (– = nicht beantwortet)');
  });

  it('given the report on a wide screen, when opened 800 px wide, then the figure cards stand three in a row', async () => {
    const page = await open(buildReportHtml(testReportInput(), options), 800, 600);
    const lefts = [...page.querySelectorAll('.figures .figure')].map((figure) => Math.round(figure.getBoundingClientRect().left));
    expect(new Set(lefts).size).toBe(3);
    expect(brokenWords(page)).toEqual([]);
  });
});

describe('the report\'s words for screen readers, as laid out', () => {
  it('given the report, when opened, then each figure card shows its value above its label, though the label comes first', async () => {
    const page = await open(buildReportHtml(testReportInput(), options), 800, 600);
    const figures = [...page.querySelectorAll('.figures .figure')];
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      const label = figure.querySelector('dt')?.getBoundingClientRect();
      const value = figure.querySelector('dd')?.getBoundingClientRect();
      const key = figure.getAttribute('data-figure') ?? '';
      expect(value?.bottom, key).toBeLessThanOrEqual(label?.top ?? Number.NaN);
      // not indented as a browser indents a description
      expect(value?.left, key).toBe(label?.left);
    }
  });

  it('given the report, when opened, then the full names of DS, AS and EI are in the headers but take no room', async () => {
    const page = await open(buildReportHtml(testReportInput(), options), 800, 600);
    const names = [...page.querySelectorAll('th .visually-hidden')];
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const box = name.getBoundingClientRect();
      expect([box.width, box.height], name.textContent ?? '').toEqual([1, 1]);
    }
  });
});

describe('the portfolio report at 320 CSS px', () => {
  const second = (): ReportInput => {
    const input = testReportInput();
    return { ...input, process: { ...input.process, id: 'p-2', name: 'Wohngeld' } };
  };

  it('given two processes, when opened 320 px wide, then the page reflows, no word or number is broken, and every table is in a named region', async () => {
    const page = await open(buildPortfolioHtml([testReportInput(), second()], options));
    expectReflows(page);
    expectTablesInRegions(page);
    expect([...page.querySelectorAll('.table-scroll')].map(regionName)).toContain('Prozesse nach Einsparung (Std./Jahr)');
  });
});

describe('the report\'s diagram picture under the report\'s own CSP', () => {
  /** A red picture of CCU-7west's size whose SVG would run a script and load an image from elsewhere, if anything let it. */
  const hostilePicture = `<svg xmlns="http://www.w3.org/2000/svg" width="3335" height="1152" viewBox="0 0 3335 1152"><rect width="3335" height="1152" fill="#ff0000"/><script>top.__plXss = 1</script><image href="http://127.0.0.1:9/x.png" width="10" height="10"/></svg>`;
  const withPicture = () =>
    buildReportHtml(testReportInput(), { ...options, heatmap: { pictures: [{ svg: hostilePicture, steps: [] }], legend: { title: 'Heatmap: Priorität', items: [] } } });

  /** Pixels of a PNG (base64) that are clearly red. */
  const redPixels = (png: string) =>
    countPixels(new Blob([Uint8Array.from(atob(png), (character) => character.charCodeAt(0))], { type: 'image/png' }), (red, green, blue) => red > 200 && green < 60 && blue < 60);

  it('given a picture whose SVG holds a script and an outside image, when the report is opened, then the picture shows through its reference to the embedded image and nothing in it runs', async () => {
    const report = await open(withPicture(), 800, 600);
    report.querySelector('svg.heatmap-overview')?.scrollIntoView();

    const shot = await testPage.screenshot({ element: frames[0], save: false });

    expect(await redPixels(shot)).toBeGreaterThan(20_000);
    expect((window as unknown as { __plXss?: unknown }).__plXss).toBeUndefined();
    expect((frames[0].contentWindow as unknown as { __plXss?: unknown }).__plXss).toBeUndefined();
  });

  it('given the picture, when opened at full size, then it is drawn at its own size in a region that scrolls, and the page does not scroll sideways', async () => {
    const report = await open(withPicture(), 800, 600);
    const details = report.querySelector('details.heatmap-full') as HTMLDetailsElement;
    details.open = true;
    const region = details.querySelector('[role="region"]') as HTMLElement;

    expect(Math.round(region.querySelector('svg')?.getBoundingClientRect().width ?? 0)).toBe(3335);
    expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    expect(report.documentElement.scrollWidth).toBeLessThanOrEqual(report.documentElement.clientWidth);
    // the print tiles are for paper only
    expect(report.querySelector('.heatmap-tiles')?.getBoundingClientRect().height).toBe(0);
  });
});
