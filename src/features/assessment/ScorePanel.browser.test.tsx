// The score panel's header in a real browser, inside the editor's scrolling side panel: it stays at
// the top while the questions scroll under it, and a field that gets the focus is scrolled clear
// of it, also when a long step name makes the header taller, and clear of the bottom edge; a level
// given the focus shows with its question, not with the question left under the header, and Home
// or End on a level leave it in view (they scrolled the panel to its top or end). The
// building block's keys: Chromium changes a closed select's value with each arrow key, so arrowing
// through the blocks must leave only the last one's pre-fills; Page Down / Page Up walk the steps.
import { useState } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import '../../i18n/i18n';
import { createStepAssessment } from '../../domain/assessment';
import type { StepAssessment } from '../../domain/assessment';
import { createDefaultCatalogue } from '../../domain/criteria';
import { testOpenStepScore, testStep } from '../../domain/testing/fixtures';
import { ScorePanel } from './ScorePanel';
import '../../app/app.css';

const catalogue = createDefaultCatalogue();
/** lower than the test page's window, so the whole side panel is in view */
const sideHeight = 360;

function renderInSide(name: string, height = sideHeight) {
  const step = testStep('Task_1', { name, order: 1, lane: 'Sachbearbeitung' });
  const panel = (
    <ScorePanel
      step={step}
      assessment={createStepAssessment('p1', step)}
      score={testOpenStepScore(step.id)}
      catalogue={catalogue}
      position={{ index: 1, total: 12 }}
      onChange={() => undefined}
      onNext={() => undefined}
      onRename={() => false}
      diagramEditPending={false}
    />
  );
  const view = render(
    // the editor's side panel (app.css), lower than the test page's window
    <aside data-testid="side" className="editor__side" style={{ height: `${height}px`, minHeight: 0, maxHeight: 'none', width: '26rem', boxSizing: 'border-box' }}>
      {panel}
    </aside>,
  );
  const side = screen.getByTestId('side');
  const header = side.querySelector('header')!;
  return { side, header, view };
}

afterEach(cleanup);

/** Resolves once neither the element nor the window has scrolled for ten frames. */
async function scrollAtRest(element: HTMLElement): Promise<void> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  let last = '';
  for (let still = 0; still < 10; ) {
    await frame();
    const now = `${element.scrollTop} ${window.scrollY}`;
    still = now === last ? still + 1 : 0;
    last = now;
  }
}

