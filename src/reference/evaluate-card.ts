/**
 * One card × one month of category spend → the full breakdown CardGenius computes, with the
 * contract's decimal discipline (docs/calculation-contract.md). Pure: no I/O, no clock.
 */
import type { Card, CategoryRule, EarnRate, Milestone } from '../catalog/rule-tree.js';
import {
  Decimal,
  INTERNAL_SCALE,
  OUTPUT_SCALE,
  ZERO,
  divideRounded,
  max,
  min,
  roundHalfAway,
  sum,
} from '../contract/decimal.js';

/** Monthly spend (₹) per category; lounge categories hold visits per quarter. Absent = 0. */
export type CategorySpend = ReadonlyMap<string, Decimal>;

export interface SegmentBreakdown {
  /** The spend this segment priced (a slab's or tier's slice, or the whole category spend). */
  readonly spend: Decimal;
  readonly earn: EarnRate;
  /** Units earned by this segment, after its own cap if it has one (layers). */
  readonly units: Decimal;
}

export interface CategoryBreakdown {
  readonly category: string;
  readonly kind: CategoryRule['kind'] | 'none';
  readonly spend: Decimal;
  readonly segments: readonly SegmentBreakdown[];
  /** Units earned before the category cap. */
  readonly earned: Decimal;
  readonly categoryCapHit: boolean;
  /** Units after the category cap and the card-wide cap: what the card pays. */
  readonly units: Decimal;
  readonly cardCapHit: boolean;
  /** ₹ per month (units × point value, or the lounge value). */
  readonly rupees: Decimal;
}

export interface MilestoneBreakdown {
  readonly milestone: Milestone;
  readonly eligible: boolean;
  /** ₹ per year this milestone is worth when eligible. */
  readonly yearlyValue: Decimal;
}

export interface CardEvaluation {
  readonly card: Card;
  readonly categories: readonly CategoryBreakdown[];
  readonly monthlySavings: Decimal;
  readonly totalSavingsYearly: Decimal;
  /** Spend over the categories the card has a (non-lounge) rule for, whatever its rate. */
  readonly beneficialSpend: Decimal;
  readonly totalSpend: Decimal;
  readonly milestones: readonly MilestoneBreakdown[];
  readonly totalExtraBenefits: Decimal;
  readonly annualFeeWaived: boolean;
  readonly annualFeePayable: Decimal;
  readonly travelBenefitYearly: Decimal;
  /** CardGenius's ranking value: yearly + extra + travel − annual fee after waiver. */
  readonly roi: Decimal;
  /** The PRD's ranking value: yearly − joining fee + extra benefits. */
  readonly netSavings: Decimal;
  readonly joiningFees: Decimal;
}

const TWELVE = new Decimal(12);
const THIRTY = new Decimal(30);
const THREE = new Decimal(3);
const DAYS_PER_YEAR = 365;

export function earnUnits(spend: Decimal, earn: EarnRate): Decimal {
  return divideRounded(spend.times(earn.units), earn.per, INTERNAL_SCALE);
}

/** The part of [from, to) that `spendFrom..spendTo` covers (to = null: open-ended). */
function overlap(spendFrom: Decimal, spendTo: Decimal, from: Decimal, to: Decimal | null): Decimal {
  const upper = to === null ? spendTo : min(spendTo, to);
  return max(upper.minus(max(spendFrom, from)), ZERO);
}

function capped(value: Decimal, cap: Decimal | null): Decimal {
  return cap === null ? value : min(value, cap);
}

/** Segments a rule prices `spend` into; `tierSpendBefore` is the card's tiered spend so far. */
function priceSegments(rule: Exclude<CategoryRule, { kind: 'lounge' }>, card: Card, spend: Decimal, tierSpendBefore: Decimal): SegmentBreakdown[] {
  switch (rule.kind) {
    case 'flat':
      return [{ spend, earn: rule.earn, units: earnUnits(spend, rule.earn) }];
    case 'slabs': {
      let from = ZERO;
      return rule.slabs.map((slab) => {
        const slice = overlap(ZERO, spend, from, slab.upTo);
        from = slab.upTo ?? from;
        return { spend: slice, earn: slab.earn, units: earnUnits(slice, slab.earn) };
      });
    }
    case 'layered':
      return rule.layers.map((layer) => ({
        spend,
        earn: layer.earn,
        units: capped(earnUnits(spend, layer.earn), layer.cap),
      }));
    case 'tiered': {
      let from = ZERO;
      return card.tiers.map((tier) => {
        const slice = overlap(tierSpendBefore, tierSpendBefore.plus(spend), from, tier.upTo);
        from = tier.upTo ?? from;
        return { spend: slice, earn: tier.earn, units: earnUnits(slice, tier.earn) };
      });
    }
    default: {
      const unreachable: never = rule;
      throw new Error(`unknown rule ${JSON.stringify(unreachable)}`);
    }
  }
}

