// Unit tests of how the modeller names elements in sentences for a screen reader, with the app's
// German bpmn texts.
import { describe, expect, it } from 'vitest';
import type { Element } from 'diagram-js/lib/model/Types';
import germanTexts from '../i18n/locales/de/bpmn.json';
import { describeElement, describeModelElement } from './describeElement';
import { createTranslate } from './translate/translateModule';

/** the modeller's translate function in German, over the app's bpmn texts */
const translate = createTranslate(() => 'de', (template) => (germanTexts as Record<string, string>)[template]);

describe('describeElement', () => {
  it('given an ad-hoc sub-process, when named, then it is an "Ad-hoc-Teilprozess" (a keyboard QA tour: opening one was said as "Element „…“")', () => {
    const adHoc = { id: 'AdHoc_1', type: 'bpmn:AdHocSubProcess', businessObject: { name: 'Unterlagen sichten' } } as unknown as Element;

    expect(describeElement(adHoc, translate)).toBe('Ad-hoc-Teilprozess „Unterlagen sichten“');
    expect(describeModelElement({ $type: 'bpmn:AdHocSubProcess', name: 'Unterlagen sichten' }, translate)).toBe('Ad-hoc-Teilprozess „Unterlagen sichten“');
  });

  it('given a type the modeller has no words for, when named, then it is an "Element"', () => {
    expect(describeModelElement({ $type: 'bpmn:ChoreographyTask', name: 'X' }, translate)).toBe('Element „X“');
  });
});
