// The method description as sections, read from the `method:description.*` texts in their order:
// each with its id, heading, text and, where given, its formula. Anything not shaped like a
// section is left out.
import type { TFunction } from 'i18next';

export interface MethodDescriptionSection {
  id: string;
  title: string;
  text: string;
  formula?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function methodDescription(t: TFunction): MethodDescriptionSection[] {
  const description: unknown = t('method:description', { returnObjects: true });
  if (!isRecord(description)) return [];
  const sections: MethodDescriptionSection[] = [];
  for (const [id, entry] of Object.entries(description)) {
    if (!isRecord(entry) || typeof entry.title !== 'string' || typeof entry.text !== 'string') continue;
    const formula = typeof entry.formula === 'string' && entry.formula.trim() !== '' ? entry.formula : undefined;
    sections.push({ id, title: entry.title, text: entry.text, ...(formula ? { formula } : {}) });
  }
  return sections;
}
