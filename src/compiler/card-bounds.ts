/**
 * Card pruning: an upper bound of a card's net savings that costs a few multiplications per user,
 * so a chunk evaluates in full only the cards that can still reach a user's top 10.
 *
 * For one card and one user (src/reference/evaluate-card.ts):
 *
 *   net      = yearly − joining + extra
 *   yearly   = ROUND(12 × Σ_c ROUND(units_c × pv_c, 6), 2)
 *   units_c  ≤ earned_c = min(Σ_segments ROUND(slice × rate, 6) (each under its layer cap), cap_c)
 *              (the card-wide cap only lowers units, and caps Σ_c units_c)
 *
 * Every ROUND adds at most ½·10⁻⁶ (½·10⁻² for the yearly one), and the slices of a slab or tier
 * rule never exceed the category spend s_c, so with R_max the highest rate of the category, the
 * bounded bands' (or capped layers') most A_c, and R_open the rate of the open band (or the sum
 * of the uncapped layers' rates):
 *
 *   yearly ≤ min( Σ_c 12·pv_c·min(R_max·s_c, A_c + R_open·s_c, cap_c), 12·max(pv)·cardCap ) + slack
 *   extra  is computed exactly (it only needs the beneficial spend)
 *
 * Every constant is rounded up, so the bound is never below the real net. A card whose bound is
 * below the user's threshold (the 10th best net among a few fully evaluated "strong" cards, a
 * lower bound of the user's real 10th best) cannot be in the user's top 10, whatever the ties.
 * The strong cards are chosen here, at compile time, from the bounds on a fixed grid of spend
 * profiles: the choice only changes speed, never a result.
 */
import type { Card, CategoryRule, EarnRate } from '../catalog/rule-tree.js';
import { Decimal, ZERO } from '../contract/decimal.js';
import { TOP_N } from '../contract/ranking.js';

const MONTHS_PER_YEAR = new Decimal(12);
/** Constants of the bound keep this many decimals, rounded up. */
const BOUND_SCALE = 10;
/** Half a unit of the internal scale (6): the most any ROUND(…, 6) adds. */
const HALF_MICRO = new Decimal('0.0000005');
/** Half a paisa: the most the yearly ROUND(…, 2) adds. */
const HALF_PAISA = new Decimal('0.005');

export interface CategoryBoundView {
  /** cg_s_<category>: the category's monthly spend column. */
  readonly spendAlias: string;
  /** 12 × pv × R_max: ₹ a year per ₹ a month of spend, at most. */
  readonly slope: string;
  /** 12 × pv × (A_c + R_open·s): present when it can be below slope × s. */
  readonly affine: { readonly intercept: string; readonly slope: string } | null;
  /** 12 × pv × the category cap (units a month). */
  readonly cap: string | null;
  /** True when more than one term is given (the template wraps them in LEAST). */
  readonly least: boolean;
}

export interface CardBoundView {
  /** Categories that can earn (a zero-rate category adds nothing but its share of the slack). */
  readonly categories: readonly CategoryBoundView[];
  /** 12 × max pv × the card-wide cap. */
  readonly cardCap: string | null;
  /** The rounding allowance, rounded up to a paisa. */
  readonly slack: string;
  /**
   * A coarser bound checked first, one multiplication: the steepest slope × the beneficial spend
   * (the sum of every priced category's spend) + the slack + every milestone. Null when the card
   * earns nothing (the fine bound is a constant then).
   */
  readonly coarse: { readonly slope: string; readonly constant: string } | null;
}

function rateOf(earn: EarnRate): Decimal {
  return earn.units.dividedBy(earn.per);
}

function roundUp(value: Decimal): Decimal {
  return value.toDecimalPlaces(BOUND_SCALE, Decimal.ROUND_UP);
}

function text(value: Decimal): string {
  return value.toFixed();
}

interface RuleShape {
  readonly maxRate: Decimal;
  /** Σ over the bounded bands (rate × width) or the capped layers (cap), and the open rate. */
  readonly affine: { readonly intercept: Decimal; readonly rate: Decimal } | null;
  readonly segments: number;
}

