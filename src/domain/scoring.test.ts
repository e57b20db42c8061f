// Pins every formula of docs/scoring-method.md with worked examples; expected values are computed
// by hand from the spec's numbers, written out in each test.
import { describe, expect, it } from 'vitest';
import { createStepAssessment } from './assessment';
import type { Answers, Quantities, Step, StepAssessment, StepType } from './assessment';
import { createDefaultCatalogue } from './criteria';
import { testFigures } from './testing/fixtures';
import type { Catalogue } from './criteria';
import type { ProcessFigures } from './scoreTypes';
import {
  applicationsLevel,
  casesPerYear,
  effortBand,
  exceptionShare,
  figuresFromScores,
  mediaBreakLevel,
  normalise,
  priorityShown,
  priorityStatus,
  rankProcesses,
  rankSteps,
  remoteAccessLevel,
  savingIsProvisional,
  scoreProcess,
  scoreStep,
  shownDecimals,
  workStepsLevel,
} from './scoring';

const catalogue = createDefaultCatalogue();
const th = catalogue.thresholds;
const fteHours = 200 * 7.8; // working days × hours per day = 1,560 h

function makeStep(id: string, order = 0, type: StepType = 'bpmn:UserTask'): Step {
  return { id, name: `Schritt ${id}`, type, order };
}

function assess(
  step: Step,
  answers: Answers,
  quantities: Quantities = {},
  flags: Partial<Pick<StepAssessment, 'notApplicable' | 'alreadyAutomated'>> = {},
): StepAssessment {
  return { ...createStepAssessment('p', step), answers, quantities, ...flags };
}

function score(answers: Answers, quantities: Quantities = {}, cat: Catalogue = catalogue) {
  const step = makeStep('s');
  return scoreStep(step, assess(step, answers, quantities), cat);
}

function withCatalogue(change: (c: Catalogue) => void): Catalogue {
  const c = createDefaultCatalogue();
  change(c);
  return c;
}

