// The method description for a report's appendix: the sections of the `method:description.*`
// texts in their order (as method/methodDescription.ts reads them), each with its heading and its
// non-blank text and formula as paragraphs.
import type { MethodSection } from '../../export/reportInput';
import { methodDescriptionEntries } from '../method/methodDescription';

/** Reads the `description` object of the method namespace; anything not shaped like a section is left out. */
export function methodSections(description: unknown): MethodSection[] {
  return methodDescriptionEntries(description).map((entry) => ({
    heading: entry.title,
    paragraphs: [entry.text, entry.formula].filter((text): text is string => text !== undefined && text.trim() !== ''),
  }));
}
