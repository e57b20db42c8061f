// The element search opened by keyboard from a button outside the canvas (the toolbar's "Element
// suchen"): Enter opens it on keydown, and its keyup, released in the search's input, must not close
// it; typing searches, Enter picks the step, Escape closes and returns the focus to the button. The
// list of results is no Tab stop: the input's arrow keys reach every result and scroll the list to it.
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type Modeler from 'bpmn-js/lib/Modeler';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import { openSearch } from '../createModeler';
import { sampleDiagramXml } from '../sample/sampleDiagram';
import { mountModeler } from '../testing/mountModeler';

interface Opened {
  modeler: Modeler;
  container: HTMLElement;
  button: HTMLButtonElement;
}

/** the sample in a modeller and an "Element suchen" button that opens its search, the button focused */
async function searchButton(): Promise<Opened & { opened(): Promise<void> | undefined }> {
  const { modeler, container } = await mountModeler({ xml: sampleDiagramXml });
  const button = document.createElement('button');
  button.textContent = 'Element suchen';
  let opened: Promise<void> | undefined;
  button.addEventListener('click', () => {
    opened = openSearch(modeler);
  });
  document.body.append(button);
  button.focus();
  return { modeler, container, button, opened: () => opened };
}

/** Presses Enter on the focused button and releases it once the search is open, as a person does. */
async function pressEnterOnButton(opened: () => Promise<void> | undefined): Promise<void> {
  await userEvent.keyboard('{Enter>}');
  await opened();
  await userEvent.keyboard('{/Enter}');
}

function searchOpen(container: HTMLElement): boolean {
  return container.querySelector('.djs-search-container')?.classList.contains('open') ?? false;
}

function searchInput(container: HTMLElement): HTMLInputElement {
  const input = container.querySelector<HTMLInputElement>('.djs-search-input input');
  if (!input) throw new Error('no search input');
  return input;
}

function selectedIds(modeler: Modeler): string[] {
  return modeler.get<Selection>('selection').get().map((selected) => selected.id);
}

describe('the element search opened with Enter on a button', () => {
  test('given the focused button, when Enter is pressed and released, then the search stays open with the focus in its input', async () => {
    const { container, button, opened } = await searchButton();

    await pressEnterOnButton(opened);

    expect(searchOpen(container)).toBe(true);
    expect(document.activeElement).toBe(searchInput(container));
    button.remove();
  });

  test('given the search opened with Enter, when a step name is typed and Enter pressed, then that step is selected', async () => {
    const { modeler, container, button, opened } = await searchButton();
    await pressEnterOnButton(opened);

    await userEvent.keyboard('Gebühr');
    expect(container.querySelector('.djs-search-result-selected')?.textContent).toContain('Gebühr kassieren');
    await userEvent.keyboard('{Enter}');

    expect(searchOpen(container)).toBe(false);
    expect(selectedIds(modeler)).toEqual(['Task_GebuehrKassieren']);
    button.remove();
  });

  test('given the search opened with Enter, when Escape is pressed, then it closes and the button has the focus again', async () => {
    const { container, button, opened } = await searchButton();
    await pressEnterOnButton(opened);

    await userEvent.keyboard('{Escape}');

    expect(searchOpen(container)).toBe(false);
    // diagram-js moves the focus to the canvas one task later; it must stay on the button
    await new Promise((resolve) => window.setTimeout(resolve, 20));
    expect(document.activeElement).toBe(button);
    button.remove();
  });
});

describe('the list of results of a long search', () => {
  /** the sample's search for "e", whose many results make the list scroll */
  async function longSearch() {
    const { modeler, container } = await mountModeler({ xml: sampleDiagramXml });
    modeler.get<Canvas>('canvas').focus();
    await userEvent.keyboard('{Control>}f{/Control}');
    await userEvent.keyboard('e');
    const list = container.querySelector<HTMLElement>('.djs-search-results');
    if (!list) throw new Error('no list of results');
    expect(list.scrollHeight).toBeGreaterThan(list.clientHeight);
    return { modeler, container, list, results: Array.from(list.querySelectorAll<HTMLElement>('.djs-search-result')) };
  }

  test('given the focus in the search\'s input, when Tab is pressed, then the focus does not stop on the list, where the arrow keys, Enter and Escape do nothing', async () => {
    const { container, list } = await longSearch();
    expect(document.activeElement).toBe(searchInput(container));

    await userEvent.tab();

    expect(document.activeElement).not.toBe(list);
  });

  test('given the focus in the search\'s input, when Tab takes it on to the page, then the search closes, as Escape closes it (a keyboard QA tour: it stayed open over the canvas)', async () => {
    const { container } = await longSearch();
    const after = document.createElement('button');
    after.textContent = 'danach';
    container.after(after);
    try {
      after.focus();
      await expect.poll(() => searchOpen(container)).toBe(false);
      expect(document.activeElement).toBe(after);
    } finally {
      after.remove();
    }
  });

  test('given the focus in the search\'s input, when ArrowDown is pressed down to the last result, then the list is scrolled to show it whole', async () => {
    const { container, list, results } = await longSearch();
    const last = results[results.length - 1];

    for (let presses = 1; presses < results.length; presses += 1) await userEvent.keyboard('{ArrowDown}');

    expect(container.querySelector('.djs-search-result-selected')).toBe(last);
    const shown = list.getBoundingClientRect();
    const box = last.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(shown.top);
    expect(box.bottom).toBeLessThanOrEqual(shown.bottom + 0.5);
  });

  // last: the pointer stays over the list, where it would highlight results in a later test
  test('given the search open, when a result is clicked with the mouse, then that element is chosen: the press on the list does not close the search first', async () => {
    const { modeler, container, results } = await longSearch();
    const chosen = results[2];
    const id = chosen.getAttribute('data-result-id');

    await userEvent.click(chosen);

    await expect.poll(() => searchOpen(container)).toBe(false);
    expect(modeler.get<Selection>('selection').get().map((element) => element.id)).toEqual([id]);
  });
});
