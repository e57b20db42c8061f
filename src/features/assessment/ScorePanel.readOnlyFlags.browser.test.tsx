// The step's flags ("nicht anwendbar", "bereits automatisiert") in a tab that only reads, as
// Chromium draws them: each box as distinct from its ground as in the tab that edits, ticked or not,
// where a disabled checkbox was drawn faint, a ticked one standing out from its ground as a control must (WCAG 1.4.11,
// 3:1); and a real click or Space changes neither.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import '../../i18n/i18n';
import { createStepAssessment } from '../../domain/assessment';
import { createDefaultCatalogue } from '../../domain/criteria';
import { testOpenStepScore, testStep } from '../../domain/testing/fixtures';
import { ReadOnlyProvider } from '../../ui/readOnly';
import { ScorePanel } from './ScorePanel';
import '../../app/app.css';

afterEach(cleanup);

type Rgb = readonly [number, number, number];

/** WCAG 2.1 relative luminance of an sRGB colour (0–255 a channel). */
function luminance([red, green, blue]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The colour an element is drawn on: the background of the nearest box that has one (the page's white if none). */
function groundOf(element: Element): Rgb {
  for (let box: Element | null = element; box; box = box.parentElement) {
    const channels = getComputedStyle(box).backgroundColor.match(/[\d.]+/g)?.map(Number) ?? [];
    if (channels.length === 3 || (channels.length === 4 && channels[3] === 1)) return [channels[0], channels[1], channels[2]];
  }
  return [255, 255, 255];
}

/** The pixels Chromium drew for the element, from a screenshot of it. */
async function pixelsOf(element: HTMLElement): Promise<Rgb[]> {
  const shot = await page.screenshot({ element, base64: true, save: false });
  const image = new Image();
  image.src = `data:image/png;base64,${shot}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, image.width, image.height).data;
  const pixels: Rgb[] = [];
  for (let index = 0; index < data.length; index += 4) pixels.push([data[index], data[index + 1], data[index + 2]]);
  return pixels;
}

/** How far the element's most distinct pixel stands out from the ground it is drawn on. */
async function strongestContrast(element: HTMLElement): Promise<number> {
  const ground = groundOf(element);
  return Math.max(...(await pixelsOf(element)).map((pixel) => contrast(pixel, ground)));
}

/** The panel of a step marked "bereits automatisiert", as a tab that edits or one that only reads shows it. */
function Panel({ onChange }: { onChange: () => void }) {
  const step = testStep('Task_1', { name: 'Antrag prüfen', order: 1 });
  return (
    <ScorePanel
      step={step}
      assessment={{ ...createStepAssessment('p1', step), alreadyAutomated: true }}
      score={testOpenStepScore(step.id)}
      catalogue={createDefaultCatalogue()}
      position={{ index: 1, total: 3 }}
      onChange={onChange}
      onRename={() => false}
      diagramEditPending={false}
    />
  );
}

/** The panel in a tab that only reads, and beside it the same panel in a tab that edits. */
function renderReadingAndWriting(onChange: () => void = () => undefined) {
  render(
    // on the white of the editor's side panel, each 30rem wide
    <div style={{ display: 'flex', background: '#fff' }}>
      <div data-testid="reading" style={{ width: '30rem' }}>
        <ReadOnlyProvider readOnly>
          <Panel onChange={onChange} />
        </ReadOnlyProvider>
      </div>
      <div data-testid="writing" style={{ width: '30rem' }}>
        <Panel onChange={() => undefined} />
      </div>
    </div>,
  );
  return { reading: screen.getByTestId('reading'), writing: screen.getByTestId('writing') };
}

describe('ScorePanel flags in a tab that only reads', () => {
  it.each([
    ['nicht anwendbar', false],
    ['bereits automatisiert', true],
  ])('"%s" (ticked: %s) stands out from its ground as in the tab that edits, not faint', async (name, ticked) => {
    const { reading, writing } = renderReadingAndWriting();
    const read = within(reading).getByRole<HTMLInputElement>('checkbox', { name });
    const written = within(writing).getByRole('checkbox', { name });
    expect(read.checked).toBe(ticked);
    // the pointer away from both (a box under it is drawn darker)
    await userEvent.hover(within(writing).getByRole('heading', { level: 2 }));

    // its strongest contrast to its ground as in the tab that edits, but for the anti-aliasing of a
    // box that falls elsewhere between two pixels (up to a tenth here; drawn disabled, it had half)
    expect(await strongestContrast(read)).toBeGreaterThanOrEqual(0.85 * (await strongestContrast(written)));
  });

  it('"bereits automatisiert" ticked stands out from its ground by at least 3:1 (WCAG 1.4.11)', async () => {
    const { reading } = renderReadingAndWriting();
    const flag = within(reading).getByRole('checkbox', { name: 'bereits automatisiert' });
    await userEvent.hover(within(reading).getByRole('heading', { level: 2 }));

    expect(await strongestContrast(flag)).toBeGreaterThanOrEqual(3);
  });

  it('a real click and Space leave both as they are, and nothing is passed on', async () => {
    const onChange = vi.fn();
    const { reading } = renderReadingAndWriting(onChange);
    const notApplicable = within(reading).getByRole('checkbox', { name: 'nicht anwendbar' });
    const automated = within(reading).getByRole('checkbox', { name: 'bereits automatisiert' });

    // forced: Playwright would wait for a disabled checkbox to become enabled; a user's click just does nothing
    await userEvent.click(notApplicable, { force: true });
    await userEvent.keyboard(' ');
    await userEvent.click(automated, { force: true });
    await userEvent.keyboard(' ');

    expect(automated).toHaveFocus();
    expect(notApplicable).not.toBeChecked();
    expect(automated).toBeChecked();
    expect(onChange).not.toHaveBeenCalled();
  });
});
