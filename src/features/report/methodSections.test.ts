// Tests of reading the method description for the report's appendix from the i18n resources.
import { describe, expect, it } from 'vitest';
import methodDe from '../../i18n/locales/de/method.json';
import { methodSections } from './methodSections';

describe('methodSections', () => {
  it('given the German method texts, when read, then every section comes in order with its text and formula', () => {
    const sections = methodSections(methodDe.description);

    expect(sections.map((section) => section.heading)).toEqual(Object.values(methodDe.description).map((entry) => entry.title));
    expect(sections[0]).toEqual({ heading: methodDe.description.intro.title, paragraphs: [methodDe.description.intro.text] });
    expect(sections.find((section) => section.heading === methodDe.description.completeness.title)?.paragraphs).toEqual([
      methodDe.description.completeness.text,
      methodDe.description.completeness.formula,
    ]);
  });

  it('given something that is not a description, when read, then there are no sections', () => {
    expect(methodSections(undefined)).toEqual([]);
    expect(methodSections('Text')).toEqual([]);
    expect(methodSections({ broken: { text: 'ohne Überschrift' }, ok: { title: 'Titel' } })).toEqual([{ heading: 'Titel', paragraphs: [] }]);
  });
});
