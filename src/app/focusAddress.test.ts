// Tests of the focus's address: the same control in screens built anew is found by its place and
// kind, or, moved, by its kind among as many like it; a control of another name or kind at that
// place, or no element there, is not taken for it.
import { afterEach, describe, expect, it } from 'vitest';
import { elementAt, focusAddress } from './focusAddress';

afterEach(() => {
  document.body.replaceChildren();
});

/** A screen as the app builds it: a heading, a search field with its label, and buttons; a banner above it if given. */
function screenWith(buttons: readonly string[], banner?: string): HTMLElement {
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '') => {
    const made = document.createElement(tag);
    made.textContent = text;
    return made;
  };
  const label = element('label', 'Suchen');
  label.htmlFor = 'q';
  const input = element('input');
  input.id = 'q';
  input.type = 'search';
  const row = element('p');
  row.append(...buttons.map((name) => Object.assign(element('button', name), { type: 'button' })));
  const main = element('main');
  main.append(element('h1', 'Arbeitsbereich'), label, input, row);
  const root = element('div');
  if (banner) root.append(element('p', banner));
  root.append(main);
  document.body.append(root);
  return root;
}

describe('focusAddress', () => {
  it('given a button in a screen, when the same screen is built anew, then its address finds the new button', () => {
    const before = screenWith(['Neuer Prozess', 'Neues Amt']);
    const address = focusAddress(before, before.querySelectorAll('button')[1]);
    before.remove();
    const after = screenWith(['Neuer Prozess', 'Neues Amt']);

    expect(address && elementAt(after, address)).toBe(after.querySelectorAll('button')[1]);
  });

  it('given a labelled field, when built anew, then it is found by its label', () => {
    const before = screenWith([]);
    const address = focusAddress(before, before.querySelector('input') as Element);
    before.remove();
    const after = screenWith([]);

    expect(address && elementAt(after, address)).toBe(after.querySelector('input'));
  });

  it('given a banner above the screen built anew, then the button is found moved, as the same of its kind', () => {
    const before = screenWith(['Neuer Prozess', 'Neuer Prozess']);
    const address = focusAddress(before, before.querySelectorAll('button')[1]);
    before.remove();
    const after = screenWith(['Neuer Prozess', 'Neuer Prozess'], 'Nur lesen');

    expect(address && elementAt(after, address)).toBe(after.querySelectorAll('button')[1]);
  });

  it('given a moved button and not as many like it as before, then nothing is found', () => {
    const before = screenWith(['Neuer Prozess', 'Neuer Prozess']);
    const address = focusAddress(before, before.querySelectorAll('button')[1]);
    before.remove();
    const after = screenWith(['Neuer Prozess', 'Neuer Prozess', 'Neuer Prozess'], 'Nur lesen');

    expect(address && elementAt(after, address)).toBeUndefined();
  });

  it('given another control at the place, or none, then nothing is found', () => {
    const before = screenWith(['Neuer Prozess', 'Neues Amt']);
    const address = focusAddress(before, before.querySelectorAll('button')[1]);
    before.remove();
    if (!address) throw new Error('no address');

    const renamed = screenWith(['Neuer Prozess', 'Amt löschen']);
    expect(elementAt(renamed, address)).toBeUndefined();
    renamed.remove();
    const shorter = screenWith(['Neuer Prozess']);
    expect(elementAt(shorter, address)).toBeUndefined();
  });

  it('given an element outside the root, or the root itself, then it has no address', () => {
    const root = screenWith(['Neuer Prozess']);
    const outside = document.createElement('button');
    document.body.append(outside);

    expect(focusAddress(root, outside)).toBeUndefined();
    expect(focusAddress(root, root)).toBeUndefined();
  });
});
