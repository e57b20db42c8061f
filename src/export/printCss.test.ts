import { describe, expect, it } from 'vitest';
import { cssString, pageLabelParts, printCss } from './printCss';

describe('cssString', () => {
  it('given text with quotes, backslashes and markup, when quoted for CSS, then those are hex escapes', () => {
    expect(cssString('Bericht – Gewerbeanmeldung')).toBe('"Bericht – Gewerbeanmeldung"');
    // " is 22, < is 3c, \ is 5c, } is 7d
    expect(cssString('a"<\\}')).toBe('"a\\22 \\3c \\5c \\7d "');
  });
});

describe('pageLabelParts', () => {
  it('given "Seite {{page}} von {{pages}}", when split, then text and counters alternate', () => {
    expect(pageLabelParts('Seite {{page}} von {{pages}}')).toEqual([{ text: 'Seite ' }, { counter: 'page' }, { text: ' von ' }, { counter: 'pages' }]);
  });
});

describe('printCss', () => {
  const css = printCss({
    topLeft: 'Bewertungsbericht – </style><script>',
    topRight: '28. November 2026',
    bottomLeft: 'Prozesslotse 0.1.0',
    pageLabel: pageLabelParts('Seite {{page}} von {{pages}}'),
  });

  it('given the page lines, when built, then A4 pages carry them in margin boxes with page N of M', () => {
    expect(css).toContain('size: A4;');
    expect(css).toContain('@bottom-right { content: "Seite " counter(page) " von " counter(pages);');
    expect(css).toContain('@top-right { content: "28. November 2026";');
  });

  it('given markup in the header text, when built, then the stylesheet holds no "<"', () => {
    expect(css).not.toContain('<');
  });

  it('given the print rules, when built, then headers repeat and rows are not split', () => {
    expect(css).toContain('thead { display: table-header-group; }');
    expect(css).toMatch(/tr, \.card[^{]*\{ break-inside: avoid;/);
    expect(css).toContain('section.major { break-before: page;');
  });

  it('given a table near a page\'s end, when printed, then its caption, header row and basis note stay with its first row, its last row never stands alone and its key stays under it', () => {
    expect(css).toContain('thead, p.basis { break-after: avoid;');
    expect(css).toContain('tbody > tr:first-child, tbody > tr:last-child, .table-scroll + p.key { break-before: avoid;');
  });

  it('given a diagram picture much wider than high, when printed, then it gets a landscape A4 page', () => {
    const print = css.split('@media print {')[1];
    expect(css).toContain('@page diagram { size: A4 landscape; }');
    expect(print).toContain('.heatmap-plane.landscape { page: diagram; }');
  });

  it('given a big diagram picture, when printed, then each of its tiles gets a landscape page of its own; on a screen the tiles stay hidden and the picture opens at full size instead', () => {
    const [screen, print] = css.split('@media print {');
    expect(screen).toContain('.heatmap-tiles, .print-only { display: none; }');
    expect(print).toContain('.heatmap-tiles, .print-only { display: block; }');
    expect(print).toContain('figure.heatmap-tile { page: diagram; break-before: page;');
    expect(print).toContain('details.heatmap-full { display: none; }');
  });

  it('given the screen and the print rules, when built, then tables grow and scroll on a screen, and print keeps them in the A4 width', () => {
    const [screen, print] = css.split('@media print {');
    expect(screen).not.toContain('table-layout');
    expect(screen).toContain('.table-scroll { overflow-x: auto;');
    expect(print).toContain('table { table-layout: fixed; }');
    expect(print).toContain('.table-scroll { overflow: visible; }');
    expect(print).toContain('.figures { grid-template-columns: repeat(3, 1fr); }');
  });
});
