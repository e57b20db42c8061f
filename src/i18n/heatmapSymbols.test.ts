// The short forms the heatmap's badges give the recommendations ("Empfehlung") are no abbreviation the
// app shows for anything else: not a criterion's code (the steps table's columns, the method page,
// "St" for Arbeitsschritte) nor a score's code ("AS" for Automatisierungspotenzial), in any case, and
// no two recommendations share one. A tour found "As" (assistieren) beside the column "AS" and "St"
// (stabilisieren) beside the criterion St. German and English.
import { describe, expect, it } from 'vitest';
import { criterionCodes } from '../domain/criteria';

type Tree = { [key: string]: Tree | string };
const files = import.meta.glob<Tree>('./locales/*/*.json', { eager: true, import: 'default' });

function branch(language: 'de' | 'en', name: string, key: string): Tree {
  const node = files[`./locales/${language}/${name}.json`]?.[key];
  if (typeof node !== 'object') throw new Error(`no ${language}:${name}:${key}`);
  return node;
}

describe.each(['de', 'en'] as const)('heatmap badges of the recommendations (%s)', (language) => {
  const recommendations = Object.keys(branch(language, 'heatmap', 'recommendation'));
  const symbols = branch(language, 'heatmap', 'symbol');
  const badges = recommendations.map((recommendation) => {
    const symbol = symbols[recommendation];
    if (typeof symbol !== 'string') throw new Error(`no badge for ${recommendation}`);
    return symbol;
  });
  // the scores' codes as the method names them: DS, AS, EI
  const scoreCodes = Object.keys(branch(language, 'method', 'metrics')).filter((key) => /^[A-Z]+$/.test(key));

  it('clash with no criterion or score code, whatever the case', () => {
    expect(scoreCodes.length).toBeGreaterThan(0);
    const taken = new Set([...criterionCodes, ...scoreCodes].map((code) => code.toLowerCase()));
    expect(badges.filter((badge) => taken.has(badge.toLowerCase()))).toEqual([]);
  });

  it('are one for each recommendation', () => {
    expect(new Set(badges.map((badge) => badge.toLowerCase())).size).toBe(recommendations.length);
  });
});
