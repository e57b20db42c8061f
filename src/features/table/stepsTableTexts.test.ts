// Tests that the texts the steps table looks up once per language are the texts i18next gives,
// in particular the answer selects' names filled from a template.
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { quickCodes } from '../../domain/criteria';
import { interpolationTemplate, stepsTableTexts } from './stepsTableTexts';

const names = ['Antrag prüfen', 'Schritt mit {{criterion}} im Namen', 'A & B <c> "d" $& $1', ''];

describe('stepsTableTexts', () => {
  it.each(['de', 'en'] as const)('names every answer select as t() does, for any step name (%s)', (language) => {
    // given the table's translations in one language
    const t = i18n.getFixedT(language, ['table', 'method']);

    // when the texts are looked up once
    const texts = stepsTableTexts(t);

    // then each answer label equals a full lookup with the criterion's name and the step's name
    for (const code of quickCodes) {
      for (const name of names) {
        expect(texts.answerLabel(code, name)).toBe(t('table:answer.label', { criterion: t(`method:criteria.${code}.label`), step: name }));
      }
    }
  });

  it('takes the plain texts from the translations of the language', () => {
    const t = i18n.getFixedT('en', ['table', 'method']);
    const texts = stepsTableTexts(t);
    expect(texts.notScored).toBe(t('table:cell.notScored'));
    expect(texts.recommendation.digitise).toBe(t('method:recommendations.digitise'));
    expect(texts.criterionName.Mb).toBe(t('method:criteria.Mb.label'));
  });
});

describe('interpolationTemplate', () => {
  it('looks the text up every time when the translation uses the value other than once', () => {
    // given a translation that names the value twice
    i18n.addResource('de', 'templateTest', 'twice', '{{step}} und {{step}}');
    const t = i18n.getFixedT('de', 'templateTest');

    // when a template is made for it
    const fill = interpolationTemplate(t, 'templateTest:twice', {}, 'step');

    // then it still gives the full lookup's text
    expect(fill('X')).toBe('X und X');
    i18n.removeResourceBundle('de', 'templateTest');
  });
});