describe('normalising and mapping answers to levels', () => {
  it('normalises 1..5 as (x − 1) / 4', () => {
    expect([1, 2, 3, 4, 5].map(normalise)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('maps media-break counts 0 → 1, 1 → 3, 2 → 4, 3 or more → 5', () => {
    expect([0, 1, 2, 3, 7].map((c) => mediaBreakLevel(c, th))).toEqual([1, 3, 4, 5, 5]);
  });

  it('maps applications 1 = 5, 2–3 = 4, 4–5 = 3, 6–9 = 2, >9 = 1', () => {
    expect([1, 2, 3, 4, 5, 6, 9, 10].map((c) => applicationsLevel(c, th))).toEqual([5, 4, 4, 3, 3, 2, 2, 1]);
  });

  it('maps work steps ≤10 = 5, ≤20 = 4, ≤40 = 3, ≤50 = 2, else 1', () => {
    expect([10, 11, 20, 21, 40, 41, 50, 51].map((c) => workStepsLevel(c, th))).toEqual([5, 4, 4, 3, 3, 2, 2, 1]);
  });

  it('maps remote desktop access no = 5, yes = 2', () => {
    expect(remoteAccessLevel(false, th)).toBe(5);
    expect(remoteAccessLevel(true, th)).toBe(2);
  });

  it('takes the exception share from the class midpoints, 0 when unanswered', () => {
    expect([5, 4, 3, 2, 1].map((l) => exceptionShare(l as 1 | 2 | 3 | 4 | 5, th))).toEqual([0.025, 0.075, 0.15, 0.275, 0.5]);
    expect(exceptionShare(undefined, th)).toBe(0);
  });
});

describe('digitisation score DS', () => {
  it('multiplies need by the enablers (worked example Mb=1, Id=2, Lf=3, Sp=4)', () => {
    // given Mb 1 → level 3 → n = 0.5; Id 2 → n = 0.25; Lf 3 → 0.5; Sp 4 → 0.75
    const need = 0.6 * 0.5 + 0.4 * (1 - 0.25); // 0.6
    const enablers = 0.6 * 0.5 + 0.4 * 0.75; // 0.6
    // when
    const s = score({ Mb: 1, Id: 2, Lf: 3, Sp: 4 });
    // then DS = 100 × 0.6 × (0.25 + 0.75 × 0.6) = 42
    expect(s.ds.value).toBeCloseTo(100 * need * (0.25 + 0.75 * enablers));
    expect(s.ds.value).toBeCloseTo(42);
    expect(s.ds.completeness).toBe(1);
    expect(s.ds.incomplete).toBe(false);
  });

  it('comes out exactly where the hand computation lands on a half (Mb=2, Id=3, Lf=3, Sp=4), so it rounds as by hand', () => {
    // need = 0.6 × 0.75 + 0.4 × (1 − 0.5) = 0.65; enablers = 0.6 × 0.5 + 0.4 × 0.75 = 0.6
    // DS = 100 × 0.65 × (0.25 + 0.75 × 0.6) = 45.5, which plain floating point gives as 45.49999999999999
    const s = score({ Mb: 2, Id: 3, Lf: 3, Sp: 4 });
    expect(s.ds.value).toBe(45.5);
    expect(Math.round(s.ds.value ?? 0)).toBe(46);
  });

  it('is 0 for a fully digital step without media breaks, whatever else holds', () => {
    expect(score({ Mb: 0, Id: 5, Lf: 5, Sp: 5 }).ds.value).toBe(0);
  });

  it('cuts, not erases, the potential when the legal form cannot be replaced', () => {
    // need = 0.6·n(5) + 0.4·(1 − n(1)) = 1; enablers = 0.6·n(1) + 0.4·n(1) = 0 → DS = 100 × 1 × 0.25
    expect(score({ Mb: 3, Id: 1, Lf: 1, Sp: 1 }).ds.value).toBeCloseTo(25);
  });

  it('re-normalises over the answered parts of need and counts enablers as 1 when neither is answered', () => {
    // Mb 2 → level 4 → n = 0.75; need = 0.6·0.75 / 0.6 = 0.75; DS = 100 × 0.75 × (0.25 + 0.75 × 1) = 75
    const s = score({ Mb: 2 });
    expect(s.ds.value).toBeCloseTo(75);
    // completeness = 0.6 of the weight 0.6 + 0.4 + 0.6 + 0.4 = 2 → 0.3 < 0.5
    expect(s.ds.completeness).toBeCloseTo(0.3);
    expect(s.ds.incomplete).toBe(true);
  });

  it('re-normalises the enablers over the answered one', () => {
    // need = 1 − n(2) = 0.75; enablers = n(Sp 4) = 0.75 → DS = 100 × 0.75 × (0.25 + 0.75 × 0.75) = 60.9375
    const s = score({ Id: 2, Sp: 4 });
    expect(s.ds.value).toBeCloseTo(60.9375);
    expect(s.ds.completeness).toBeCloseTo((0.4 + 0.4) / 2);
  });

  it('is complete enough after the quick check (Mb, Id, Sp)', () => {
    // need = 0.6·n(3) + 0.4·(1 − n(1)) = 0.3 + 0.4 = 0.7; enablers = n(5) = 1 → DS = 70
    const s = score({ Mb: 1, Id: 1, Sp: 5 });
    expect(s.ds.value).toBeCloseTo(70);
    expect(s.ds.completeness).toBeCloseTo((0.6 + 0.4 + 0.4) / 2);
    expect(s.ds.incomplete).toBe(false);
  });

  it('has no value with neither Mb nor Id answered', () => {
    const s = score({ Lf: 5, Sp: 5 });
    expect(s.ds.value).toBeNull();
    expect(s.ds.completeness).toBeCloseTo(0.5);
    expect(s.ds.incomplete).toBe(true);
  });

  it('takes its weights and enabler base from the catalogue', () => {
    // given need weights Mb 1 / Id 0 and base 0.5: need = n(3) = 0.5; enablers = n(3) = 0.5
    const cat = withCatalogue((c) => {
      c.weights.dsNeed = { Mb: 1, Id: 0 };
      c.thresholds.dsEnablerBase = 0.5;
    });
    // then DS = 100 × 0.5 × (0.5 + 0.5 × 0.5) = 37.5
    expect(score({ Mb: 1, Id: 1, Lf: 3, Sp: 3 }, {}, cat).ds.value).toBeCloseTo(37.5);
  });
});

describe('automation score AS', () => {
  it('is 100 × the mean of n(R), n(Id), n(Is), n(Va)', () => {
    // mean(n(5), n(4), n(3), n(2)) = (1 + 0.75 + 0.5 + 0.25) / 4 = 0.625
    const s = score({ R: 5, Id: 4, Is: 3, Va: 2 });
    expect(s.as.value).toBeCloseTo(62.5);
    expect(s.as.completeness).toBe(1);
  });

  it.each([
    [5, 100 * (1 - 0.025)],
    [4, 100 * (1 - 0.075)],
    [3, 100 * (1 - 0.15)],
    [2, 100 * (1 - 0.275)],
    [1, 100 * (1 - 0.5)],
  ] as const)('takes off the exception share of class Ex = %i', (ex, expected) => {
    expect(score({ R: 5, Id: 5, Is: 5, Va: 5, Ex: ex }).as.value).toBeCloseTo(expected);
  });

  it('re-normalises over the answered criteria (quick check R, Id, Is)', () => {
    // mean(n(4), n(3), n(5)) = (0.75 + 0.5 + 1) / 3 = 0.75
    const s = score({ R: 4, Id: 3, Is: 5 });
    expect(s.as.value).toBeCloseTo(75);
    expect(s.as.completeness).toBeCloseTo(0.75);
    expect(s.as.incomplete).toBe(false);
  });

  it('is shown as incomplete with only a quarter answered', () => {
    const s = score({ R: 5 });
    expect(s.as.value).toBe(100);
    expect(s.as.completeness).toBeCloseTo(0.25);
    expect(s.as.incomplete).toBe(true);
  });

  it('caps a step with discretion at 50 and flags it assistance only', () => {
    const s = score({ R: 5, Id: 5, Is: 5, Va: 5, Er: true });
    expect(s.as.value).toBe(50);
    expect(s.assistOnly).toBe(true);
    // below the cap nothing changes: mean(n(2) × 4) = 0.25 → 25
    expect(score({ R: 2, Id: 2, Is: 2, Va: 2, Er: true }).as.value).toBeCloseTo(25);
    expect(score({ R: 5, Id: 5, Is: 5, Va: 5, Er: false }).assistOnly).toBe(false);
  });

  it('takes the cap from the workspace settings', () => {
    const cat = withCatalogue((c) => {
      c.settings.discretionCap = 30;
    });
    expect(score({ R: 5, Id: 5, Is: 5, Va: 5, Er: true }, {}, cat).as.value).toBe(30);
  });
});

describe('ease of implementation EI, effort band and feasibility gate', () => {
  it('weights all six criteria', () => {
    // Ap 2 → 4 → 0.75; St 15 → 4 → 0.75; Ex 3 → 0.5; Sa 5 → 1; Vm yes → 2 → 0.25; Do 1 → 0
    const expected = 100 * (0.25 * 0.75 + 0.2 * 0.75 + 0.15 * 0.5 + 0.15 * 1 + 0.1 * 0.25 + 0.15 * 0); // 58.75
    const s = score({ Ap: 2, St: 15, Ex: 3, Sa: 5, Vm: true, Do: 1 });
    expect(s.ei.value).toBeCloseTo(expected);
    expect(s.ei.value).toBeCloseTo(58.75);
    expect(s.effort).toBe('medium');
    expect(s.ease).toBeCloseTo(58.75);
    expect(s.easeEstimated).toBe(false);
  });

  it('re-normalises over the answered and estimates ease at 50 while incomplete', () => {
    // (0.25·n(level 5) + 0.15·n(4)) / (0.25 + 0.15) = (0.25 + 0.1125) / 0.4 = 0.90625
    const s = score({ Ap: 1, Sa: 4 });
    expect(s.ei.value).toBeCloseTo(90.625);
    expect(s.ei.completeness).toBeCloseTo(0.4);
    expect(s.ei.incomplete).toBe(true);
    expect(s.effort).toBeNull();
    expect(s.ease).toBe(50);
    expect(s.easeEstimated).toBe(true);
  });

  it('uses EI as ease once at least half its weight is answered', () => {
    // Ap 1, St 5, Do 5: all level 5, weight 0.25 + 0.2 + 0.15 = 0.6
    const s = score({ Ap: 1, St: 5, Do: 5 });
    expect(s.ei.value).toBeCloseTo(100);
    expect(s.ei.completeness).toBeCloseTo(0.6);
    expect(s.ease).toBeCloseTo(100);
    expect(s.effort).toBe('low');
  });

  it('shows an EI just under a band limit with the digits that keep it under: 33.75 is "33.8", high effort', () => {
    // Ap 3 → level 3 → 0.5; St 45 → 2 → 0.25; Ex 1 → 0; Sa 2 → 0.25; Vm yes → 2 → 0.25; Do 2 → 0.25
    // EI = 100 × (0.25·0.5 + 0.2·0.25 + 0 + 0.15·0.25 + 0.1·0.25 + 0.15·0.25) = 33.75
    const s = score({ Ap: 3, St: 45, Ex: 1, Sa: 2, Vm: true, Do: 2 });
    expect(s.ei.value).toBeCloseTo(33.75);
    expect(s.effort).toBe('high');
    expect(s.ei.decimals).toBe(1);
    expect(score({ Ap: 2, St: 15, Ex: 3, Sa: 5, Vm: true, Do: 1 }).ei.decimals).toBe(0);
  });

  it('gives DS and AS the digits their recommendation limits need', () => {
    // AS = 100 × mean(n(5), n(5), n(5), n(5)) × (1 − 0.5) = 50, capped or not: whole
    expect(score({ R: 5, Id: 5, Is: 5, Va: 5, Ex: 1 }).as.decimals).toBe(0);
    // Va 4 → 0.75: mean 0.9375 → 93.75 × (1 − 0.025) = 91.40625 → whole, far from 40 and 60
    expect(score({ R: 5, Id: 5, Is: 5, Va: 4, Ex: 5 }).as.decimals).toBe(0);
    // the automate limit set to 91.2: 91.40625 shown whole (91) would fall under it, 91.4 does not
    expect(score({ R: 5, Id: 5, Is: 5, Va: 4, Ex: 5 }, {}, withCatalogue((c) => (c.thresholds.automateMinAs = 91.2))).as.decimals).toBe(1);
    // … to 91.405: 91.4 would fall under it, 91.41 does not
    expect(score({ R: 5, Id: 5, Is: 5, Va: 4, Ex: 5 }, {}, withCatalogue((c) => (c.thresholds.automateMinAs = 91.405))).as.decimals).toBe(2);
    // … to 91.5: 91.40625 is under it, and so is 91
    expect(score({ R: 5, Id: 5, Is: 5, Va: 4, Ex: 5 }, {}, withCatalogue((c) => (c.thresholds.automateMinAs = 91.5))).as.decimals).toBe(0);
    // DS limit 60: Mb 2 → level 4 → n 0.75 and Id 2 → 1 − 0.25: need 0.75; Lf 3 → 0.5, Sp 5 → 1: enablers 0.6·0.5 + 0.4 = 0.7
    // DS = 75 × (0.25 + 0.75 × 0.7) = 58.125 → whole, under 60 either way
    const ds = (digitiseMinDs: number) => score({ Mb: 2, Id: 2, Lf: 3, Sp: 5 }, {}, withCatalogue((c) => (c.thresholds.digitiseMinDs = digitiseMinDs))).ds;
    expect(ds(60).value).toBeCloseTo(58.125);
    expect(ds(60).decimals).toBe(0);
    // the digitise limit at 58.1: 58 would fall under it, 58.1 reaches it; at 58.5, 58 stays under as 58.125 does
    expect(ds(58.1).decimals).toBe(1);
    expect(ds(58.5).decimals).toBe(0);
  });

  it('counts the digits a rounded value needs to stay on its side of every limit', () => {
    expect(shownDecimals(33.75, [67, 34])).toBe(1);
    expect(shownDecimals(59.96, [40, 60])).toBe(2);
    expect(shownDecimals(60, [40, 60])).toBe(0);
    expect(shownDecimals(60.4, [40, 60])).toBe(0);
    expect(shownDecimals(39.5, [40, 60])).toBe(1);
    expect(shownDecimals(72.4, [60])).toBe(0);
    expect(shownDecimals(50, [])).toBe(0);
  });

  it('bands effort at 67 and 34', () => {
    expect([100, 67, 66.9, 34, 33.9, 0].map((ei) => effortBand(ei, th))).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high']);
  });

  it('stops at the feasibility gate when Sp ≤ 2 or Sa ≤ 2', () => {
    expect(score({ Sp: 2 }).stabiliseFirst).toBe(true);
    expect(score({ Sa: 1 }).stabiliseFirst).toBe(true);
    expect(score({ Sp: 3, Sa: 3 }).stabiliseFirst).toBe(false);
    expect(score({}).stabiliseFirst).toBe(false);
  });
});

describe('benefit', () => {
  it('computes N, T, FTE, cost, H_auto, H_dig and H_saved (worked example)', () => {
    // given 10 cases a day, t 12, e 10 %, t_r 30, t_a 3, t_mb 4; AS = 100 × mean(n(4)×4) = 75
    const s = score({ R: 4, Id: 4, Is: 4, Va: 4 }, { volume: 10, period: 'daily', minutesPerCase: 12, errorRate: 0.1, reworkMinutes: 30, reviewMinutes: 3, mediaBreakMinutes: 4 });
    const N = 10 * 200; // 2,000 cases
    const T = (N * (12 + 0.1 * 30 + 3)) / 60; // 2,000 × 18 / 60 = 600 h
    const fte = T / fteHours; // 600 / 1,560
    const hAuto = (T * 75) / 100; // 450
    const hDig = (N * 4) / 60; // 133.33
    const hSaved = 0.8 * Math.min(T, hAuto + hDig * (1 - 75 / 100)); // 0.8 × 483.33 = 386.67
    // then
    const b = s.benefit!;
    expect(b.casesPerYear).toBe(2000);
    expect(b.hoursPerYear).toBeCloseTo(600);
    expect(b.fte).toBeCloseTo(fte);
    expect(b.cost).toBeCloseTo(fte * 70_000);
    expect(b.hoursAutomatable).toBeCloseTo(450);
    expect(b.hoursDigitisable).toBeCloseTo(hDig);
    expect(b.hoursSaved).toBeCloseTo(hSaved);
    expect(b.hoursSaved).toBeCloseTo(386.667, 2);
    expect(b.fteSaved).toBeCloseTo(hSaved / fteHours);
    expect(b.costSaved).toBeCloseTo((hSaved / fteHours) * 70_000);
  });

  it.each([
    ['daily', 200],
    ['weekly', 52],
    ['biweekly', 26],
    ['monthly', 12],
    ['quarterly', 4],
    ['yearly', 1],
  ] as const)('counts cases per year for the period %s', (period, m) => {
    expect(casesPerYear(3, period, catalogue)).toBe(3 * m);
  });

  it('counts the working days of the workspace for a daily volume', () => {
    const cat = withCatalogue((c) => {
      c.settings.workingDaysPerYear = 220;
    });
    expect(casesPerYear(2, 'daily', cat)).toBe(440);
  });

  it('needs volume, period and minutes per case; the other quantities default to 0', () => {
    expect(score({ R: 5 }, { volume: 100, period: 'monthly' }).benefit).toBeNull();
    expect(score({ R: 5 }, { volume: 100, minutesPerCase: 5 }).benefit).toBeNull();
    expect(score({ R: 5 }, { period: 'monthly', minutesPerCase: 5 }).benefit).toBeNull();
    // N = 100 × 12 = 1,200; T = 1,200 × 6 / 60 = 120; nothing answered → AS counts 0, t_mb 0 → H_saved 0
    const b = score({}, { volume: 100, period: 'monthly', minutesPerCase: 6 }).benefit!;
    expect(b.hoursPerYear).toBeCloseTo(120);
    expect(b.hoursAutomatable).toBe(0);
    expect(b.hoursDigitisable).toBe(0);
    expect(b.hoursSaved).toBe(0);
  });

  it('never saves more than T', () => {
    // T = 1 × 60 / 60 = 1 h; AS 75 → H_auto 0.75; H_dig = 1 × 120 / 60 = 2; 0.75 + 2 × 0.25 = 1.25 > 1
    const b = score({ R: 4, Id: 4, Is: 4, Va: 4 }, { volume: 1, period: 'yearly', minutesPerCase: 60, mediaBreakMinutes: 120 }).benefit!;
    expect(b.hoursSaved).toBeCloseTo(0.8 * 1);
  });

  it('does not count an incomplete AS towards hours (only media-break time counts)', () => {
    // AS from R alone is 100 but incomplete → AS counts 0; T = 1; H_dig = 30 / 60 = 0.5
    const b = score({ R: 5 }, { volume: 1, period: 'yearly', minutesPerCase: 60, mediaBreakMinutes: 30 }).benefit!;
    expect(b.hoursAutomatable).toBe(0);
    expect(b.hoursSaved).toBeCloseTo(0.8 * Math.min(1, 0 + 0.5 * (1 - 0)));
  });

  it('takes the realisation factor, hours per day and FTE cost from the settings', () => {
    const cat = withCatalogue((c) => {
      c.settings.realisationFactor = 1;
      c.settings.hoursPerDay = 8;
      c.settings.fteCostPerYear = 80_000;
    });
    // T = 10 × 60 / 60 = 10; AS 100 → H_saved = 1 × min(10, 10) = 10; FTE = 10 / (200 × 8)
    const b = score({ R: 5, Id: 5, Is: 5, Va: 5 }, { volume: 10, period: 'yearly', minutesPerCase: 60 }, cat).benefit!;
    expect(b.hoursSaved).toBeCloseTo(10);
    expect(b.fte).toBeCloseTo(10 / 1600);
    expect(b.costSaved).toBeCloseTo((10 / 1600) * 80_000);
  });
});

describe('already automated and not applicable steps', () => {
  it('starts a service task without answers as already automated', () => {
    const s = scoreStep(makeStep('svc', 0, 'bpmn:ServiceTask'), undefined, catalogue);
    expect(s.automated).toBe(true);
    expect(s.recommendation).toBe('automated');
    expect(s.priorityIndex).toBe(0);
    expect(s.priorityHours).toBe(0);
  });

  it('gives an already automated step no further benefit but keeps its human hours', () => {
    const step = makeStep('a');
    const s = scoreStep(step, assess(step, { R: 5, Id: 5, Is: 5, Va: 5, Mb: 2 }, { volume: 10, period: 'yearly', minutesPerCase: 60, mediaBreakMinutes: 6 }, { alreadyAutomated: true }), catalogue);
    expect(s.benefit!.hoursPerYear).toBeCloseTo(10);
    expect(s.benefit!.hoursAutomatable).toBe(0);
    expect(s.benefit!.hoursSaved).toBe(0);
    expect(s.benefit!.costSaved).toBe(0);
    expect(s.recommendation).toBe('automated');
  });

  it('given an already automated step that fails the feasibility gate and has discretion, then it is neither "stabilise first" nor "assist only": its recommendation "automated" comes first (QA: the panel said "Nicht jetzt: erst stabilisieren" beside "automatisiert")', () => {
    const step = makeStep('a');
    const answers = { R: 4, Id: 4, Is: 4, Mb: 1, Sp: 2, Er: true } as const;
    const automated = scoreStep(step, assess(step, answers, {}, { alreadyAutomated: true }), catalogue);
    const manual = scoreStep(step, assess(step, answers, {}), catalogue);

    expect(automated.recommendation).toBe('automated');
    expect(automated.stabiliseFirst).toBe(false);
    expect(automated.assistOnly).toBe(false);
    // the same answers on a step not yet automated fail the gate and are capped
    expect(manual.stabiliseFirst).toBe(true);
    expect(manual.assistOnly).toBe(true);
  });

  it('scores a not applicable step as nothing', () => {
    const step = makeStep('na');
    const s = scoreStep(step, assess(step, { R: 5, Mb: 2 }, { volume: 1, period: 'daily', minutesPerCase: 5 }, { notApplicable: true }), catalogue);
    expect(s.applicable).toBe(false);
    expect(s.recommendation).toBe('none');
    expect(s.ds.value).toBeNull();
    expect(s.as.value).toBeNull();
    expect(s.benefit).toBeNull();
    expect(s.priorityIndex).toBeNull();
    expect(s.mediaBreaks).toBeNull();
  });
});

describe('priority', () => {
  it('ranks on a quick check alone with the estimated ease 50', () => {
    // AS = 100 × mean(n(4), n(3), n(5)) = 75; DS: need = 0.6·n(3) + 0.4·(1 − n(3)) = 0.5, enablers n(5) = 1 → 50
    const s = score({ R: 4, Id: 3, Is: 5, Mb: 1, Sp: 5 });
    expect(s.ds.value).toBeCloseTo(50);
    expect(s.priorityIndex).toBeCloseTo((Math.max(75, 50) * 50) / 100); // 37.5
    expect(s.easeEstimated).toBe(true);
    expect(s.priorityHours).toBeNull();
  });

  it('uses EI as ease and H_saved for the hours priority', () => {
    // AS 100; EI from Ap 1 → 5, St 5 → 5, Do 3 (weight 0.25 + 0.2 + 0.15 = 0.6, re-normalised)
    const ei = (100 * (0.25 * 1 + 0.2 * 1 + 0.15 * 0.5)) / 0.6; // 87.5
    // T = 10 h, H_saved = 0.8 × min(10, 10) = 8
    const s = score({ R: 5, Id: 5, Is: 5, Va: 5, Ap: 1, St: 5, Do: 3 }, { volume: 10, period: 'yearly', minutesPerCase: 60 });
    expect(s.ei.value).toBeCloseTo(87.5);
    expect(s.priorityIndex).toBeCloseTo((100 * ei) / 100);
    expect(s.priorityHours).toBeCloseTo((8 * ei) / 100); // 7
  });

  it('has no priority while both scores are incomplete', () => {
    expect(score({ R: 5 }).priorityIndex).toBeNull();
  });
});

describe('recommendation (first rule that matches)', () => {
  const full = { Va: 5 } as const;
  it.each<[string, Answers, string]>([
    ['nothing answered → open', {}, 'open'],
    ['only incomplete scores → open', { R: 5, Lf: 5 }, 'open'],
    ['gate wins over automate', { R: 5, Id: 5, Is: 5, ...full, Sp: 2 }, 'stabilise'],
    ['discretion with AS ≥ 40 → assist', { R: 5, Id: 5, Is: 5, ...full, Er: true }, 'assist'],
    ['discretion with AS < 40 → keep', { R: 2, Id: 2, Is: 2, Va: 2, Er: true, Mb: 0 }, 'keep'],
    ['AS ≥ 60 → automate', { R: 5, Id: 4, Is: 3, Va: 2 }, 'automate'],
    ['DS ≥ 60 and AS < 60 → digitise', { R: 1, Is: 1, Mb: 3, Id: 1, Sp: 5 }, 'digitise'],
    ['neither → keep', { R: 3, Id: 3, Is: 3, Mb: 1, Sp: 3 }, 'keep'],
  ])('%s', (_name, answers, expected) => {
    expect(score(answers).recommendation).toBe(expected);
  });

  it('takes the thresholds from the catalogue', () => {
    // AS 62.5 no longer reaches a threshold of 70; DS has no value → keep
    const cat = withCatalogue((c) => {
      c.thresholds.automateMinAs = 70;
    });
    expect(score({ R: 5, Id: 4, Is: 3, Va: 2 }, {}, cat).recommendation).toBe('keep');
  });

  it('counts overall completeness over all 14 criteria', () => {
    expect(score({ R: 5, Id: 4, Is: 3, Mb: 0, Sp: 2, Vm: false, Er: false }).completeness).toBeCloseTo(7 / 14);
    expect(score({}).completeness).toBe(0);
  });
});

describe('process figures', () => {
  const stepA = makeStep('A', 0);
  const stepB = makeStep('B', 1);
  const stepC = makeStep('C', 2);
  const stepD = makeStep('D', 3);
  const steps = [stepA, stepB, stepC, stepD];
  const assessments = new Map<string, StepAssessment>([
    // A: T = 10 × 60 / 60 = 10 h, AS 100 → H_auto 10, H_saved = 0.8 × 10 = 8
    ['A', assess(stepA, { R: 5, Id: 5, Is: 5, Va: 5, Mb: 2, Ap: 1, St: 5, Do: 5 }, { volume: 10, period: 'yearly', minutesPerCase: 60 })],
    // B: T = 30 h, AS 0 → H_auto 0, H_saved 0
    ['B', assess(stepB, { R: 1, Id: 1, Is: 1, Va: 1, Mb: 0, Ap: 10, St: 60, Do: 1 }, { volume: 30, period: 'yearly', minutesPerCase: 60 })],
    // C: not applicable, left out of every sum
    ['C', assess(stepC, { R: 5, Mb: 3, Ap: 1, St: 1, Do: 5 }, { volume: 1000, period: 'daily', minutesPerCase: 60 }, { notApplicable: true })],
    // D: one media break, no quantities, nothing else
    ['D', assess(stepD, { Mb: 1 })],
  ]);

  it('weights the process automation potential by hours, not a mean of AS', () => {
    const { figures } = scoreProcess(steps, assessments, catalogue);
    // Σ H_auto / Σ T = 10 / (10 + 30) = 0.25; the mean of AS (100 and 0) would be 50 %
    expect(figures.automationPotential).toBeCloseTo(0.25);
    expect(figures.hoursPerYear).toBeCloseTo(40);
    expect(figures.hoursSaved).toBeCloseTo(8);
    expect(figures.fte).toBeCloseTo(40 / fteHours);
    expect(figures.fteSaved).toBeCloseTo(8 / fteHours);
    expect(figures.cost).toBeCloseTo((40 / fteHours) * 70_000);
    expect(figures.costSaved).toBeCloseTo((8 / fteHours) * 70_000);
  });

  it('given a step with quantities and no automation answers, then its saving is provisional and the figures count it', () => {
    // given: A and B as above, both AS complete; E has quantities and a media-break time only
    const stepE = makeStep('E', 4);
    const withE = new Map(assessments).set('E', assess(stepE, {}, { volume: 60, period: 'yearly', minutesPerCase: 10, mediaBreakMinutes: 5 }));
    // when
    const { scores, figures } = scoreProcess([...steps, stepE], withE, catalogue);
    // then: E saves r × H_dig = 0.8 × 60 × 5 / 60 = 4 h for now; A, B, not applicable C and D without quantities are final
    expect(scores.get('E')!.benefit!.hoursSaved).toBeCloseTo(4);
    expect(['A', 'B', 'C', 'D', 'E'].map((id) => savingIsProvisional(scores.get(id)!))).toEqual([false, false, false, false, true]);
    expect(figures.provisionalSavingCount).toBe(1);
    expect(scoreProcess(steps, assessments, catalogue).figures.provisionalSavingCount).toBe(0);
  });

  it('given an already automated step with quantities and no answers, then its saving of 0 is final', () => {
    const automated = new Map(assessments).set('A', assess(stepA, {}, { volume: 10, period: 'yearly', minutesPerCase: 60 }, { alreadyAutomated: true }));
    const { scores, figures } = scoreProcess(steps, automated, catalogue);
    expect(savingIsProvisional(scores.get('A')!)).toBe(false);
    expect(figures.provisionalSavingCount).toBe(0);
  });

  it('sums media breaks and lists the steps where they occur, without not applicable steps', () => {
    const { figures } = scoreProcess(steps, assessments, catalogue);
    expect(figures.mediaBreaks).toBe(2 + 1);
    expect(figures.mediaBreakSteps).toEqual(['A', 'D']);
  });

  it('given no applicable step has answered Mb, when summed, then the media breaks are not recorded (null), not 0', () => {
    // given: B answers Mb 0 but is left out here; C answers Mb 3 but is not applicable
    const unanswered = new Map(assessments).set('A', assess(stepA, { R: 5, Id: 5 })).set('D', assess(stepD, { R: 2 }));
    // when
    const { figures } = scoreProcess([stepA, stepC, stepD], unanswered, catalogue);
    // then
    expect(figures.mediaBreaks).toBeNull();
    expect(figures.mediaBreakSteps).toEqual([]);
  });

  it('given one step answers Mb with 0, when summed, then the media breaks are recorded as 0', () => {
    const { figures } = scoreProcess([stepB, stepC], assessments, catalogue);
    expect(figures.mediaBreaks).toBe(0);
    expect(figures.mediaBreakSteps).toEqual([]);
  });

  it('counts steps, applicable and scored steps, and the mean of complete EIs', () => {
    const { figures } = scoreProcess(steps, assessments, catalogue);
    expect(figures.stepCount).toBe(4);
    expect(figures.applicableCount).toBe(3);
    // A and B have quantities; C's are left out (not applicable), D has none
    expect(figures.withQuantitiesCount).toBe(2);
    // D has only an incomplete DS → open
    expect(figures.scoredCount).toBe(2);
    // EI A: Ap 1, St 5, Do 5 → 100; B: Ap 10 → 1, St 60 → 1, Do 1 → 0
    expect(figures.meanEase).toBeCloseTo((100 + 0) / 2);
  });

  it('given D has answered none of the ease criteria, when summed, then the mean EI says it rests on 2 of the 3 applicable steps', () => {
    // A and B answer Ap, St and Do (weights 0.25 + 0.20 + 0.15 = 60 % ≥ 50 %); D answers only Mb; C is not applicable
    const { figures } = scoreProcess(steps, assessments, catalogue);
    expect(figures.easeCount).toBe(2);
    expect(figures.applicableCount).toBe(3);
  });

  it('ranks by the index while a step lacks quantities and says so', () => {
    const { figures } = scoreProcess(steps, assessments, catalogue);
    expect(figures.ranking.basis).toBe('index');
    // A: max(AS 100, DS) × EI 100 / 100 = 100; B: AS 0, DS: need = 0.6·0 + 0.4·1 = 0.4 → 40, × EI 0 → 0
    expect(figures.ranking.ranked.map((s) => s.stepId)).toEqual(['A', 'B']);
  });

  it('ranks by hours once every applicable step has quantities', () => {
    const { figures } = scoreProcess([stepA, stepB, stepC], assessments, catalogue);
    expect(figures.ranking.basis).toBe('hours');
    expect(figures.ranking.ranked[0].priorityHours).toBeCloseTo((8 * 100) / 100);
  });

  it('has no automation potential without quantities', () => {
    const { figures } = scoreProcess([stepD], assessments, catalogue);
    expect(figures.automationPotential).toBeNull();
    expect(figures.meanEase).toBeNull();
    expect(figures.easeCount).toBe(0);
    expect(figures.ranking.ranked).toEqual([]);
  });

  it('gives the same figures after re-scoring only the changed step', () => {
    // given
    const { scores } = scoreProcess(steps, assessments, catalogue);
    const changed = assess(stepD, { Mb: 3, Id: 1, Sp: 5, R: 2 });
    // when
    scores.set('D', scoreStep(stepD, changed, catalogue));
    const incremental = figuresFromScores(steps, scores, catalogue);
    // then
    const full: ProcessFigures = scoreProcess(steps, new Map(assessments).set('D', changed), catalogue).figures;
    expect(incremental).toEqual(full);
    expect(incremental.mediaBreaks).toBe(2 + 3);
  });
});

describe('rankSteps', () => {
  it('breaks ties by process order', () => {
    // given two equal steps, the later one first in the array
    const first = makeStep('first', 1);
    const second = makeStep('second', 2);
    const answers: Answers = { R: 4, Id: 4, Is: 4 };
    const map = new Map([
      ['second', assess(second, answers)],
      ['first', assess(first, answers)],
    ]);
    const { figures } = scoreProcess([second, first], map, catalogue);
    expect(figures.ranking.ranked.map((s) => s.stepId)).toEqual(['first', 'second']);
  });

  it('leaves out automated and not applicable steps and ranks descending', () => {
    const a = scoreStep(makeStep('a'), assess(makeStep('a'), { R: 3, Id: 3, Is: 3 }), catalogue);
    const b = scoreStep(makeStep('b'), assess(makeStep('b'), { R: 5, Id: 5, Is: 5 }), catalogue);
    const auto = scoreStep(makeStep('c', 0, 'bpmn:ScriptTask'), undefined, catalogue);
    const na = scoreStep(makeStep('d'), assess(makeStep('d'), {}, {}, { notApplicable: true }), catalogue);
    const ranking = rankSteps([a, auto, na, b]);
    expect(ranking.basis).toBe('index');
    expect(ranking.ranked.map((s) => s.stepId)).toEqual(['b', 'a']);
  });

  it('counts an automated step without quantities as known (0 hours) for the hours basis', () => {
    const q: Quantities = { volume: 1, period: 'yearly', minutesPerCase: 60 };
    const a = scoreStep(makeStep('a'), assess(makeStep('a'), { R: 5, Id: 5, Is: 5 }, q), catalogue);
    const auto = scoreStep(makeStep('c', 0, 'bpmn:ServiceTask'), undefined, catalogue);
    expect(rankSteps([a, auto]).basis).toBe('hours');
  });
});

describe('rankProcesses', () => {
  it('ranks by Σ H_saved and by mean EI, processes without EI last, ties in input order', () => {
    const items = [
      { processId: 'p1', figures: testFigures({ withQuantitiesCount: 1, hoursSaved: 5, meanEase: 40 }) },
      { processId: 'p2', figures: testFigures({ withQuantitiesCount: 1, hoursSaved: 20, meanEase: null }) },
      { processId: 'p3', figures: testFigures({ withQuantitiesCount: 1, hoursSaved: 10, meanEase: 80 }) },
      { processId: 'p4', figures: testFigures({ withQuantitiesCount: 1, hoursSaved: 10, meanEase: 40 }) },
    ];
    const ranking = rankProcesses(items);
    expect(ranking.byHoursSaved.map((i) => i.processId)).toEqual(['p2', 'p3', 'p4', 'p1']);
    expect(ranking.byMeanEase.map((i) => i.processId)).toEqual(['p3', 'p1', 'p4', 'p2']);
  });

  it('given a process without quantities, when ranked by hours saved, then it comes after every process with quantities, a 0-hour one included', () => {
    const items = [
      { processId: 'unmeasured', figures: testFigures({ withQuantitiesCount: 0, meanEase: 90 }) },
      { processId: 'zero', figures: testFigures({ withQuantitiesCount: 2, hoursSaved: 0 }) },
      { processId: 'ten', figures: testFigures({ withQuantitiesCount: 1, hoursSaved: 10 }) },
    ];
    expect(rankProcesses(items).byHoursSaved.map((i) => i.processId)).toEqual(['ten', 'zero', 'unmeasured']);
  });
});

describe('priorityStatus (how every view reads a step priority)', () => {
  const step = makeStep('t');
  const quantities: Quantities = { volume: 10, period: 'yearly', minutesPerCase: 60 };
  const score = (answers: Answers, amounts: Quantities = {}, flags: Parameters<typeof assess>[3] = {}) => scoreStep(step, assess(step, answers, amounts, flags), catalogue);

  it('not applicable, automated and too little answered come before any number', () => {
    const full: Answers = { R: 5, Id: 5, Is: 5, Va: 5, Mb: 2 };
    expect(priorityStatus(score(full, quantities, { notApplicable: true }))).toBe('notApplicable');
    // an automated step's priority is 0 in the engine, but it reads "erledigt", not 0
    const automated = score(full, quantities, { alreadyAutomated: true });
    expect(automated.priorityIndex).toBe(0);
    expect(priorityStatus(automated)).toBe('automated');
    expect(priorityStatus(score({ R: 5 }, quantities))).toBe('incomplete');
  });

  it('a step without quantities has an index but no hours: a value on the index basis, none on the hours basis', () => {
    const answered = score({ R: 5, Id: 5, Is: 5, Va: 5, Mb: 2 });
    expect(answered.priorityIndex).not.toBeNull();
    expect(answered.priorityHours).toBeNull();
    expect(priorityStatus(answered, 'index')).toBe('value');
    expect(priorityStatus(answered, 'hours')).toBe('none');
    expect(priorityStatus(answered)).toBe('value');
    expect(priorityShown(answered)).toBe(true);
    expect(priorityStatus(score({ R: 5, Id: 5, Is: 5, Va: 5, Mb: 2 }, quantities), 'hours')).toBe('value');
  });
});
