// A check for WCAG 4.1.2 "name, role, value": every control in a part of the page (buttons, text
// fields, list boxes, check boxes, radio buttons, …) has an accessible name, read from the page's
// accessibility tree as a screen reader gets it. Shared by the specs in tests/e2e/.
import { expect } from '@playwright/test';
import type { Locator } from '@playwright/test';

/** Roles of the controls a user operates; each must be named. */
const controlRoles = ['button', 'textbox', 'searchbox', 'combobox', 'listbox', 'checkbox', 'radio', 'switch', 'spinbutton', 'slider', 'menuitem', 'tab'];

// a snapshot line: "- button "Name"", "- 'button "Name: x"': text", or "- button" when unnamed
const controlLine = new RegExp(`^\\s*- '?(${controlRoles.join('|')})\\b(.*)$`);

/**
 * Expects every control in scope that the accessibility tree exposes (hidden ones are not in it) to
 * have a non-blank accessible name; returns how many it checked.
 */
export async function expectControlsNamed(scope: Locator): Promise<number> {
  const snapshot = await scope.ariaSnapshot();
  let checked = 0;
  const unnamed: string[] = [];
  for (const line of snapshot.split('\n')) {
    const match = controlLine.exec(line);
    if (!match) continue;
    checked += 1;
    if (!/^ "(?!\s*")/.test(match[2])) unnamed.push(line.trim());
  }
  expect(unnamed, 'controls without an accessible name').toEqual([]);
  return checked;
}
