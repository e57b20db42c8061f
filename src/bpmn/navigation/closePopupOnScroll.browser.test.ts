// The replace menu (a diagram-js popup menu, fixed to the window) and a page that scrolls: the menu
// closes when the page, or a box around the canvas, scrolls, as diagram-js closes it when the
// diagram's own view moves; a scroll in the menu's list or in a box beside the canvas leaves it open.
import { describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type Modeler from 'bpmn-js/lib/Modeler';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type PopupMenu from 'diagram-js/lib/features/popup-menu/PopupMenu';
import { sampleDiagramXml } from '../sample/sampleDiagram';
import { mountModeler } from '../testing/mountModeler';

/** resolves once the browser has rendered two more frames (scroll events are fired in a frame) */
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** A div with the given style, put into the page by `append`. */
function box(cssText: string, append: (element: HTMLElement) => void): HTMLElement {
  const element = document.createElement('div');
  element.style.cssText = cssText;
  append(element);
  return element;
}

/** Selects the task and clicks the wrench in its context pad; resolves with the open menu's list. */
async function openReplaceMenu(modeler: Modeler, id: string): Promise<HTMLElement> {
  const registry = modeler.get<ElementRegistry>('elementRegistry');
  const element = registry.get(id);
  if (!element) throw new Error(`no element ${id}`);
  modeler.get<Canvas>('canvas').scrollToElement(element);
  await userEvent.click(registry.getGraphics(id));
  const wrench = await vi.waitFor(() => {
    const found = document.querySelector<HTMLElement>('.djs-context-pad.open .entry[data-action="replace"]');
    if (!found) throw new Error('no wrench in the context pad');
    return found;
  });
  await userEvent.click(wrench);
  return vi.waitFor(() => {
    const list = document.querySelector<HTMLElement>('.djs-popup.bpmn-replace .djs-popup-results');
    if (!list) throw new Error('the replace menu is not open');
    return list;
  });
}

describe('the replace menu while the page scrolls', () => {
  test('given the menu open on a page longer than the window, when its list or a box beside the canvas scrolls it stays open, and when the page scrolls it closes', async () => {
    await page.viewport(1400, 900);
    const { modeler, container } = await mountModeler({ xml: sampleDiagramXml });
    const beside = box('height: 100px; overflow: auto', (element) => container.after(element));
    box('height: 400px', (element) => beside.append(element));
    const below = box('height: 2000px', (element) => beside.after(element));
    try {
      const popupMenu = modeler.get<PopupMenu>('popupMenu');
      const list = await openReplaceMenu(modeler, 'Task_DatenAbtippen');
      expect(list.scrollHeight).toBeGreaterThan(list.clientHeight);

      list.scrollTop = 40;
      beside.scrollTop = 40;
      await frames();
      expect(popupMenu.isOpen()).toBe(true);

      window.scrollBy(0, 200);
      await frames();
      expect(window.scrollY).toBe(200);
      expect(popupMenu.isOpen()).toBe(false);
      expect(document.querySelector('.djs-popup')).toBeNull();
    } finally {
      window.scrollTo(0, 0);
      beside.remove();
      below.remove();
    }
  });

  test('given the canvas inside a box that scrolls (the editor full screen), when that box scrolls, then the menu closes', async () => {
    await page.viewport(1400, 900);
    const { modeler, container } = await mountModeler({ xml: sampleDiagramXml });
    const scroller = box('height: 700px; overflow: auto', (element) => container.before(element));
    scroller.append(container);
    box('height: 2000px', (element) => scroller.append(element));
    try {
      const popupMenu = modeler.get<PopupMenu>('popupMenu');
      await openReplaceMenu(modeler, 'Task_DatenAbtippen');
      expect(popupMenu.isOpen()).toBe(true);

      scroller.scrollTop = 200;
      await frames();

      expect(popupMenu.isOpen()).toBe(false);
    } finally {
      scroller.remove();
    }
  });
});
