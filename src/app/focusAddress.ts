// Where the focus is in the app's screens, written so that the same control can be found again in
// screens rebuilt from the same state (a tab that another tab took writing over builds them anew on
// a reader's store): the path of child positions from the app's root down to the control, checked
// on the way back by what the control is (its tag, type and name as a screen reader would say it),
// so that a control that moved is not mistaken for another. A control that moved (a reader's
// screens show a banner the writer's do not) is found by what it is among the controls like it, when
// there are as many of them as before. Ids are not used: React gives rebuilt screens new ones.

export interface FocusAddress {
  path: readonly number[];
  signature: string;
  /** among the root's HTML elements with the same signature, in document order: its position, and how many there were */
  alike?: { index: number; count: number };
}

/** the control's accessible name as far as it can be read without layout: aria-label, label, text */
function nameOf(element: Element): string {
  const labelled = element.getAttribute('aria-label');
  if (labelled) return labelled;
  const labels = 'labels' in element ? (element as HTMLInputElement).labels : null;
  const label = labels && labels.length > 0 ? labels[0].textContent : null;
  return (label ?? (element instanceof SVGElement ? '' : element.textContent) ?? '').trim().slice(0, 120);
}

function signatureOf(element: Element): string {
  // the diagram's svg is named after its selection, which a new canvas draws again only later
  if (element instanceof SVGElement) return element.tagName;
  return [element.tagName, element.getAttribute('type') ?? '', element.getAttribute('role') ?? '', nameOf(element)].join('|');
}

/** The HTML elements under `root` with the given tag and signature, in document order. */
function alikeUnder(root: Element, tagName: string, signature: string): Element[] {
  return Array.from(root.getElementsByTagName(tagName)).filter((element) => element instanceof HTMLElement && signatureOf(element) === signature);
}

/** The address of `focused` under `root`; undefined when it is not inside it. */
export function focusAddress(root: Element, focused: Element): FocusAddress | undefined {
  if (focused === root || !root.contains(focused)) return undefined;
  const path: number[] = [];
  for (let node: Element = focused; node !== root; ) {
    const parent: Element | null = node.parentElement;
    if (!parent) return undefined;
    path.unshift(Array.prototype.indexOf.call(parent.children, node) as number);
    node = parent;
  }
  const signature = signatureOf(focused);
  if (!(focused instanceof HTMLElement)) return { path, signature };
  const alike = alikeUnder(root, focused.tagName, signature);
  return { path, signature, alike: { index: alike.indexOf(focused), count: alike.length } };
}

/** The element at the address under `root`, if it is still the same kind of control with the same name, or that control moved. */
export function elementAt(root: Element, address: FocusAddress): HTMLElement | SVGElement | undefined {
  let node: Element | undefined = root;
  for (const index of address.path) {
    node = node?.children[index];
  }
  if ((node instanceof HTMLElement || node instanceof SVGElement) && signatureOf(node) === address.signature) return node;
  if (!address.alike) return undefined;
  const tagName = address.signature.slice(0, address.signature.indexOf('|'));
  const alike = alikeUnder(root, tagName, address.signature);
  const moved = alike.length === address.alike.count ? alike[address.alike.index] : undefined;
  return moved instanceof HTMLElement ? moved : undefined;
}
