/**
 * Release + input mapping → the view model the chunk templates lay out. This is where the
 * compiler decides *what* the SQL computes, mirroring src/reference/evaluate-card.ts step by step
 * (the two never import each other; the parity tests hold them together):
 *
 * - only categories the mapping feeds are priced: every other category has zero spend, earns 0
 *   units, adds 0 to the card-wide cap, the tier spend and the beneficial spend;
 * - each earning segment (flat, slab, layer, tier) becomes an exact integer division (exact-division.ts);
 * - the card-wide cap is the closed form LEAST(cap, A_c) − LEAST(cap, A_{c−1}) over prefix sums A
 *   of the capped units in the card's processing order;
 * - beneficial spend (milestones) is the spend of every priced category, whatever its rate;
 * - milestone values are exact compile-time constants.
 *
 * Aliases the SQL generates all start with `cg_` so they cannot collide with table columns.
 */
import type { Card, CategoryRule, EarnRate, Release } from '../catalog/rule-tree.js';
import { Decimal, INTERNAL_SCALE, OUTPUT_MAX, OUTPUT_SCALE, ZERO } from '../contract/decimal.js';
import { OUTPUT_POINT_COLUMNS, type InputMapping } from '../contract/input-mapping.js';
import { TOP_N } from '../contract/ranking.js';
import { redemptionFor } from '../contract/redemption.js';
import { OUTPUT_OVERFLOW_REASON, negativeSpendReason } from '../contract/user-input.js';
import { boundCard, chooseStrongCards, type CardBoundView } from './card-bounds.js';
import { CompileError } from './compile-error.js';
import { planEarn, type EarnPlan } from './exact-division.js';
import { assertFits, inputBounds } from './numeric-bounds.js';
import { NUMERIC_TYPES } from './numeric-types.js';

export { OUTPUT_OVERFLOW_REASON };

const DAYS_PER_YEAR = 365;
/** Input columns are DECIMAL(12,2); slab and tier bounds must keep slices at 2 decimals. */
const SPEND_DECIMALS = 2;
const UNITS_DECIMALS = INTERNAL_SCALE;
const MONTHS_PER_YEAR = new Decimal(12);
const MILESTONE_DAYS_BASE = new Decimal(30);

export interface InputColumnView {
  /** user_spending_data column. */
  readonly column: string;
  /** cg_in_<input>. */
  readonly alias: string;
  /** processing_error = CONCAT(prefix, value with 2 decimals, suffix): negativeSpendReason's text. */
  readonly negativePrefix: string;
  readonly negativeSuffix: string;
}

export interface DerivedStageView {
  readonly cte: string;
  readonly previous: string;
  /** Every input alias already available (carried through). */
  readonly carried: readonly string[];
  readonly alias: string;
  readonly remainder: { readonly from: string; readonly minus: readonly string[] } | null;
  readonly sum: { readonly of: readonly string[] } | null;
}

export interface CategorySpendView {
  readonly key: string;
  /** cg_s_<category>: the category's monthly spend. */
  readonly spendAlias: string;
  readonly inputs: readonly string[];
  /** cg_u_<category>: the units a card pays for it, carried through the ranking. */
  readonly unitsAlias: string;
}

export interface SliceView {
  /** cg_x_<category index>_<segment index>. */
  readonly alias: string;
  readonly spend: string;
  /** Spend columns of the card's earlier tiered categories (empty: starts at 0). */
  readonly base: readonly string[];
  readonly from: string;
  readonly upTo: string | null;
}

export interface SegmentView {
  /** The column the rate applies to: a slice, or the category spend. */
  readonly source: string;
  readonly earn: EarnPlan;
  /** A layer's own cap (units/month). */
  readonly cap: string | null;
}

export interface CardCategoryView {
  readonly key: string;
  readonly kind: CategoryRule['kind'];
  /** cg_a_<category>: units after the category cap. */
  readonly earnedAlias: string;
  /** cg_u_<category>: units after the card-wide cap. */
  readonly unitsAlias: string;
  readonly segments: readonly SegmentView[];
  readonly cap: string | null;
  /** earnedAlias of this and every earlier priced category (the prefix sum A_c). */
  readonly earnedThrough: readonly string[];
  /** earnedAlias of every earlier priced category (A_{c−1}); empty for the first. */
  readonly earnedBefore: readonly string[];
  /** ₹ per unit; null when it is 1 (units are ₹ already). */
  readonly pointValue: string | null;
}

