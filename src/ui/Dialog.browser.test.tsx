// Dialog's layout in a real browser (app.css): a dialog taller than a short window keeps its
// buttons in sight at its bottom edge, with or without a form around its body, and a field that
// gets the focus by Tab never ends up under the buttons' row. A dialog whose first field lies below
// a long explanation in a small window (200 % zoom) opens at its beginning, its title focused.
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

/** Whether the element's box lies wholly inside the dialog's box. */
function insideDialog(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  const dialog = screen.getByRole('dialog').getBoundingClientRect();
  return box.top >= dialog.top && box.bottom <= dialog.bottom;
}

const explanation =
  'Die Sicherung enthält alle Ämter, Prozesse, Diagramme und Bewertungen dieses Arbeitsbereichs. Bewahren Sie die Datei an einem sicheren Ort auf, zum Beispiel auf dem Laufwerk Ihres Amts. Wer die Datei hat, kann alles lesen, was darin steht.';

function renderExplainedDialog() {
  render(
    <Dialog
      open
      title="Sicherung erstellen"
      onClose={() => undefined}
      onSubmit={() => undefined}
      actions={
        <>
          <Button>Abbrechen</Button>
          <Button variant="primary">Sicherung herunterladen</Button>
        </>
      }
    >
      <p>{explanation}</p>
      <p>{explanation}</p>
      <TextField label="Name der Datei" value="" onChange={() => undefined} />
    </Dialog>,
  );
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

describe('Dialog focus on opening', () => {
  test('given a long explanation above the first field in a window at 200 % zoom, then the dialog opens at its beginning with its title focused, and Tab reaches the field next', async () => {
    await page.viewport(640, 360);
    renderExplainedDialog();

    const dialog = screen.getByRole('dialog', { name: 'Sicherung erstellen' });
    const title = screen.getByRole('heading', { name: 'Sicherung erstellen' });
    const field = screen.getByRole('textbox', { name: 'Name der Datei' });
    // the field really lies below what the dialog shows at its beginning
    const fieldTopInContent = field.getBoundingClientRect().top - dialog.getBoundingClientRect().top + dialog.scrollTop;
    expect(fieldTopInContent).toBeGreaterThan(dialog.clientHeight);

    expect(title).toHaveFocus();
    expect(dialog.scrollTop).toBe(0);
    expect(insideDialog(title)).toBe(true);

    await userEvent.keyboard('{Tab}');
    expect(field).toHaveFocus();
  });

  test('given the title focused at 200 % zoom, when Shift+Tab is pressed, then the focus stays in the dialog on its last button', async () => {
    await page.viewport(640, 360);
    renderExplainedDialog();
    expect(screen.getByRole('heading', { name: 'Sicherung erstellen' })).toHaveFocus();

    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');

    expect(screen.getByRole('button', { name: 'Sicherung herunterladen' })).toHaveFocus();
  });

  test('given the same dialog in a normal window, then its first field has the focus', async () => {
    await page.viewport(1280, 720);
    renderExplainedDialog();

    expect(screen.getByRole('textbox', { name: 'Name der Datei' })).toHaveFocus();
    expect(screen.getByRole('dialog').scrollTop).toBe(0);
  });
});