describe('ScorePanel in a scrolling side panel', () => {
  test('the step name and "Weiter" stay in view while the questions scroll', () => {
    const { side } = renderInSide('Antrag prüfen');
    side.scrollTop = side.scrollHeight;
    expect(side.scrollTop).toBeGreaterThan(200);
    const sideTop = side.getBoundingClientRect().top;
    const heading = screen.getByRole('heading', { level: 2, name: 'Antrag prüfen' }).getBoundingClientRect();
    const next = screen.getByRole('button', { name: /Weiter/ }).getBoundingClientRect();
    expect(heading.top).toBeGreaterThanOrEqual(sideTop);
    expect(next.bottom).toBeLessThanOrEqual(sideTop + sideHeight);
    // nothing of the scrolled questions shows beside or above the header
    const underHeader = document.elementFromPoint(side.getBoundingClientRect().left + 4, sideTop + 4);
    expect(underHeader?.closest('header')).not.toBeNull();
  });

  test.each([
    ['a short step name', 'Antrag prüfen'],
    ['a step name over several lines', 'Antrag auf Erteilung einer Erlaubnis nach dem Gaststättengesetz mit allen Unterlagen fachlich und rechtlich prüfen'],
  ])('a focused field under the header is scrolled clear of it: %s', (_, name) => {
    const { side, header } = renderInSide(name);
    expect(side.style.scrollPaddingTop).toBe(`${Math.ceil(header.getBoundingClientRect().height)}px`);
    const radio = screen.getAllByRole('radio')[6];
    // scroll so that the radio sits just under the stuck header's top edge
    side.scrollTop += radio.getBoundingClientRect().top - side.getBoundingClientRect().top - 4;
    expect(radio.getBoundingClientRect().top).toBeLessThan(header.getBoundingClientRect().bottom);
    radio.focus();
    expect(document.activeElement).toBe(radio);
    expect(radio.getBoundingClientRect().top).toBeGreaterThanOrEqual(header.getBoundingClientRect().bottom);
  });

  test('a level given the focus under the header comes into view with its question, not only itself', async () => {
    // high enough for the question with its five levels under the header
    const { side, header } = renderInSide('Antrag prüfen', 480);
    const rules = screen.getAllByRole('radiogroup')[0];
    const question = document.getElementById(rules.getAttribute('aria-labelledby')!.split(' ')[0])!;
    const radios = within(rules).getAllByRole('radio');
    const last = radios[radios.length - 1];
    const option = last.closest('label')!;
    const visibleBottom = () => side.getBoundingClientRect().top + side.clientTop + side.clientHeight;
    // the question, from its name down to its last level with the focus ring (5 px), fits under the header
    expect(option.getBoundingClientRect().bottom + 5 - question.getBoundingClientRect().top).toBeLessThan(visibleBottom() - header.getBoundingClientRect().bottom);
    // scroll so that the last level sits just under the stuck header's top edge, its question far above
    side.scrollTop += last.getBoundingClientRect().top - side.getBoundingClientRect().top - 4;
    expect(question.getBoundingClientRect().bottom).toBeLessThan(header.getBoundingClientRect().top);
    // as Shift+Tab back into an answered question does: the focus comes by keyboard (a click before,
    // in this page, would keep the focus from showing, and the panel leaves such a focus alone)
    await userEvent.keyboard('{Shift}');
    last.focus();
    expect(document.activeElement).toBe(last);
    expect(question.getBoundingClientRect().top).toBeGreaterThanOrEqual(header.getBoundingClientRect().bottom - 1);
    expect(option.getBoundingClientRect().bottom + 5).toBeLessThanOrEqual(visibleBottom());
  });

  test('the side panel gets its own scroll padding back when the panel goes', () => {
    const { side, view } = renderInSide('Antrag prüfen');
    expect(side.style.scrollPaddingTop).not.toBe('');
    view.rerender(<aside data-testid="side" style={{ overflow: 'auto', height: `${sideHeight}px` }} />);
    expect(screen.getByTestId('side').style.scrollPaddingTop).toBe('');
  });

  test.each(['{End}', '{Home}'])('given the focus on a level, when %s is pressed, then the level keeps the focus and stays in view', async (key) => {
    const { side, header } = renderInSide('Antrag prüfen');
    // a level of the third question, brought into view as Tab brings it
    const radio = within(screen.getAllByRole('radiogroup')[2]).getAllByRole('radio')[2];
    radio.focus();
    const inView = () => {
      const box = radio.closest('label')!.getBoundingClientRect();
      return box.top >= header.getBoundingClientRect().bottom - 1 && box.bottom <= side.getBoundingClientRect().top + side.clientTop + side.clientHeight;
    };
    expect(inView()).toBe(true);
    const scrolled = side.scrollTop;
    // when
    await userEvent.keyboard(key);
    // then, once a scroll the key may have started has come to rest (Chromium animates it)
    await scrollAtRest(side);
    expect(radio).toHaveFocus();
    expect(side.scrollTop).toBe(scrolled);
    expect(inView()).toBe(true);
  });

  test('a level given the focus at the bottom edge comes into view whole, with its focus ring', () => {
    const { side } = renderInSide('Antrag prüfen');
    const radio = screen.getAllByRole('radio')[14];
    const option = radio.closest('label')!;
    const visibleBottom = () => side.getBoundingClientRect().top + side.clientTop + side.clientHeight;
    // the radio in view, the lower part of its option under the side panel's bottom edge
    const below = option.getBoundingClientRect().bottom - radio.getBoundingClientRect().bottom;
    side.scrollTop += Math.round(option.getBoundingClientRect().bottom - visibleBottom() - below / 2);
    expect(radio.getBoundingClientRect().bottom).toBeLessThan(visibleBottom());
    expect(option.getBoundingClientRect().bottom).toBeGreaterThan(visibleBottom());
    // as the quick check's keys 1-5 do
    radio.focus();
    // the ring: a 3 px outline 2 px off the option (assessment.css)
    expect(option.getBoundingClientRect().bottom + 5).toBeLessThanOrEqual(visibleBottom());
  });
});

describe('ScorePanel building block keys in Chromium', () => {
  /** An unanswered step whose changes are kept, as the store keeps them; the spies see every change and walk. */
  function renderWalkable() {
    const step = testStep('Task_1', { name: 'Antrag prüfen', order: 1 });
    const spies = { onChange: vi.fn<(next: StepAssessment) => void>(), onNext: vi.fn(), onPrevious: vi.fn() };
    function Walkable() {
      const [assessment, setAssessment] = useState(createStepAssessment('p1', step));
      return (
        <ScorePanel
          step={step}
          assessment={assessment}
          score={testOpenStepScore(step.id)}
          catalogue={catalogue}
          position={{ index: 2, total: 12 }}
          onChange={(next) => {
            spies.onChange(next);
            setAssessment(next);
          }}
          onNext={spies.onNext}
          onPrevious={spies.onPrevious}
          onRename={() => false}
          diagramEditPending={false}
        />
      );
    }
    render(<Walkable />);
    return { ...spies, block: screen.getByRole<HTMLSelectElement>('combobox', { name: 'Baustein' }) };
  }

  test('given an unanswered step, when the arrow keys pass Daten erfassen, Dokument drucken and Dokument scannen to Prüfen, then only Prüfen\'s pre-fill is given', async () => {
    const { block, onChange } = renderWalkable();
    block.focus();
    // when
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    // then
    expect(block).toHaveValue('check');
    expect(onChange.mock.lastCall?.[0].answers).toEqual({ R: 3 });
    expect(screen.getByText('Vom Baustein vorbelegt: Regelbasiert 3 – Sie können jede Antwort ändern.')).toBeVisible();
    // when back up to "kein Baustein"
    await userEvent.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}');
    // then
    expect(block).toHaveValue('');
    expect(onChange.mock.lastCall?.[0].answers).toEqual({});
  });

  test('given the focus on the building block, when Page Down or Page Up is pressed, then the step changes and the block does not', async () => {
    const { block, onChange, onNext, onPrevious } = renderWalkable();
    block.focus();
    // when
    await userEvent.keyboard('{PageDown}');
    await userEvent.keyboard('{PageUp}');
    // then
    expect(onNext).toHaveBeenCalledTimes(1);
    expect(onPrevious).toHaveBeenCalledTimes(1);
    expect(onChange).not.toHaveBeenCalled();
    expect(block).toHaveValue('');
  });
});