export interface MilestoneView {
  /** min_spend × 30: eligible when beneficial × days ≥ threshold (and beneficial > 0). */
  readonly threshold: string;
  readonly days: number;
  /** (voucher + points × point value) × floor(365 / days), exact. */
  readonly value: string;
  /**
   * The least beneficial spend that earns it: beneficial > 0 and beneficial × days ≥ threshold,
   * for a beneficial spend with 2 decimals, is beneficial ≥ this (the bound's cheaper test).
   */
  readonly minBeneficial: string;
}

export interface BeneficialSetView {
  /** cg_b_<n>: a column of the chunk's users. */
  readonly alias: string;
  /** The inputs summed (every input of every category in the set). */
  readonly inputs: readonly string[];
}

export interface CardView {
  readonly ordinal: number;
  readonly cardId: string;
  /** Category spend columns the card reads. */
  readonly spendColumns: readonly string[];
  readonly slices: readonly SliceView[];
  /** Spend columns of the categories the card prices (the milestone base). */
  readonly beneficial: readonly string[];
  /** The users' column holding that sum (cg_b_<n>), or null when the card prices no category. */
  readonly beneficialColumn: string | null;
  readonly milestones: readonly MilestoneView[];
  readonly categories: readonly CardCategoryView[];
  readonly cardCap: string | null;
  /** One entry per mapped category, in mapping order: the card's units column, or null (0). */
  readonly unitsOut: readonly { readonly alias: string; readonly source: string | null }[];
  readonly joining: string;
  /** Upper bound of the card's net savings (card-bounds.ts), for pruning. */
  readonly bound: CardBoundView;
  /** The card-wide cap makes the units a second expression over the category units: fence them. */
  readonly fenceUnits: boolean;
}

export interface CardConstantsView {
  readonly ordinal: number;
  readonly name: string;
  readonly id: string;
  readonly method: string;
  readonly rate: string;
  readonly joining: string;
}

export interface OutputPointView {
  /** card_recommendations column. */
  readonly column: string;
  /** cg_p_<column>. */
  readonly alias: string;
  /** The category's units column. */
  readonly units: string;
  /** Present when the category has several inputs: input × units / category spend, rounded to 2. */
  readonly prorata: { readonly input: string; readonly total: string } | null;
}

export interface ChunkPlan {
  readonly userIdColumn: string;
  readonly columns: readonly InputColumnView[];
  readonly derived: readonly DerivedStageView[];
  /** The CTE holding every input (the last derived stage, or cg_input). */
  readonly inputsSource: string;
  readonly inputAliases: readonly string[];
  readonly categories: readonly CategorySpendView[];
  readonly cards: readonly CardView[];
  /** Beneficial spends (milestone bases) the cards need, computed once per user. */
  readonly beneficialSets: readonly BeneficialSetView[];
  /** Cards evaluated for every user; their 10th best net is the user's pruning threshold. */
  readonly strongCards: readonly CardView[];
  /** Cards evaluated only for users whose threshold their bound reaches (empty: no pruning). */
  readonly weakCards: readonly CardView[];
  readonly pruning: boolean;
  readonly cardConstants: readonly CardConstantsView[];
  readonly outputs: readonly OutputPointView[];
  readonly topN: number;
  /** Rows a completed user gets: topN, or every card of a smaller release. */
  readonly rowsPerUser: number;
  readonly outputMax: string;
  /** Ordinals of cards whose joining fee does not fit DECIMAL(12,2) (a constant, so checked here). */
  readonly joiningOverflows: readonly number[];
  readonly overflowReason: string;
}

/**
 * The SQL keeps spend at 2 decimals and units at 6 (docs/sql-numerics.md): a constant with more
 * decimals than the quantity it bounds would be rounded by a CAST the reference never does.
 */
function assertScale(value: Decimal | null, maxScale: number, what: string): void {
  if (value !== null && value.decimalPlaces() > maxScale) {
    throw new CompileError(`${what}: ${value.toString()} has more than ${maxScale} decimals, which the exact SQL cannot represent`);
  }
}

function canonical(value: Decimal): string {
  if (value.isNegative() && !value.isZero()) throw new CompileError(`unexpected negative constant ${value.toString()}`);
  return value.abs().toFixed();
}

/** Largest units an earn rate can give on `spend` (one rounding step up included). */
function unitsBound(spend: Decimal, earn: EarnRate): Decimal {
  return spend.times(earn.units).dividedBy(earn.per).plus(1);
}

