// Opening a collapsed sub-process and going back by keyboard (drilldownNavigation.ts): Enter on the
// drill-down button or on a breadcrumb link hands the focus to the canvas and the canvas's status line
// tells where the user is now; a plane the app opens moves no focus and says nothing. Both controls
// show the app's 3 px focus ring, and the links are readable on the breadcrumbs' grey.
import { describe, expect, onTestFinished, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { within } from '@testing-library/dom';
import type Modeler from 'bpmn-js/lib/Modeler';
import type Canvas from 'diagram-js/lib/core/Canvas';
import drilldownXml from '../../../../shared/fixtures/bpmn/bpmn-io/bpmn-js_drilldown-collaboration-subprocesses.bpmn?raw';
import { contrastRatio } from '../../../tests/contrastRatio';
import type { ModelerLanguageCode } from '../translate/translateModule';
import { mountModeler, partOf, withAppTexts } from '../testing/mountModeler';

/** app.css's focus colour, which the page around the modeller defines */
const focusColour = 'rgb(11, 99, 206)';

async function mount(language: ModelerLanguageCode = 'de') {
  const mounted = await mountModeler({ xml: drilldownXml, width: 1200, create: withAppTexts(language) });
  mounted.container.style.setProperty('--color-focus', focusColour);
  return mounted;
}

function rootId(modeler: Modeler): string {
  return modeler.get<Canvas>('canvas').getRootElement().id;
}

function focusedDiagram(container: HTMLElement): SVGElement {
  const svg = container.querySelector<SVGElement>('svg[tabindex]');
  if (!svg) throw new Error('no focusable diagram');
  return svg;
}

function status(container: HTMLElement): HTMLElement {
  return partOf(container, '.djs-container > [role="status"]');
}

/** a button outside the modeller that has the focus, as the app's toolbar would */
function focusedButtonOutside(): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = 'Heatmap';
  document.body.append(button);
  onTestFinished(() => button.remove());
  button.focus();
  return button;
}

/** Tabs from a button before the modeller to `target`, as a keyboard user reaches it. */
async function tabTo(container: HTMLElement, target: HTMLElement): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'davor';
  container.before(before);
  onTestFinished(() => before.remove());
  before.focus();
  for (let presses = 0; presses < 20 && document.activeElement !== target; presses += 1) await userEvent.tab();
  expect(document.activeElement).toBe(target);
}

describe('a collapsed sub-process opened and left by keyboard', () => {
  test('given the focus on "Collapsed Process öffnen", when Enter is pressed, then the sub-process is shown, the canvas has the focus and the status line says it is open', async () => {
    const { modeler, container } = await mount();
    within(container).getByRole('button', { name: 'Collapsed Process öffnen' }).focus();

    await userEvent.keyboard('{Enter}');

    expect(rootId(modeler)).toBe('collapsedProcess_plane');
    expect(document.activeElement).toBe(focusedDiagram(container));
    await expect.poll(() => status(container).textContent).toBe('Teilprozess „Collapsed Process“ geöffnet.');
    // and the canvas's name says where it is (a QA tour: it stayed "Nichts ausgewählt")
    expect(focusedDiagram(container)).toHaveAttribute('aria-label', 'Nichts ausgewählt (in Teilprozess „Collapsed Process“)');
  });

  test('given a sub-process open and the focus on the breadcrumb "Root", when Enter is pressed, then the process is shown again, the canvas has the focus and the status line says where the user is', async () => {
    const { modeler, container } = await mount();
    within(container).getByRole('button', { name: 'Collapsed Process öffnen' }).click();
    within(container).getByRole('link', { name: 'Root' }).focus();

    await userEvent.keyboard('{Enter}');

    expect(rootId(modeler)).toBe('Collaboration_0wnumpk');
    expect(document.activeElement).toBe(focusedDiagram(container));
    await expect.poll(() => status(container).textContent).toBe('Zurück in „Root“.');
    expect(focusedDiagram(container)).toHaveAttribute('aria-label', 'Nichts ausgewählt');
  });

  test('given the English texts, then the status line says it in English', async () => {
    const { container } = await mount('en');
    within(container).getByRole('button', { name: 'Open Collapsed Process' }).focus();

    await userEvent.keyboard('{Enter}');

    await expect.poll(() => status(container).textContent).toBe('Sub-process “Collapsed Process” opened.');
    within(container).getByRole('link', { name: 'Root' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => status(container).textContent).toBe('Back to “Root”.');
  });

  test('given the focus outside the modeller, when the app opens a sub-process\'s plane, then the focus stays and nothing is said', async () => {
    const { modeler, container } = await mount();
    const button = focusedButtonOutside();
    const canvas = modeler.get<Canvas>('canvas');

    const plane = canvas.findRoot('collapsedProcess_plane');
    if (!plane) throw new Error('no plane of the sub-process');
    canvas.setRootElement(plane);
    await new Promise((resolve) => window.setTimeout(resolve, 200));

    expect(document.activeElement).toBe(button);
    expect(status(container).textContent).toBe('');
  });
});

describe('the drill-down button and the breadcrumb links', () => {
  /** Expects the app's focus ring: solid, 3 px or wider, 2 px or more apart from the control, at 3 : 1 or more against `ground`. */
  function expectAppFocusRing(control: HTMLElement, ground: string): void {
    const style = getComputedStyle(control);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(3);
    // apart from the button's own blue, which the ring would otherwise run into
    expect(parseFloat(style.outlineOffset)).toBeGreaterThanOrEqual(2);
    expect(contrastRatio(style.outlineColor, ground)).toBeGreaterThanOrEqual(3);
  }

  test('given the drill-down button reached by Tab, then it shows the app\'s 3 px focus ring', async () => {
    const { container } = await mount();
    const button = within(container).getByRole('button', { name: 'Collapsed Process öffnen' });

    await tabTo(container, button);

    expectAppFocusRing(button, 'rgb(255, 255, 255)');
  });

  /** the breadcrumb link "Root" and the breadcrumbs' grey, with the sub-process "Collapsed Process" open */
  async function crumbToRoot() {
    const { container } = await mount();
    within(container).getByRole('button', { name: 'Collapsed Process öffnen' }).click();
    return { container, crumb: within(container).getByRole('link', { name: 'Root' }), ground: getComputedStyle(partOf(container, '.bjs-breadcrumbs')).backgroundColor };
  }

  test('given a sub-process open, then the breadcrumb link is readable at 4.5 : 1 on its grey', async () => {
    const { crumb, ground } = await crumbToRoot();

    expect(contrastRatio(getComputedStyle(crumb).color, ground)).toBeGreaterThanOrEqual(4.5);
  });

  test('given a sub-process open, when the breadcrumb link is reached by Tab, then it shows the app\'s 3 px focus ring', async () => {
    const { container, crumb, ground } = await crumbToRoot();

    await tabTo(container, crumb);

    expectAppFocusRing(crumb, ground);
  });
});
