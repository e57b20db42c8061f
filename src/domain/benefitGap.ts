// What keeps a step from its benefit estimate: nothing given at all, or which of the quantities the
// estimate needs (volume, period, minutes per case; scoring's `benefit` is null without any of
// them, the other times count as 0) are still missing. The views say it in words ("Zeitraum
// fehlt"), so that entries which do not yet give hours never look lost.
import type { Quantities } from './assessment';

/** the quantities without which a step has no benefit estimate, in the order the panel asks them */
export const requiredQuantities = ['volume', 'period', 'minutesPerCase'] as const;
export type RequiredQuantity = (typeof requiredQuantities)[number];

export type BenefitGap = { kind: 'nothingGiven' } | { kind: 'missing'; fields: readonly RequiredQuantity[] };

/** Why the step has no benefit estimate; null when every quantity it needs is given. */
export function benefitGap(quantities: Quantities): BenefitGap | null {
  const missing = requiredQuantities.filter((field) => quantities[field] === undefined);
  if (missing.length === 0) return null;
  const anyGiven = Object.values(quantities).some((value) => value !== undefined);
  return anyGiven ? { kind: 'missing', fields: missing } : { kind: 'nothingGiven' };
}
