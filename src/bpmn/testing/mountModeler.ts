// Test support for the browser tests (never imported by the app): puts a bpmn-js Modeler into a
// sized container on the page, imports a diagram, and destroys both when the test finishes; a
// modeller with the app's own texts, an element looked up by id that must be there, the elements of
// a type, and a part of the modeller's container that must be there.
import { onTestFinished } from 'vitest';
import type Modeler from 'bpmn-js/lib/Modeler';
import type { ImportXMLResult } from 'bpmn-js/lib/BaseViewer';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type { Element } from 'diagram-js/lib/model/Types';
import german from '../../i18n/locales/de/bpmn.json';
import { createModeler } from '../createModeler';
import type { ModelerLanguageCode } from '../translate/translateModule';

const germanTexts: Record<string, string> = german;

export interface MountOptions {
  /** the diagram to import; without it the Modeler starts empty */
  xml?: string;
  /** container size in CSS pixels; default 1000 × 600 */
  width?: number;
  height?: number;
  /** builds the Modeler into the container; default the app's createModeler, German, bpmn-js's own texts */
  create?: (container: HTMLElement) => Modeler;
}

export interface MountedModeler {
  modeler: Modeler;
  container: HTMLElement;
  /** the import's warnings; empty when nothing was imported */
  warnings: ImportXMLResult['warnings'];
  /** destroys the Modeler and removes its container now (otherwise done when the test finishes) */
  destroy(): void;
}

function germanModeler(container: HTMLElement): Modeler {
  return createModeler({ container, language: 'de', translate: () => undefined });
}

/** Call inside a test or a beforeEach hook: the clean-up is tied to the running test. */
export async function mountModeler({ xml, width = 1000, height = 600, create = germanModeler }: MountOptions = {}): Promise<MountedModeler> {
  const container = document.createElement('div');
  container.style.cssText = `width: ${width}px; height: ${height}px; position: relative`;
  document.body.append(container);
  const modeler = create(container);
  let destroyed = false;
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    modeler.destroy();
    container.remove();
  };
  onTestFinished(destroy);
  const { warnings } = xml === undefined ? { warnings: [] } : await modeler.importXML(xml);
  return { modeler, container, warnings, destroy };
}

/** Builds the app's modeller with its German texts for bpmn-js (shown in `language`), as the app does. */
export function withAppTexts(language: ModelerLanguageCode = 'de'): (container: HTMLElement) => Modeler {
  return (container) => createModeler({ container, language, translate: (template) => germanTexts[template] });
}

/** The element of that id in the modeller; fails the test when there is none. */
export function elementById(modeler: Modeler, id: string): Element {
  const found = modeler.get<ElementRegistry>('elementRegistry').get(id) as Element | undefined;
  if (!found) throw new Error(`no element ${id}`);
  return found;
}

/** The elements of exactly that type (as 'bpmn:ExclusiveGateway') in the modeller. */
export function elementsOfType(modeler: Modeler, type: string): Element[] {
  return (modeler.get<ElementRegistry>('elementRegistry').getAll() as Element[]).filter((element) => element.type === type);
}

/** The first element in `container` that `selector` finds; fails the test when there is none. */
export function partOf(container: HTMLElement, selector: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}
