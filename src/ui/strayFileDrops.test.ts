// Pins the page-wide guard against files dropped where nothing takes them: the browser's own
// handling (opening the file in the tab) is cancelled with the "no drop" cursor, while a drop zone's
// own handling and drags that carry no files are left as they are.
import { afterEach, describe, expect, it } from 'vitest';
import { guardStrayFileDrops } from './strayFileDrops';

let release: (() => void) | undefined;
afterEach(() => {
  release?.();
  release = undefined;
  document.body.replaceChildren();
});

/** a drag event as jsdom lets one be made (it has no DragEvent): `types` names what is dragged */
function drag(type: 'dragover' | 'drop', types: string[]): Event & { dataTransfer: { types: string[]; dropEffect: string } } {
  const event = new Event(type, { bubbles: true, cancelable: true });
  return Object.assign(event, { dataTransfer: { types, dropEffect: 'copy' } });
}

describe('guardStrayFileDrops', () => {
  it('given a file dragged over and dropped where nothing takes it, then the browser does not open it and the cursor says "no drop"', () => {
    release = guardStrayFileDrops(window);
    const header = document.body.appendChild(document.createElement('header'));
    const over = drag('dragover', ['Files']);
    const drop = drag('drop', ['Files']);

    header.dispatchEvent(over);
    header.dispatchEvent(drop);

    expect(over.defaultPrevented).toBe(true);
    expect(over.dataTransfer.dropEffect).toBe('none');
    expect(drop.defaultPrevented).toBe(true);
  });

  it('given a drop zone that takes the file, then its drop effect stays', () => {
    release = guardStrayFileDrops(window);
    const zone = document.body.appendChild(document.createElement('div'));
    zone.addEventListener('dragover', (event) => {
      event.preventDefault();
      (event as unknown as { dataTransfer: { dropEffect: string } }).dataTransfer.dropEffect = 'copy';
    });
    const over = drag('dragover', ['Files']);

    zone.dispatchEvent(over);

    expect(over.defaultPrevented).toBe(true);
    expect(over.dataTransfer.dropEffect).toBe('copy');
  });

  it('given dragged text (not a file), then the guard leaves it to the page and the browser', () => {
    release = guardStrayFileDrops(window);
    const over = drag('dragover', ['text/plain']);
    document.body.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(false);
  });

  it('given the guard released, then a file drop is the browser\'s again', () => {
    guardStrayFileDrops(window)();
    const over = drag('dragover', ['Files']);
    document.body.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(false);
  });
});
