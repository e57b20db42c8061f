// Which quantities a step's benefit estimate needs (volume, period, minutes per case; the other
// times count as 0), the one place that says so: scoring's `benefit` has an estimate exactly when
// `hasRequiredQuantities` holds. And what keeps a step from its estimate: nothing given at all, or
// which of the needed quantities are still missing. The views and the exports say it in words
// ("Zeitraum fehlt"), so that entries which do not yet give hours never look lost.
import type { Quantities } from './assessment';

/** the quantities without which a step has no benefit estimate, in the order the panel asks them */
export const requiredQuantities = ['volume', 'period', 'minutesPerCase'] as const;
export type RequiredQuantity = (typeof requiredQuantities)[number];

/** Whether every quantity the benefit estimate needs is given. */
export function hasRequiredQuantities(quantities: Quantities): quantities is Quantities & Required<Pick<Quantities, RequiredQuantity>> {
  return requiredQuantities.every((field) => quantities[field] !== undefined);
}

export type BenefitGap = { kind: 'nothingGiven' } | { kind: 'missing'; fields: readonly RequiredQuantity[] };

/** Why the step has no benefit estimate; null when every quantity it needs is given. */
export function benefitGap(quantities: Quantities): BenefitGap | null {
  const missing = requiredQuantities.filter((field) => quantities[field] === undefined);
  if (missing.length === 0) return null;
  const anyGiven = Object.values(quantities).some((value) => value !== undefined);
  return anyGiven ? { kind: 'missing', fields: missing } : { kind: 'nothingGiven' };
}
