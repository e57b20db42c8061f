// Tests of which diagram the report and the portfolio say their figures cover: the one the editor
// shows (the first when none is set), named as the editor's picker names it, only in a file of
// several diagrams.
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { diagramScopeOf } from './diagramScope';

const t = i18n.getFixedT('de');
const fourViews = [
  { id: 'D_onboarding', name: 'Onboarding employee' },
  { id: 'D_it', name: 'IT' },
  { id: 'D_payroll', name: 'Payroll' },
  { id: '#4' },
];

describe('diagramScopeOf', () => {
  it('given a file of four diagrams and the second shown, then the scope is that one of four', () => {
    expect(diagramScopeOf(fourViews, 'D_it', t)).toEqual({ name: 'IT', count: 4 });
  });

  it('given no diagram set, then the scope is the first, as the editor opens it', () => {
    expect(diagramScopeOf(fourViews, undefined, t)).toEqual({ name: 'Onboarding employee', count: 4 });
  });

  it('given an unnamed diagram shown, then it is named by its place, as in the editor\'s picker', () => {
    expect(diagramScopeOf(fourViews, '#4', t)).toEqual({ name: 'Diagramm 4 (ohne Namen)', count: 4 });
  });

  it('given a file of one diagram, or an id the file lacks, then there is no scope to state', () => {
    expect(diagramScopeOf([fourViews[0]], 'D_onboarding', t)).toBeUndefined();
    expect(diagramScopeOf(fourViews, 'D_gone', t)).toBeUndefined();
  });
});
