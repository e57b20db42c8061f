// The method description as sections, read from the `method:description.*` texts in their order:
// each with its id, heading, text and, where given, its formula, with the numbers of a catalogue
// filled in (methodValues). The one reader of that object; the report's appendix
// (report/methodSections.ts) derives its sections from it.
import type { TFunction } from 'i18next';
import type { Catalogue } from '../../domain/criteria';
import type { UiLanguage } from '../../i18n/uiLocale';
import { methodValues } from './methodValues';

export interface MethodDescriptionSection {
  id: string;
  title: string;
  text: string;
  formula?: string;
}

/** One entry of the description as written: its heading and whichever of text and formula are texts. */
export interface MethodDescriptionEntry {
  id: string;
  title: string;
  text?: string;
  formula?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the `description` object of the method namespace; anything without a heading is left out. */
export function methodDescriptionEntries(description: unknown): MethodDescriptionEntry[] {
  if (!isRecord(description)) return [];
  const entries: MethodDescriptionEntry[] = [];
  for (const [id, entry] of Object.entries(description)) {
    if (!isRecord(entry) || typeof entry.title !== 'string') continue;
    const { text, formula } = entry;
    entries.push({ id, title: entry.title, ...(typeof text === 'string' ? { text } : {}), ...(typeof formula === 'string' ? { formula } : {}) });
  }
  return entries;
}

/** The `method:description` object in t's language, stating the numbers of this catalogue. */
export function methodDescriptionText(t: TFunction, catalogue: Catalogue, language: UiLanguage): unknown {
  return t('method:description', { ...methodValues(catalogue, language), returnObjects: true });
}

/** The sections with a heading and a text, stating the catalogue's numbers; a blank formula is left out. */
export function methodDescription(t: TFunction, catalogue: Catalogue, language: UiLanguage): MethodDescriptionSection[] {
  return methodDescriptionEntries(methodDescriptionText(t, catalogue, language)).flatMap(({ id, title, text, formula }) =>
    text === undefined ? [] : [{ id, title, text, ...(formula !== undefined && formula.trim() !== '' ? { formula } : {}) }],
  );
}
