// benefitGap against scoring's benefit: a gap exactly when there is no estimate, naming the needed
// quantities that are missing, and "nothing given" only when no quantity at all is.
import { describe, expect, it } from 'vitest';
import type { Quantities } from './assessment';
import { benefitGap, requiredQuantities } from './benefitGap';
import { createDefaultCatalogue } from './criteria';
import { benefit } from './scoring';

const given: Required<Quantities> = { volume: 10, period: 'weekly', minutesPerCase: 5, errorRate: 0.1, reworkMinutes: 3, reviewMinutes: 2, mediaBreakMinutes: 1 };

/** every subset of the required quantities left out, with the other times given or not */
const cases = requiredQuantities
  .reduce<(typeof requiredQuantities)[number][][]>((subsets, field) => [...subsets, ...subsets.map((subset) => [...subset, field])], [[]])
  .flatMap((left) => [true, false].map((withOthers) => ({ left, withOthers })));

describe('benefitGap', () => {
  it.each(cases)('given the needed quantities without $left (other times given: $withOthers), then it has a gap exactly when benefit has no estimate', ({ left, withOthers }) => {
    const quantities: Quantities = withOthers ? { ...given } : { volume: given.volume, period: given.period, minutesPerCase: given.minutesPerCase };
    for (const field of left) delete quantities[field];

    const gap = benefitGap(quantities);
    const estimate = benefit(quantities, 50, false, createDefaultCatalogue());

    expect(gap === null).toBe(estimate !== null);
    if (gap === null) return;
    const nothingGiven = !withOthers && left.length === requiredQuantities.length;
    expect(gap).toEqual(nothingGiven ? { kind: 'nothingGiven' } : { kind: 'missing', fields: requiredQuantities.filter((field) => left.includes(field)) });
  });

  it('given volume and minutes per case but no period, then only the period is missing', () => {
    expect(benefitGap({ volume: 10, minutesPerCase: 5 })).toEqual({ kind: 'missing', fields: ['period'] });
  });
});