interface CardContext {
  readonly card: Card;
  readonly ordinal: number;
  readonly spendAlias: ReadonlyMap<string, string>;
  readonly spendBound: ReadonlyMap<string, Decimal>;
}

function planCard({ card, ordinal, spendAlias, spendBound }: CardContext, mapped: readonly CategorySpendView[]): CardView {
  const where = `card ${card.id}`;
  const slices: SliceView[] = [];
  const categories: CardCategoryView[] = [];
  const beneficial: string[] = [];
  const spendColumns = new Set<string>();
  const tieredBefore: string[] = [];
  let tieredBound = ZERO;
  let rupeesBound = ZERO;
  let beneficialBound = ZERO;

  card.processingOrder.forEach((key, categoryIndex) => {
    const entry = card.rules.get(key);
    const spend = spendAlias.get(key);
    // Unmapped categories have zero spend: they earn nothing and move no cap, tier or milestone.
    if (!entry || spend === undefined) return;
    const rule = entry.rule;
    const bound = spendBound.get(key) ?? ZERO;
    const sliceAlias = (segment: number) => `cg_x_${categoryIndex}_${segment}`;
    const segments: SegmentView[] = [];
    let earnedBound = ZERO;
    const addSegment = (source: string, sliceBound: Decimal, earn: EarnRate, cap: Decimal | null) => {
      assertScale(cap, UNITS_DECIMALS, `${where}, ${key}: layer cap`);
      const plan = planEarn(earn);
      if (plan.rounded) {
        assertFits('scaled', sliceBound.times(plan.rounded.multiplier).plus(plan.rounded.offset), `${where}, ${key}: scaled spend`);
      }
      const units = unitsBound(sliceBound, earn);
      earnedBound = earnedBound.plus(cap === null ? units : Decimal.min(units, cap));
      segments.push({ source, earn: plan, cap: cap === null ? null : canonical(cap) });
    };
    const addBand = (segment: number, base: readonly string[], from: Decimal, upTo: Decimal | null, earn: EarnRate) => {
      assertScale(upTo, SPEND_DECIMALS, `${where}, ${key}: band bound`);
      if (earn.units.isZero()) {
        segments.push({ source: spend, earn: planEarn(earn), cap: null });
        return;
      }
      const alias = sliceAlias(segment);
      slices.push({ alias, spend, base, from: canonical(from), upTo: upTo === null ? null : canonical(upTo) });
      addSegment(alias, upTo === null ? bound : Decimal.min(bound, upTo.minus(from)), earn, null);
    };

    switch (rule.kind) {
      case 'flat':
        addSegment(spend, bound, rule.earn, null);
        break;
      case 'slabs': {
        let from = ZERO;
        rule.slabs.forEach((slab, index) => {
          addBand(index, [], from, slab.upTo, slab.earn);
          from = slab.upTo ?? from;
        });
        break;
      }
      case 'layered':
        rule.layers.forEach((layer) => addSegment(spend, bound, layer.earn, layer.cap));
        break;
      case 'tiered': {
        let from = ZERO;
        const base = [...tieredBefore];
        card.tiers.forEach((tier, index) => {
          addBand(index, base, from, tier.upTo, tier.earn);
          from = tier.upTo ?? from;
        });
        tieredBefore.push(spend);
        tieredBound = tieredBound.plus(bound);
        assertFits('spend', tieredBound, `${where}: cumulative tiered spend`);
        break;
      }
      case 'lounge':
        throw new CompileError(`${where}: category ${key} has a lounge rule but the input mapping feeds it ₹ spend`);
      default: {
        const unreachable: never = rule;
        throw new CompileError(`${where}: unknown rule kind ${JSON.stringify(unreachable)}`);
      }
    }

    assertScale(rule.cap, UNITS_DECIMALS, `${where}, ${key}: category cap`);
    spendColumns.add(spend);
    // Beneficial spend (the milestone base) counts every category the card prices with a
    // non-lounge rule, whatever its rate (as CardGenius's total_beneficial_spends does).
    beneficial.push(spend);
    beneficialBound = beneficialBound.plus(bound);
    assertFits('spend', beneficialBound, `${where}: beneficial spend`);
    if (rule.cap !== null) earnedBound = Decimal.min(earnedBound, rule.cap);
    assertFits('units', earnedBound, `${where}, ${key}: units`);
    const pointValue = entry.pointValue ?? card.pointValue;
    rupeesBound = rupeesBound.plus(earnedBound.times(pointValue).plus(1));
    assertFits('rupees', rupeesBound, `${where}: ₹ per month`);
    const earnedBefore = categories.map((category) => category.earnedAlias);
    const earnedAlias = `cg_a_${key}`;
    categories.push({
      key,
      kind: rule.kind,
      earnedAlias,
      unitsAlias: `cg_u_${key}`,
      segments,
      cap: rule.cap === null ? null : canonical(rule.cap),
      earnedThrough: [...earnedBefore, earnedAlias],
      earnedBefore,
      pointValue: pointValue.equals(1) ? null : canonical(pointValue),
    });
  });

  assertScale(card.cardCap, UNITS_DECIMALS, `${where}: card-wide cap`);
  assertScale(card.fees.joining, OUTPUT_SCALE, `${where}: joining fee`);
  const milestones: MilestoneView[] = [];
  let extraBound = ZERO;
  for (const milestone of card.milestones) {
    const value = milestone.voucher.plus(milestone.points.times(card.pointValue)).times(Math.floor(DAYS_PER_YEAR / milestone.days));
    if (value.isZero()) continue;
    extraBound = extraBound.plus(value);
    const threshold = milestone.minSpend.times(MILESTONE_DAYS_BASE);
    const minBeneficial = Decimal.max(threshold.dividedBy(milestone.days).toDecimalPlaces(SPEND_DECIMALS, Decimal.ROUND_CEIL), new Decimal('0.01'));
    milestones.push({ threshold: canonical(threshold), days: milestone.days, value: canonical(value), minBeneficial: canonical(minBeneficial) });
  }
  const yearlyBound = rupeesBound.times(MONTHS_PER_YEAR).plus(1);
  assertFits('money', yearlyBound, `${where}: yearly savings`);
  assertFits('money', extraBound.plus(1), `${where}: extra benefits`);
  assertFits('money', yearlyBound.plus(extraBound).plus(card.fees.joining).plus(2), `${where}: net savings`);

  const priced = new Map(categories.map((category) => [category.key, category.unitsAlias]));
  return {
    ordinal,
    cardId: card.id,
    spendColumns: [...spendColumns],
    slices,
    beneficial,
    beneficialColumn: null,
    milestones: beneficial.length === 0 ? [] : milestones,
    categories,
    cardCap: card.cardCap === null ? null : canonical(card.cardCap),
    unitsOut: mapped.map((category) => ({ alias: category.unitsAlias, source: priced.get(category.key) ?? null })),
    joining: canonical(card.fees.joining),
    bound: boundCard(card, spendAlias, extraBound),
    fenceUnits: card.cardCap !== null && categories.length > 0,
  };
}

