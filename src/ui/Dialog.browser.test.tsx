// Dialog's layout in a real browser (app.css): a dialog taller than a short window keeps its
// buttons in sight at its bottom edge, with or without a form around its body, and a field that
// gets the focus by Tab never ends up under the buttons' row.
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import '../app/app.css';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { TextField } from './TextField';

const fieldCount = 14;

function renderTallDialog(withForm: boolean) {
  render(
    <Dialog
      open
      title="Bericht erstellen"
      onClose={() => undefined}
      onSubmit={withForm ? () => undefined : undefined}
      actions={
        <>
          <Button>Abbrechen</Button>
          <Button variant="primary">Herunterladen</Button>
        </>
      }
    >
      {Array.from({ length: fieldCount }, (_, index) => (
        <TextField key={index} label={`Feld ${index + 1}`} hint="Ein Hinweis unter dem Namen des Felds." value="" onChange={() => undefined} />
      ))}
    </Dialog>,
  );
}

/** Whether the element's box lies inside the window and the dialog, and nothing covers its centre. */
function inSight(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  const dialog = screen.getByRole('dialog').getBoundingClientRect();
  const inside = box.top >= dialog.top && box.bottom <= dialog.bottom && box.top >= 0 && box.bottom <= window.innerHeight;
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return inside && hit !== null && element.contains(hit);
}

afterEach(cleanup);

describe('Dialog layout', () => {
  test.each([
    ['with a form', true],
    ['without a form', false],
  ])('given a dialog far taller than a short window (%s), then its buttons are in sight', async (_, withForm) => {
    await page.viewport(1280, 480);
    renderTallDialog(withForm);

    const dialog = screen.getByRole('dialog', { name: 'Bericht erstellen' });
    // the content really is taller than the dialog, which scrolls
    expect(dialog.scrollHeight).toBeGreaterThan(dialog.clientHeight * 2);

    expect(inSight(screen.getByRole('button', { name: 'Abbrechen' }))).toBe(true);
    expect(inSight(screen.getByRole('button', { name: 'Herunterladen' }))).toBe(true);
  });

  test('given a tall dialog in a short window, when Tab walks through its fields, then each focused field is in sight above the buttons', async () => {
    await page.viewport(1280, 480);
    renderTallDialog(true);
    const actions = document.querySelector<HTMLElement>('.dialog__actions');
    if (!actions) throw new Error('the dialog shows no buttons');

    for (let index = 1; index <= fieldCount; index += 1) {
      const field = screen.getByRole('textbox', { name: `Feld ${index}` });
      if (index > 1) await userEvent.keyboard('{Tab}');
      expect(field).toHaveFocus();
      expect(inSight(field)).toBe(true);
      expect(field.getBoundingClientRect().bottom).toBeLessThanOrEqual(actions.getBoundingClientRect().top);
    }
  });
});