function ruleShape(card: Card, rule: Exclude<CategoryRule, { kind: 'lounge' }>): RuleShape {
  switch (rule.kind) {
    case 'flat':
      return { maxRate: rateOf(rule.earn), affine: null, segments: 1 };
    case 'slabs':
    case 'tiered': {
      const bands = rule.kind === 'slabs' ? rule.slabs : card.tiers;
      let intercept = ZERO;
      let openRate = ZERO;
      let from = ZERO;
      let maxRate = ZERO;
      for (const band of bands) {
        const rate = rateOf(band.earn);
        maxRate = Decimal.max(maxRate, rate);
        if (band.upTo === null) {
          openRate = Decimal.max(openRate, rate);
        } else {
          intercept = intercept.plus(rate.times(Decimal.max(band.upTo.minus(from), ZERO)));
          from = band.upTo;
        }
      }
      return { maxRate, affine: { intercept, rate: openRate }, segments: bands.length };
    }
    case 'layered': {
      let intercept = ZERO;
      let openRate = ZERO;
      let maxRate = ZERO;
      for (const layer of rule.layers) {
        const rate = rateOf(layer.earn);
        maxRate = maxRate.plus(rate);
        if (layer.cap === null) openRate = openRate.plus(rate);
        else intercept = intercept.plus(layer.cap);
      }
      return { maxRate, affine: { intercept, rate: openRate }, segments: rule.layers.length };
    }
    default: {
      const unreachable: never = rule;
      throw new Error(`unknown rule kind ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * The bound's constants for one card, over the categories the mapping prices (spendAlias);
 * `everyMilestone` is the sum of its milestones' yearly values (plan-release.ts values them).
 */
export function boundCard(card: Card, spendAlias: ReadonlyMap<string, string>, everyMilestone: Decimal): CardBoundView {
  const categories: CategoryBoundView[] = [];
  let slack = HALF_PAISA;
  let maxPointValue = ZERO;
  for (const key of card.processingOrder) {
    const entry = card.rules.get(key);
    const alias = spendAlias.get(key);
    if (!entry || alias === undefined || entry.rule.kind === 'lounge') continue;
    const pointValue = entry.pointValue ?? card.pointValue;
    maxPointValue = Decimal.max(maxPointValue, pointValue);
    const shape = ruleShape(card, entry.rule);
    const yearly = MONTHS_PER_YEAR.times(pointValue);
    // segments × ½·10⁻⁶ units, then ½·10⁻⁶ ₹ for units × pv, twelve times a year
    slack = slack.plus(MONTHS_PER_YEAR.times(HALF_MICRO.times(shape.segments).times(pointValue).plus(HALF_MICRO)));
    if (shape.maxRate.isZero()) continue;
    const slope = roundUp(yearly.times(shape.maxRate));
    const affine =
      shape.affine && shape.affine.rate.lessThan(shape.maxRate)
        ? { intercept: text(roundUp(yearly.times(shape.affine.intercept))), slope: text(roundUp(yearly.times(shape.affine.rate))) }
        : null;
    const cap = entry.rule.cap === null ? null : text(roundUp(yearly.times(entry.rule.cap)));
    categories.push({ spendAlias: alias, slope: text(slope), affine, cap, least: affine !== null || cap !== null });
  }
  const slackText = text(slack.toDecimalPlaces(2, Decimal.ROUND_UP));
  const steepest = categories.reduce((most, category) => Decimal.max(most, new Decimal(category.slope)), ZERO);
  return {
    categories,
    cardCap: card.cardCap === null || categories.length === 0 ? null : text(roundUp(MONTHS_PER_YEAR.times(maxPointValue).times(card.cardCap))),
    slack: slackText,
    coarse: categories.length === 0 ? null : { slope: text(steepest), constant: text(everyMilestone.plus(slackText)) },
  };
}

/** The milestones as the compiler renders them (plan-release.ts MilestoneView). */
export interface BoundMilestone {
  readonly threshold: string;
  readonly days: number;
  readonly value: string;
}

export interface BoundedCard {
  readonly bound: CardBoundView;
  /** Spend columns summed into the beneficial spend (the milestone base). */
  readonly beneficial: readonly string[];
  readonly milestones: readonly BoundMilestone[];
  readonly joining: string;
}

/** What the SQL's bound evaluates to for one user (spend by cg_s_ alias), in exact decimals. */
export function netUpperBound(card: BoundedCard, spend: ReadonlyMap<string, Decimal>): Decimal {
  const of = (alias: string) => spend.get(alias) ?? ZERO;
  let yearly = ZERO;
  for (const category of card.bound.categories) {
    const s = of(category.spendAlias);
    let term = s.times(category.slope);
    if (category.affine) term = Decimal.min(term, new Decimal(category.affine.intercept).plus(s.times(category.affine.slope)));
    if (category.cap !== null) term = Decimal.min(term, new Decimal(category.cap));
    yearly = yearly.plus(term);
  }
  if (card.bound.cardCap !== null) yearly = Decimal.min(yearly, new Decimal(card.bound.cardCap));
  const beneficial = card.beneficial.reduce((total, alias) => total.plus(of(alias)), ZERO);
  const extra = card.milestones.reduce(
    (total, milestone) => (beneficial.greaterThan(0) && beneficial.times(milestone.days).greaterThanOrEqualTo(milestone.threshold) ? total.plus(milestone.value) : total),
    ZERO,
  );
  return yearly.plus(card.bound.slack).plus(extra).minus(card.joining);
}

/** The coarse bound (bound.coarse) for one user; the fine bound when the card earns nothing. */
export function coarseNetUpperBound(card: BoundedCard, spend: ReadonlyMap<string, Decimal>): Decimal {
  const coarse = card.bound.coarse;
  if (coarse === null) return netUpperBound(card, spend);
  const beneficial = card.beneficial.reduce((total, alias) => total.plus(spend.get(alias) ?? ZERO), ZERO);
  return beneficial.times(coarse.slope).plus(coarse.constant).minus(card.joining);
}

/** Monthly totals and category mixes the strong cards are chosen on. */
const PROFILE_TOTALS = ['200', '500', '1000', '2000', '3500', '5000', '10000', '20000', '50000', '200000'];

/** Spend profiles over the mapped categories: each category alone, an even split, a skewed one. */
export function spendProfiles(spendAliases: readonly string[]): Map<string, Decimal>[] {
  const mixes: Decimal[][] = spendAliases.map((_, index) => spendAliases.map((__, other) => new Decimal(other === index ? 1 : 0)));
  if (spendAliases.length > 1) {
    mixes.push(spendAliases.map(() => new Decimal(1).dividedBy(spendAliases.length)));
    const weights = spendAliases.map((_, index) => new Decimal(spendAliases.length - index));
    const total = weights.reduce((sum, weight) => sum.plus(weight), ZERO);
    mixes.push(weights.map((weight) => weight.dividedBy(total)));
  }
  return PROFILE_TOTALS.flatMap((total) => mixes.map((mix) => new Map(spendAliases.map((alias, index) => [alias, new Decimal(total).times(mix[index] ?? ZERO).toDecimalPlaces(2)] as const))));
}

/**
 * The `count` cards (by ordinal, ascending) that most often rank in the top 10 by their bound
 * over the spend profiles; ties go to the lower ordinal. Every card when count ≥ the cards.
 */
export function chooseStrongCards(cards: readonly BoundedCard[], spendAliases: readonly string[], count: number): number[] {
  if (count >= cards.length) return cards.map((_, ordinal) => ordinal);
  const appearances = cards.map(() => 0);
  for (const profile of spendProfiles(spendAliases)) {
    const bounds = cards.map((card, ordinal) => ({ ordinal, bound: netUpperBound(card, profile) }));
    bounds.sort((a, b) => b.bound.comparedTo(a.bound) || a.ordinal - b.ordinal);
    for (const { ordinal } of bounds.slice(0, TOP_N)) appearances[ordinal] = (appearances[ordinal] ?? 0) + 1;
  }
  return appearances
    .map((times, ordinal) => ({ times, ordinal }))
    .sort((a, b) => b.times - a.times || a.ordinal - b.ordinal)
    .slice(0, count)
    .map(({ ordinal }) => ordinal)
    .sort((a, b) => a - b);
}
