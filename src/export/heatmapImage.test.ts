import { describe, expect, it } from 'vitest';
import { heatmapFigure, heatmapImage, heatmapOrientation, svgDataUrl, utf8ToBase64 } from './heatmapImage';

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

describe('heatmapImage', () => {
  it('given an SVG and alt text with quotes, when rendered, then it is one img with a data URL and the alt as text', () => {
    const markup = heatmapImage('<svg onload="alert(1)"></svg>', 'Diagramm "Test"').markup;
    const image = new DOMParser().parseFromString(markup, 'text/html').body.firstElementChild;
    expect(image?.tagName).toBe('IMG');
    expect(image?.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+$/);
    expect(image?.getAttribute('alt')).toBe('Diagramm "Test"');
    expect(markup).not.toContain('onload');
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

describe('heatmapFigure', () => {
  const legend = { title: 'Heatmap: Priorität', items: [] };

  it('given a note of steps the picture leaves out, when rendered, then the note stands under the legend; without one, nothing does', () => {
    const noted = heatmapFigure({ svg: '<svg></svg>', legend, note: '2 bewertete Schritte liegen in zugeklappten Teilprozessen <und> fehlen' }, 'Diagramm', 'Legende').markup;
    const plain = heatmapFigure({ svg: '<svg></svg>', legend }, 'Diagramm', 'Legende').markup;

    expect(noted).toContain('<p class="note">2 bewertete Schritte liegen in zugeklappten Teilprozessen &lt;und&gt; fehlen</p>');
    expect(plain).not.toContain('class="note"');
  });
});
