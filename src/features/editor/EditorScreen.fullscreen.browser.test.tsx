// The editor's "Vollbild" in real Chromium (the Fullscreen API, the layout of app.css): the editor
// alone on the screen with its canvas down to the screen's bottom edge, also when something above
// it appears; ended by its button or by the browser (as Esc does); a request the browser refuses (stubbed: Chromium
// refuses only where this frame cannot be put) is said in words.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../app/app.css';
import { sampleDiagramXml } from '../../bpmn/sample/sampleDiagram';
import { createDepartment, createProcess } from '../../domain/assessment';
import { i18n } from '../../i18n/i18n';
import { renderWithStore } from '../settings/storeHarness';
import { EditorScreen } from './EditorScreen';

/** the gap EditorScreen leaves between the canvas and the window's (or screen's) bottom edge */
const bottomGapPx = 16;

let dispose: (() => void) | undefined;
let stopListening: (() => void) | undefined;

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

afterEach(async () => {
  stopListening?.();
  stopListening = undefined;
  vi.restoreAllMocks();
  cleanup();
  dispose?.();
  dispose = undefined;
  if (document.fullscreenElement) await document.exitFullscreen();
});

/** Opens the sample diagram in the editor and waits for its canvas; returns the canvas's region. */
async function openEditor(): Promise<HTMLElement> {
  const department = createDepartment({ code: 'Amt 32', name: 'Ordnungsamt' });
  const process = createProcess({ departmentId: department.id, name: 'Gewerbeanmeldung', diagramXml: sampleDiagramXml });
  const harness = await renderWithStore(<EditorScreen processId={process.id} workspaceHref="#/" />, { departments: [department], processes: [process] });
  dispose = harness.dispose;
  const canvas = await screen.findByRole('region', { name: 'Diagramm' }, { timeout: 15_000 });
  await expect.poll(() => canvas.querySelector('.djs-shape')).not.toBeNull();
  return canvas;
}

/** The canvas ends the gap above the screen's bottom edge, give or take the pixel that rounding the height down leaves. */
async function expectCanvasDownToTheEdge(frame: Element, canvas: HTMLElement): Promise<void> {
  await expect.poll(() => frame.clientHeight - canvas.getBoundingClientRect().bottom).toBeGreaterThanOrEqual(bottomGapPx);
  expect(frame.clientHeight - canvas.getBoundingClientRect().bottom).toBeLessThan(bottomGapPx + 1);
}

function fullscreenChange(): Promise<void> {
  return new Promise((resolve) => document.addEventListener('fullscreenchange', () => resolve(), { once: true }));
}

describe('EditorScreen full screen', () => {
  it('given the editor, when "Vollbild" is pressed, then the editor fills the screen and the canvas reaches down to its edge; "Vollbild beenden" ends it', async () => {
    const canvas = await openEditor();
    const heightBefore = canvas.getBoundingClientRect().height;
    // a size set within the notification of the observer that watches it: Chromium's error event
    const resizeLoopErrors: string[] = [];
    const onError = (event: ErrorEvent) => {
      if (event.message.includes('ResizeObserver')) resizeLoopErrors.push(event.message);
    };
    window.addEventListener('error', onError);
    stopListening = () => window.removeEventListener('error', onError);

    const entered = fullscreenChange();
    await userEvent.click(screen.getByRole('button', { name: 'Vollbild' }));
    await entered;

    const frame = document.fullscreenElement;
    expect(frame?.classList.contains('editor-screen')).toBe(true);
    expect(frame?.contains(canvas)).toBe(true);
    await expectCanvasDownToTheEdge(frame!, canvas);
    expect(canvas.getBoundingClientRect().height).toBeGreaterThan(heightBefore);

    // the heatmap's legend appears above the canvas: the canvas gives it the room
    const topBefore = canvas.getBoundingClientRect().top;
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Heatmap' }), 'ds');
    await expect.poll(() => canvas.getBoundingClientRect().top).toBeGreaterThan(topBefore);
    await expectCanvasDownToTheEdge(frame!, canvas);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Heatmap' }), 'aus');

    const ended = fullscreenChange();
    await userEvent.click(screen.getByRole('button', { name: 'Vollbild beenden' }));
    await ended;
    expect(document.fullscreenElement).toBeNull();
    expect(await screen.findByRole('button', { name: 'Vollbild' })).toBeVisible();
    await expect.poll(() => canvas.getBoundingClientRect().height).toBe(heightBefore);
    expect(resizeLoopErrors).toEqual([]);
  });

  it('given the editor full screen, when the browser ends it (as Esc does), then the button offers "Vollbild" again', async () => {
    await openEditor();
    const entered = fullscreenChange();
    await userEvent.click(screen.getByRole('button', { name: 'Vollbild' }));
    await entered;
    expect(await screen.findByRole('button', { name: 'Vollbild beenden' })).toBeVisible();

    await document.exitFullscreen();
    expect(await screen.findByRole('button', { name: 'Vollbild' })).toBeVisible();
  });

  it('given a request the browser refuses, then the editor says so in words and stays as it was', async () => {
    await openEditor();
    // Chromium's refusal of a request it does not allow (a frame without permission, no user's click)
    vi.spyOn(HTMLElement.prototype, 'requestFullscreen').mockRejectedValueOnce(new TypeError('Permissions check failed'));
    await userEvent.click(screen.getByRole('button', { name: 'Vollbild' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Der Browser lässt das Vollbild hier nicht zu (Permissions check failed). Mit F11');
    expect(document.fullscreenElement).toBeNull();
  });
});