/** Strong cards by default: measured on the 2026-04 release and seeded users, 15 strong cards
 * leave about 25 of 138 cards to evaluate per user (BENCHMARKS.md). */
export const DEFAULT_STRONG_CARDS = 15;

export interface PlanOptions {
  /** How many cards every user is evaluated on before pruning the rest; ≥ the card count (or
   * below TOP_N, which cannot give a threshold) turns pruning off. */
  readonly strongCards?: number;
}

export function planChunk(release: Release, mapping: InputMapping, options: PlanOptions = {}): ChunkPlan {
  const inputAlias = (name: string) => `cg_in_${name}`;
  const marker = '\u0000';
  const columns: InputColumnView[] = [...mapping.columns].map(([name, column]) => {
    const [prefix = '', suffix = ''] = negativeSpendReason(column, marker).split(marker);
    return { column, alias: inputAlias(name), negativePrefix: prefix, negativeSuffix: suffix };
  });

  const carried = columns.map((column) => column.alias);
  let previous = 'cg_input';
  const derived: DerivedStageView[] = mapping.derived.map((input, index) => {
    const cte = `cg_derived_${index}`;
    const stage: DerivedStageView = {
      cte,
      previous,
      carried: [...carried],
      alias: inputAlias(input.name),
      remainder: input.kind === 'remainder' ? { from: inputAlias(input.from), minus: input.minus.map(inputAlias) } : null,
      sum: input.kind === 'sum' ? { of: input.of.map(inputAlias) } : null,
    };
    carried.push(stage.alias);
    previous = cte;
    return stage;
  });

  const bounds = inputBounds(mapping);
  const categories: CategorySpendView[] = [];
  const spendAlias = new Map<string, string>();
  const spendBound = new Map<string, Decimal>();
  for (const { category, inputs } of mapping.categories) {
    const definition = release.categories.get(category);
    if (!definition) throw new CompileError(`input mapping prices category "${category}", which release ${release.id} does not define`);
    if (definition.unit !== 'rupees_per_month') throw new CompileError(`input mapping prices category "${category}", which is counted in ${definition.unit}`);
    const bound = inputs.reduce((total, name) => total.plus(bounds.get(name) ?? ZERO), ZERO);
    assertFits('spend', bound, `category ${category}: spend`);
    const view: CategorySpendView = { key: category, spendAlias: `cg_s_${category}`, inputs: inputs.map(inputAlias), unitsAlias: `cg_u_${category}` };
    categories.push(view);
    spendAlias.set(category, view.spendAlias);
    spendBound.set(category, bound);
  }

  const beneficialSets: BeneficialSetView[] = [];
  const inputsOfSpend = new Map(categories.map((category) => [category.spendAlias, category.inputs]));
  const cards = release.cards
    .map((card, ordinal) => planCard({ card, ordinal, spendAlias, spendBound }, categories))
    .map((card): CardView => {
      if (card.beneficial.length === 0) return card;
      const inputs = [...card.beneficial].sort().flatMap((alias) => inputsOfSpend.get(alias) ?? []);
      let set = beneficialSets.find((candidate) => candidate.inputs.join() === inputs.join());
      if (!set) {
        set = { alias: `cg_b_${beneficialSets.length}`, inputs };
        beneficialSets.push(set);
      }
      return { ...card, beneficialColumn: set.alias };
    });
  const strongCount = options.strongCards ?? DEFAULT_STRONG_CARDS;
  if (!Number.isInteger(strongCount) || strongCount < 0) throw new CompileError(`strongCards must be a whole number, got ${strongCount}`);
  const strongOrdinals = new Set(
    strongCount < TOP_N ? cards.map((card) => card.ordinal) : chooseStrongCards(cards, categories.map((category) => category.spendAlias), strongCount),
  );
  const strongCards = cards.filter((card) => strongOrdinals.has(card.ordinal));
  const weakCards = cards.filter((card) => !strongOrdinals.has(card.ordinal));

  const cardConstants = release.cards.map((card, ordinal): CardConstantsView => {
    const redemption = redemptionFor(card);
    return {
      ordinal,
      name: card.name,
      id: card.id,
      method: redemption.method,
      rate: canonical(new Decimal(redemption.rate)),
      joining: canonical(card.fees.joining),
    };
  });

  const outputs = OUTPUT_POINT_COLUMNS.map((column): OutputPointView => {
    const input = mapping.outputs.get(column);
    const category = mapping.categories.find((entry) => input !== undefined && entry.inputs.includes(input));
    if (input === undefined || !category) throw new CompileError(`output ${column} reports no priced input`);
    const view = categories.find((entry) => entry.key === category.category);
    if (!view) throw new CompileError(`output ${column}: category ${category.category} is not planned`);
    return {
      column,
      alias: `cg_p_${column}`,
      units: view.unitsAlias,
      prorata: category.inputs.length > 1 ? { input: inputAlias(input), total: view.spendAlias } : null,
    };
  });
  // The pro-rata split: X = 2 × (units × 10^6) × (input × 100) + spend × 10^6, with units below
  // the units type's limit and input ≤ category spend (docs/sql-numerics.md §4).
  const unitsLimit = new Decimal(10).pow(NUMERIC_TYPES.units.precision - NUMERIC_TYPES.units.scale);
  for (const output of outputs) {
    if (!output.prorata) continue;
    const spend = spendBound.get(categories.find((entry) => entry.unitsAlias === output.units)?.key ?? '') ?? ZERO;
    assertFits('split', unitsLimit.times(1_000_000).times(spend.times(100)).times(2).plus(spend.times(2_000_000)), `${output.column}: pro-rata split`);
  }

  return {
    userIdColumn: mapping.userIdColumn,
    columns,
    derived,
    inputsSource: previous,
    inputAliases: carried,
    categories,
    cards,
    beneficialSets,
    strongCards,
    weakCards,
    pruning: weakCards.length > 0,
    cardConstants,
    outputs,
    topN: TOP_N,
    rowsPerUser: Math.min(TOP_N, release.cards.length),
    outputMax: canonical(OUTPUT_MAX),
    joiningOverflows: release.cards.flatMap((card, ordinal) => (card.fees.joining.abs().greaterThan(OUTPUT_MAX) ? [ordinal] : [])),
    overflowReason: OUTPUT_OVERFLOW_REASON,
  };
}
