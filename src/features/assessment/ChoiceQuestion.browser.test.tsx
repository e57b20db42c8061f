// ChoiceQuestion's layout in a real browser (assessment.css): every word of the levels' German
// descriptions fits its line in the score panel's width; choosing another level moves no box of
// the question by a pixel. A moved radio (it is positioned inside its option) changes the page's paint
// properties, and Chromium then re-layerizes the whole page, the diagram's thousands of shapes
// included, on every changed answer.
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ChoiceQuestion } from './ChoiceQuestion';
import type { ChoiceOption } from './ChoiceQuestion';
import method from '../../i18n/locales/de/method.json';
import methodEnglish from '../../i18n/locales/en/method.json';
import './assessment.css';

const options: ChoiceOption<number>[] = [1, 2, 3, 4, 5].map((level) => ({
  value: level,
  label: String(level),
  description: `Stufe ${level}: eine Beschreibung, die eine Zeile füllt`,
  keys: [String(level)],
}));

function question<V extends number | boolean>(value: V | undefined, choices: ChoiceOption<V>[], width = '36rem') {
  return (
    <div className="score-panel" style={{ width }}>
      <ChoiceQuestion
        label="Informationsdichte"
        question="Wie strukturiert sind die Informationen?"
        options={choices}
        value={value}
        onSelect={() => undefined}
        onClear={() => undefined}
        clearText="Antwort löschen"
        clearLabel="Antwort löschen: Informationsdichte"
      />
    </div>
  );
}

/** Every radio's and every option's box, in page pixels. */
function boxes() {
  return screen.getAllByRole('radio').flatMap((radio) => [radio.getBoundingClientRect().toJSON(), radio.closest('label')!.getBoundingClientRect().toJSON()]);
}

afterEach(cleanup);

/** Width in px of `word` set in the font of `element`, on one line. */
function wordWidth(element: HTMLElement, word: string): number {
  const probe = document.createElement('span');
  probe.style.whiteSpace = 'nowrap';
  probe.textContent = word;
  element.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width;
}

describe('ChoiceQuestion layout', () => {
  test('given the score panel at its narrowest (20rem, app.css), then every word of every level description fits its line unbroken', () => {
    const criteria = Object.values(method.criteria).flatMap((criterion) => ('levels' in criterion ? [criterion.levels as Record<string, string>] : []));
    for (const levels of criteria) {
      const choices: ChoiceOption<number>[] = Object.entries(levels).map(([level, description]) => ({
        value: Number(level),
        label: level,
        description,
        keys: [level],
      }));
      render(question(undefined, choices, '20rem'));
      for (const description of document.querySelectorAll<HTMLElement>('.assessment-option__description')) {
        const longest = Math.max(...(description.textContent ?? '').split(/\s+/).map((word) => wordWidth(description, word)));
        expect(longest, description.textContent ?? '').toBeLessThanOrEqual(description.clientWidth);
      }
      cleanup();
    }
    expect(criteria.length).toBeGreaterThan(5);
  });

  test('given the yes/no questions (their answers are long words without a description) at the narrowest panel, then each answer wraps inside its option, in German and English', () => {
    const yesNo = [method, methodEnglish].flatMap((texts) =>
      Object.values(texts.criteria).flatMap((criterion) => ('options' in criterion ? [criterion.options as Record<'yes' | 'no', string>] : [])),
    );
    expect(yesNo.length).toBeGreaterThanOrEqual(4);
    for (const answers of yesNo) {
      const choices: ChoiceOption<boolean>[] = [
        { value: true, label: answers.yes, keys: ['j'] },
        { value: false, label: answers.no, keys: ['n'] },
      ];
      render(question(undefined, choices, '20rem'));
      for (const option of document.querySelectorAll<HTMLElement>('.assessment-option')) {
        const value = option.querySelector<HTMLElement>('.assessment-option__value')!;
        expect(value.getBoundingClientRect().right, value.textContent ?? '').toBeLessThanOrEqual(option.getBoundingClientRect().right);
        expect(value.scrollWidth, value.textContent ?? '').toBeLessThanOrEqual(value.clientWidth);
      }
      cleanup();
    }
  });

  test('given an answered question, when another level is chosen or the answer cleared, then no radio and no option moves or changes size', () => {
    const { rerender } = render(question(2, options));
    const answered = boxes();
    expect(screen.getByRole('radio', { name: /^2/ })).toBeChecked();

    rerender(question(4, options));
    expect(screen.getByRole('radio', { name: /^4/ })).toBeChecked();
    expect(boxes()).toEqual(answered);

    rerender(question(undefined, options));
    expect(boxes()).toEqual(answered);
  });

  test('given the chosen level, then it stands out by its outline and background, not by colour of text alone', () => {
    render(question(3, options));
    const chosen = screen.getByRole('radio', { name: /^3/ }).closest('label')!;
    const other = screen.getByRole('radio', { name: /^1/ }).closest('label')!;

    expect(getComputedStyle(chosen).outlineStyle).toBe('solid');
    expect(getComputedStyle(other).outlineStyle).toBe('none');
    expect(getComputedStyle(chosen).backgroundColor).not.toBe(getComputedStyle(other).backgroundColor);
    expect(getComputedStyle(chosen).borderTopColor).not.toBe(getComputedStyle(other).borderTopColor);
  });
});