/** Multiplier turning a milestone of `days` into a yearly value: 12, 4, 2, 1 for 30, 90, 180, 365. */
export function milestonesPerYear(days: number): number {
  return Math.floor(DAYS_PER_YEAR / days);
}

export function evaluateCard(card: Card, spendByCategory: CategorySpend): CardEvaluation {
  const categories: CategoryBreakdown[] = [];
  let tierSpend = ZERO;
  let cardUnits = ZERO; // units paid so far against the card-wide cap
  let beneficialSpend = ZERO;
  let totalSpend = ZERO;

  for (const category of card.processingOrder) {
    const spend = spendByCategory.get(category) ?? ZERO;
    totalSpend = totalSpend.plus(spend);
    const entry = card.rules.get(category);
    if (!entry) {
      categories.push({ category, kind: 'none', spend, segments: [], earned: ZERO, categoryCapHit: false, units: ZERO, cardCapHit: false, rupees: ZERO });
      continue;
    }
    const rule = entry.rule;
    if (spend.isZero()) {
      // Nothing spent earns nothing under every rule kind (and consumes no cap or tier).
      categories.push({ category, kind: rule.kind, spend, segments: [], earned: ZERO, categoryCapHit: false, units: ZERO, cardCapHit: false, rupees: ZERO });
      continue;
    }
    if (rule.kind === 'lounge') {
      const visits = rule.allowancePerQuarter === null ? spend : min(spend, rule.allowancePerQuarter);
      const rupees = divideRounded(visits.times(rule.visitValue), THREE, INTERNAL_SCALE);
      categories.push({ category, kind: 'lounge', spend, segments: [], earned: ZERO, categoryCapHit: false, units: ZERO, cardCapHit: false, rupees });
      continue;
    }
    // CardGenius's total_beneficial_spends sums every category the card prices, whatever the rate
    // (a rate-0 rule counts: 138/138 cards of the 2026-04 reference response).
    beneficialSpend = beneficialSpend.plus(spend);
    const segments = priceSegments(rule, card, spend, tierSpend);
    if (rule.kind === 'tiered') tierSpend = tierSpend.plus(spend);
    const earned = sum(segments.map((segment) => segment.units));
    const afterCategoryCap = capped(earned, rule.cap);
    // The card-wide cap is consumed in processing order: this category gets what is left.
    const units = card.cardCap === null ? afterCategoryCap : min(afterCategoryCap, max(card.cardCap.minus(cardUnits), ZERO));
    cardUnits = cardUnits.plus(units);
    const pointValue = entry.pointValue ?? card.pointValue;
    categories.push({
      category,
      kind: rule.kind,
      spend,
      segments,
      earned,
      categoryCapHit: afterCategoryCap.lessThan(earned),
      units,
      cardCapHit: units.lessThan(afterCategoryCap),
      rupees: roundHalfAway(units.times(pointValue), INTERNAL_SCALE),
    });
  }

  const monthlySavings = sum(categories.map((category) => category.rupees));
  const totalSavingsYearly = roundHalfAway(monthlySavings.times(TWELVE), OUTPUT_SCALE);

  const milestones = card.milestones.map((milestone): MilestoneBreakdown => {
    // beneficial × days / 30 ≥ minSpend, kept division-free; nothing is earned on zero spend.
    const eligible = beneficialSpend.greaterThan(0) && beneficialSpend.times(milestone.days).greaterThanOrEqualTo(milestone.minSpend.times(THIRTY));
    const perOccurrence = milestone.voucher.plus(milestone.points.times(card.pointValue));
    return { milestone, eligible, yearlyValue: eligible ? perOccurrence.times(milestonesPerYear(milestone.days)) : ZERO };
  });
  const totalExtraBenefits = roundHalfAway(sum(milestones.map((milestone) => milestone.yearlyValue)), OUTPUT_SCALE);

  const waiver = card.fees.annualWaiver;
  const annualFeeWaived = waiver !== null && (waiver.minYearlySpend === null || totalSpend.times(TWELVE).greaterThanOrEqualTo(waiver.minYearlySpend));
  const annualFeePayable = annualFeeWaived ? ZERO : card.fees.annual;
  const loungeMonthly = sum(categories.filter((category) => category.kind === 'lounge').map((category) => category.rupees));
  const travelBenefitYearly = roundHalfAway(loungeMonthly.times(TWELVE), OUTPUT_SCALE);
  const roi = totalSavingsYearly.plus(totalExtraBenefits).plus(travelBenefitYearly).minus(annualFeePayable);
  const netSavings = totalSavingsYearly.minus(card.fees.joining).plus(totalExtraBenefits);

  return {
    card,
    categories,
    monthlySavings,
    totalSavingsYearly,
    beneficialSpend,
    totalSpend,
    milestones,
    totalExtraBenefits,
    annualFeeWaived,
    annualFeePayable,
    travelBenefitYearly,
    roi,
    netSavings,
    joiningFees: card.fees.joining,
  };
}
