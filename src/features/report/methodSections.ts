// The method description for a report's appendix: the sections of the `method:description.*`
// texts in their order, each with its heading, its text and, where given, its formula.
import type { MethodSection } from '../../export/reportInput';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the `description` object of the method namespace; anything not shaped like a section is left out. */
export function methodSections(description: unknown): MethodSection[] {
  if (!isRecord(description)) return [];
  const sections: MethodSection[] = [];
  for (const entry of Object.values(description)) {
    if (!isRecord(entry) || typeof entry.title !== 'string') continue;
    const paragraphs = [entry.text, entry.formula].filter((text): text is string => typeof text === 'string' && text.trim() !== '');
    sections.push({ heading: entry.title, paragraphs });
  }
  return sections;
}
