// createModeler: German and English UI texts, switched in the same modeller, Ctrl+F element search
// and what a screen reader learns of it, palette tooltips that Escape dismisses and the pointer can
// move onto, zoom and fit helpers, the caller's modules and moddle descriptors, and a modeller destroyed while a
// palette tooltip waits.
import { describe, expect, onTestFinished, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { within } from '@testing-library/dom';
import type Modeler from 'bpmn-js/lib/Modeler';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import german from '../i18n/locales/de/bpmn.json';
import { createModeler, fitViewport, openSearch, setModelerLanguage, zoomStep } from './createModeler';
import type { ModelerOptions } from './createModeler';
import { sampleDiagramXml } from './sample/sampleDiagram';
import { mountModeler } from './testing/mountModeler';
import { testDiagramXml } from './testing/testDiagramXml';

const germanTexts: Record<string, string> = german;

let container: HTMLElement | undefined;

async function load(options: Partial<ModelerOptions> = {}, xml = sampleDiagramXml): Promise<Modeler> {
  const mounted = await mountModeler({
    xml,
    create: (host) => createModeler({ container: host, language: 'de', translate: (template) => germanTexts[template], ...options }),
  });
  container = mounted.container;
  return mounted.modeler;
}

/** The hover tooltip once diagram-js shows it (after its 300 ms delay). */
async function waitForTooltip(): Promise<HTMLElement> {
  for (let waited = 0; waited < 3000; waited += 50) {
    const tooltip = container?.querySelector<HTMLElement>('.djs-hover-tooltip');
    if (tooltip) return tooltip;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('no tooltip shown');
}

/** the element search's own box (the canvas has a status line of its own) */
function searchPadElement(): HTMLElement {
  const pad = container?.querySelector<HTMLElement>('.djs-search-container');
  if (!pad) throw new Error('no search pad');
  return pad;
}

function searchPadOpen(): boolean {
  return container?.querySelector('.djs-search-container')?.classList.contains('open') ?? false;
}

describe('createModeler', () => {
  test('given German, when the palette is shown, then its tools carry the German names', async () => {
    await load();
    const palette = within(container as HTMLElement);
    expect(palette.getByRole('button', { name: 'Aufgabe erstellen' })).toBeTruthy();
    expect(palette.getByRole('button', { name: 'Pool/Teilnehmer erstellen' })).toBeTruthy();
    expect(palette.getByRole('button', { name: 'Hand-Werkzeug aktivieren' })).toBeTruthy();
  });

  test('given German, when a task is selected, then the context pad offers German actions', async () => {
    const bpmn = await load();
    const task = bpmn.get<ElementRegistry>('elementRegistry').get('Task_DatenAbtippen');
    bpmn.get<{ open(element: unknown): void }>('contextPad').open(task);

    const pad = container?.querySelector('.djs-context-pad') as HTMLElement;
    expect(pad.querySelector('[data-action="delete"]')?.getAttribute('title')).toBe('Löschen');
    expect(pad.querySelector('[data-action="replace"]')?.getAttribute('title')).toBe('Element ändern');
  });

  test('given German, then bpmn-js\'s logo link, titled in English as its licence keeps it, is marked as English for screen readers', async () => {
    await load();
    const logo = within(container as HTMLElement).getByRole('link', { name: 'Powered by bpmn.io' });
    expect(logo).toHaveAttribute('lang', 'en');
  });

  test('given English, when the palette is shown, then bpmn-js keeps its original texts', async () => {
    await load({ language: 'en' });
    expect(within(container as HTMLElement).getByRole('button', { name: 'Create task' })).toBeTruthy();
  });

  test('given German texts on screen, when the language is switched and back, then palette, open context pad and replace menu, search field and drill-down buttons follow in the same modeller', async () => {
    const bpmn = await load({}, testDiagramXml({ nodes: [{ id: 'Task_A', name: 'Prüfen' }, { id: 'Sub_1', type: 'subProcess', name: 'Unterlagen', children: [{ id: 'Task_Inner' }] }] }));
    const commandStack = bpmn.get<{ canUndo(): boolean }>('commandStack');
    const registry = bpmn.get<ElementRegistry>('elementRegistry');
    const task = registry.get('Task_A');
    bpmn.get<{ updateLabel(element: unknown, text: string): void }>('modeling').updateLabel(task, 'Prüfen und ablegen');
    bpmn.get<{ select(element: unknown): void }>('selection').select(task);
    bpmn.get<{ open(target: unknown, providerId: string, position: { x: number; y: number }): void }>('popupMenu').open(task, 'bpmn-replace', { x: 100, y: 100 });
    const host = container as HTMLElement;
    /** what each place on screen says now */
    const shown = () => ({
      palette: host.querySelector('.djs-palette [data-action="create.task"]')?.getAttribute('aria-label'),
      contextPad: host.querySelector('.djs-context-pad [data-action="delete"]')?.getAttribute('title'),
      replaceMenu: document.querySelector('.djs-popup [data-id="replace-with-user-task"] .djs-popup-label')?.textContent,
      search: host.querySelector('.djs-search-input input')?.getAttribute('aria-label'),
      drilldown: host.querySelector('.bjs-drilldown')?.getAttribute('title'),
    });
    const inGerman = {
      palette: germanTexts['Create task'],
      contextPad: germanTexts['Delete'],
      replaceMenu: germanTexts['User task'],
      search: germanTexts['Search in diagram'],
      drilldown: germanTexts['Open {element}'].replace('{element}', 'Unterlagen'),
    };
    expect(shown()).toEqual(inGerman);

    setModelerLanguage(bpmn, 'en');

    expect(shown()).toEqual({ palette: 'Create task', contextPad: 'Delete', replaceMenu: 'User task', search: 'Search in diagram', drilldown: 'Open Unterlagen' });
    expect(bpmn.get<{ get(): { id: string }[] }>('selection').get().map((element) => element.id)).toEqual(['Task_A']);
    expect(commandStack.canUndo()).toBe(true);

    setModelerLanguage(bpmn, 'de');

    expect(shown()).toEqual(inGerman);
  });

  test('given the focused canvas, when Ctrl+F is pressed, then the element search opens with a German label', async () => {
    const bpmn = await load();
    bpmn.get<Canvas>('canvas').focus();
    expect(searchPadOpen()).toBe(false);

    await userEvent.keyboard('{Control>}f{/Control}');

    expect(searchPadOpen()).toBe(true);
    expect(within(container as HTMLElement).getByRole('combobox', { name: 'Im Diagramm suchen' })).toBeTruthy();
  });

  test('given the open search, when a term is typed and the results walked, then a screen reader learns the list, the highlighted result and how many there are', async () => {
    const bpmn = await load();
    await openSearch(bpmn);
    const pad = within(searchPadElement());
    const input = pad.getByRole('combobox', { name: 'Im Diagramm suchen' });
    const list = pad.getByRole('listbox', { name: 'Suchergebnisse', hidden: true });
    expect(input).toHaveAttribute('aria-controls', list.id);
    expect(input).toHaveAttribute('aria-expanded', 'false');

    const status = pad.getByRole('status');
    const told: string[] = [];
    const observer = new MutationObserver(() => told.push(status.textContent ?? ''));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    onTestFinished(() => observer.disconnect());

    // "Bescheinigung" names three steps, an end event and a data object in the sample
    await userEvent.type(input, 'Bescheinigung');
    const options = within(list).getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', options[0].id);
    expect(options.map((option) => option.getAttribute('aria-selected'))).toEqual(options.map((_, index) => String(index === 0)));
    // each option is read by its two lines: the element's name, then what and where it is
    const lines = ['.djs-search-result-primary', '.djs-search-result-secondary'].map((line) => options[0].querySelector(line)?.textContent?.trim() ?? 'no line');
    expect(options[0]).toHaveAccessibleName(lines.join(' '));
    // the count is told once, when typing pauses, not after every key
    await expect.poll(() => status.textContent).toBe(`${options.length} Treffer`);
    expect(told.filter((text) => text !== '')).toEqual([`${options.length} Treffer`]);

    await userEvent.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[1].id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(options[0]).toHaveAttribute('aria-selected', 'false');

    await userEvent.type(input, 'xyz');
    expect(within(list).queryAllByRole('option')).toEqual([]);
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).not.toHaveAttribute('aria-activedescendant');
    await expect.poll(() => status.textContent).toBe('Keine Treffer');
    // shown too, where the list was
    expect(status).toBeVisible();
  });

  test('given English, when a term with one result is typed, then the list and the count are English', async () => {
    const bpmn = await load({ language: 'en' });
    await openSearch(bpmn);
    const pad = within(searchPadElement());
    // a step's id: its name also stands in the descriptions of the flows to and from it
    await userEvent.type(pad.getByRole('combobox', { name: 'Search in diagram' }), 'Task_GebuehrKassieren');
    const options = within(pad.getByRole('listbox', { name: 'Search results' })).getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]).toHaveTextContent('Task_GebuehrKassieren');
    await expect.poll(() => pad.getByRole('status').textContent).toBe('One result');
  });

  test('given a closed search, when openSearch is called twice, then the search is open', async () => {
    const bpmn = await load();
    await Promise.all([openSearch(bpmn), openSearch(bpmn)]);
    expect(searchPadOpen()).toBe(true);
  });

  test('given a button outside the canvas that opens the search, when it is clicked, then the search stays open', async () => {
    const bpmn = await load();
    const button = document.createElement('button');
    button.textContent = 'Element suchen';
    let opened: Promise<void> | undefined;
    button.addEventListener('click', () => {
      opened = openSearch(bpmn);
    });
    document.body.append(button);

    await userEvent.click(button);
    await opened;

    expect(searchPadOpen()).toBe(true);
    button.remove();
  });

  test('given a zoom level, when zoomed in and out, then the scale grows and shrinks; fit shows the whole diagram', async () => {
    const bpmn = await load();
    const canvas = bpmn.get<Canvas>('canvas');
    canvas.zoom(1);

    zoomStep(bpmn, 1);
    const zoomedIn = canvas.zoom();
    zoomStep(bpmn, -1);
    zoomStep(bpmn, -1);
    const zoomedOut = canvas.zoom();
    fitViewport(bpmn);

    expect(zoomedIn).toBeGreaterThan(1);
    expect(zoomedOut).toBeLessThan(1);
    const { inner, outer, x, y, scale } = canvas.viewbox();
    // the whole diagram lies inside the visible area (2 units for rounding)
    expect(inner.x).toBeGreaterThanOrEqual(x - 2);
    expect(inner.y).toBeGreaterThanOrEqual(y - 2);
    expect(inner.x + inner.width).toBeLessThanOrEqual(x + outer.width / scale + 2);
    expect(inner.y + inner.height).toBeLessThanOrEqual(y + outer.height / scale + 2);
  });

  test('given an extra module and a moddle descriptor, when created, then both are part of the modeller', async () => {
    const started: string[] = [];
    function Recorder() {
      started.push('recorder');
    }
    const descriptor = { name: 'Probe', uri: 'https://prozesslotse.example/probe', prefix: 'probe', xml: { tagAlias: 'lowerCase' }, types: [] };

    const bpmn = await load({ additionalModules: [{ __init__: ['recorder'], recorder: ['type', Recorder] }], moddleExtensions: { probe: descriptor } });

    expect(started).toEqual(['recorder']);
    expect(bpmn.get<{ getPackage(prefix: string): unknown }>('moddle').getPackage('probe')).toBeTruthy();
  });

  test('given a palette tool\'s tooltip shown on hover, when Escape is pressed, then it goes while the pointer stays (WCAG 1.4.13, patches/diagram-js)', async () => {
    await load();
    const tool = within(container as HTMLElement).getByRole('button', { name: 'Aufgabe erstellen' });
    await userEvent.hover(tool);
    const tooltip = await waitForTooltip();
    expect(tooltip).toHaveTextContent('Aufgabe erstellen');

    await userEvent.keyboard('{Escape}');

    expect(container?.querySelector('.djs-hover-tooltip')).toBeNull();
  });

  test('given a palette tool\'s tooltip, when the pointer crosses the gap onto it, then it stays while hovered and goes when the pointer leaves it (WCAG 1.4.13, patches/diagram-js)', async () => {
    await load();
    const host = container as HTMLElement;
    const tool = within(host).getByRole('button', { name: 'Aufgabe erstellen' });
    await userEvent.hover(tool);
    const tooltip = await waitForTooltip();

    // the gap between the tool and its tooltip, then the tooltip
    const toolBox = tool.getBoundingClientRect();
    const tipBox = tooltip.getBoundingClientRect();
    tool.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: host.querySelector('.djs-palette') }));
    tooltip.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: host.querySelector('.djs-palette') }));
    expect(tipBox.left).toBeGreaterThan(toolBox.right);
    expect(getComputedStyle(tooltip).pointerEvents).toBe('auto');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(host.querySelector('.djs-hover-tooltip')).toBe(tooltip);

    // off the tooltip onto the diagram
    tooltip.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: host.querySelector('svg') }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(host.querySelector('.djs-hover-tooltip')).toBeNull();
  });

  test('given the pointer on a palette tool, when the modeller is destroyed before its tooltip shows, then nothing fails afterwards (patches/diagram-js)', async () => {
    const mounted = await mountModeler({
      xml: sampleDiagramXml,
      create: (host) => createModeler({ container: host, language: 'de', translate: (template) => germanTexts[template] }),
    });
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const tool = within(mounted.container).getByRole('button', { name: 'Aufgabe erstellen' });
      tool.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));

      // as when the editor is left within the tooltip's delay (300 ms)
      mounted.destroy();
      await new Promise((resolve) => setTimeout(resolve, 400));

      expect(errors).toEqual([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
