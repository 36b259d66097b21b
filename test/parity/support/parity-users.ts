/**
 * The users parity pushes through both engines: property-based ones (fast-check, skewed amounts)
 * and boundary ones derived from a release's rule tree, placed exactly at, 0.01 below and 0.01
 * above every category cap, layer cap, slab and tier edge, card-wide cap, milestone threshold and
 * output-overflow threshold, plus hand-picked extremes (zeros, NULLs, negatives, maxima).
 */
import fc from 'fast-check';
import type { Card, CategoryRule, EarnRate, Release } from '../../../src/catalog/rule-tree.js';
import { Decimal, OUTPUT_MAX, ZERO } from '../../../src/contract/decimal.js';
import type { InputMapping } from '../../../src/contract/input-mapping.js';

/** Raw column values as loaded into user_spending_data (NULL allowed: the test table makes the columns nullable). */
export type SpendRow = Readonly<Record<string, string | null>>;

export interface ParityUser {
  readonly label: string;
  readonly values: SpendRow;
}

const CENT = new Decimal('0.01');
const INPUT_MAX = OUTPUT_MAX;

function cents(value: Decimal): string {
  return value.toFixed(2);
}

// ---------------------------------------------------------------------------------------------
// Property-based users

/** Integer cents, skewed towards the values that break things: 0, tiny, round, huge. */
const amountCents = fc.oneof(
  { weight: 6, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 100 }) },
  { weight: 10, arbitrary: fc.integer({ min: 100, max: 100_000 }) },
  { weight: 14, arbitrary: fc.integer({ min: 100_000, max: 10_000_000 }) },
  { weight: 8, arbitrary: fc.integer({ min: 10_000_000, max: 1_000_000_000 }) },
  { weight: 3, arbitrary: fc.integer({ min: 1_000_000_000, max: 999_999_999_999 }) },
  { weight: 2, arbitrary: fc.constantFrom(999_999_999_999, 500_000_000_000, 100_000_000_000) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 2_000 }).map((rupees) => rupees * 500) },
);

const maybeNegative = (value: fc.Arbitrary<number>) =>
  fc.oneof({ weight: 60, arbitrary: value }, { weight: 1, arbitrary: value.map((cent) => -Math.max(cent, 1)) });

function centsText(value: number): string {
  return new Decimal(value).dividedBy(100).toFixed(2);
}

/**
 * A user row over the mapping's columns. The remainder-derived input's `from` column (confirmed
 * GMV) is usually the sum of the others plus an extra, sometimes below it, sometimes NULL.
 */
export function spendRowArbitrary(mapping: InputMapping): fc.Arbitrary<SpendRow> {
  const columns = [...mapping.columns.values()];
  const remainder = mapping.derived.find((derived) => derived.kind === 'remainder');
  const fromColumn = remainder?.kind === 'remainder' ? mapping.columns.get(remainder.from) : undefined;
  const minusColumns = remainder?.kind === 'remainder' ? remainder.minus.map((name) => mapping.columns.get(name)) : [];
  const value = fc.oneof({ weight: 30, arbitrary: maybeNegative(amountCents).map(centsText) }, { weight: 1, arbitrary: fc.constant(null) });
  return fc
    .record({
      values: fc.tuple(...columns.map(() => value)),
      extra: amountCents,
      mode: fc.constantFrom('sum-plus-extra', 'sum-plus-extra', 'sum-plus-extra', 'independent', 'below-sum', 'null'),
    })
    .map(({ values, extra, mode }) => {
      const row: Record<string, string | null> = {};
      columns.forEach((column, index) => {
        row[column] = values[index] ?? null;
      });
      if (fromColumn !== undefined && mode !== 'independent') {
        const sum = minusColumns.reduce((total, column) => total.plus(column ? (row[column] ?? '0') : '0'), ZERO);
        const target =
          mode === 'null' ? null : mode === 'below-sum' ? Decimal.max(sum.minus(centsText(extra)), ZERO) : sum.plus(centsText(extra));
        row[fromColumn] = target === null || target.greaterThan(INPUT_MAX) ? (mode === 'null' ? null : cents(INPUT_MAX)) : cents(target);
      }
      return row;
    });
}

/** `count` users from a fixed seed: the same users every run, so a failure reproduces. */
export function sampleUsers(mapping: InputMapping, count: number, seed: number): ParityUser[] {
  if (count <= 0) return [];
  return fc.sample(spendRowArbitrary(mapping), { seed, numRuns: count }).map((values, index) => ({ label: `random#${seed}/${index}`, values }));
}

// ---------------------------------------------------------------------------------------------
// Boundary users from the rule tree

/** Units an earn rate gives on `spend`, unrounded (placement only; the engines round). */
function rate(spend: Decimal, earn: EarnRate): Decimal {
  return spend.times(earn.units).dividedBy(earn.per);
}

function overlap(start: Decimal, end: Decimal, from: Decimal, to: Decimal | null): Decimal {
  const upper = to === null ? end : Decimal.min(end, to);
  return Decimal.max(upper.minus(Decimal.max(start, from)), ZERO);
}

/** A category's units before its cap, for spend S with `tierBefore` of earlier tiered spend. */
function earnedBeforeCap(rule: Exclude<CategoryRule, { kind: 'lounge' }>, card: Card, spend: Decimal, tierBefore = ZERO): Decimal {
  switch (rule.kind) {
    case 'flat':
      return rate(spend, rule.earn);
    case 'slabs': {
      let from = ZERO;
      let total = ZERO;
      for (const slab of rule.slabs) {
        total = total.plus(rate(overlap(ZERO, spend, from, slab.upTo), slab.earn));
        from = slab.upTo ?? from;
      }
      return total;
    }
    case 'layered':
      return rule.layers.reduce((total, layer) => {
        const units = rate(spend, layer.earn);
        return total.plus(layer.cap === null ? units : Decimal.min(units, layer.cap));
      }, ZERO);
    case 'tiered': {
      let from = ZERO;
      let total = ZERO;
      for (const tier of card.tiers) {
        total = total.plus(rate(overlap(tierBefore, tierBefore.plus(spend), from, tier.upTo), tier.earn));
        from = tier.upTo ?? from;
      }
      return total;
    }
    default: {
      const unreachable: never = rule;
      throw new Error(`unknown rule ${JSON.stringify(unreachable)}`);
    }
  }
}

/** Smallest spend (to 1e-6) at which a non-decreasing `f` reaches `target`, or null if it never does. */
function solve(f: (spend: Decimal) => Decimal, target: Decimal, high: Decimal = INPUT_MAX.times(3)): Decimal | null {
  if (f(high).lessThan(target)) return null;
  let low = ZERO;
  let top = high;
  const epsilon = new Decimal('0.000001');
  while (top.minus(low).greaterThan(epsilon)) {
    const middle = low.plus(top).dividedBy(2);
    if (f(middle).greaterThanOrEqualTo(target)) top = middle;
    else low = middle;
  }
  return top;
}

/** Spends around a threshold: exactly at it (when a cent value), and the cents just below and above. */
function around(threshold: Decimal): Decimal[] {
  const down = threshold.toDecimalPlaces(2, Decimal.ROUND_DOWN);
  const up = threshold.toDecimalPlaces(2, Decimal.ROUND_UP);
  return [down.minus(CENT), down, up, up.plus(CENT)].filter((value) => value.greaterThanOrEqualTo(0));
}

interface Threshold {
  readonly what: string;
  readonly category: string;
  readonly spend: Decimal;
  /** Spend already in earlier categories (a second category's crossing). */
  readonly before?: { readonly category: string; readonly spend: Decimal };
}

function cardThresholds(card: Card, mapped: ReadonlySet<string>): Threshold[] {
  const thresholds: Threshold[] = [];
  const priced = card.processingOrder.filter((key) => mapped.has(key) && card.rules.get(key)?.rule.kind !== 'lounge');
  const tiered = priced.filter((key) => card.rules.get(key)?.rule.kind === 'tiered');
  for (const key of priced) {
    const rule = card.rules.get(key)?.rule;
    if (!rule || rule.kind === 'lounge') continue;
    const earned = (spend: Decimal) => earnedBeforeCap(rule, card, spend);
    const afterCap = (spend: Decimal) => (rule.cap === null ? earned(spend) : Decimal.min(earned(spend), rule.cap));
    const add = (what: string, spend: Decimal | null) => {
      if (spend !== null) thresholds.push({ what: `${card.id} ${key} ${what}`, category: key, spend });
    };
    if (rule.cap !== null) add('category cap', solve(earned, rule.cap));
    if (card.cardCap !== null) add('card cap alone', solve(afterCap, card.cardCap));
    switch (rule.kind) {
      case 'flat':
        break;
      case 'slabs':
        rule.slabs.forEach((slab, index) => slab.upTo !== null && add(`slab ${index} edge`, slab.upTo));
        break;
      case 'layered':
        rule.layers.forEach((layer, index) => {
          if (layer.cap !== null && layer.earn.units.greaterThan(0)) add(`layer ${index} cap`, layer.cap.times(layer.earn.per).dividedBy(layer.earn.units));
        });
        break;
      case 'tiered':
        card.tiers.forEach((tier, index) => {
          if (tier.upTo === null) return;
          add(`tier ${index} edge`, tier.upTo);
          const earlier = tiered.slice(0, tiered.indexOf(key)).at(-1);
          if (earlier !== undefined) {
            const half = tier.upTo.dividedBy(2).toDecimalPlaces(2, Decimal.ROUND_DOWN);
            thresholds.push({ what: `${card.id} ${key} tier ${index} edge after ${earlier}`, category: key, spend: tier.upTo.minus(half), before: { category: earlier, spend: half } });
          }
        });
        break;
      default: {
        const unreachable: never = rule;
        throw new Error(`unknown rule ${JSON.stringify(unreachable)}`);
      }
    }
    // Milestones count the spend of every priced category alike: placing the threshold in the
    // card's first priced category is enough.
    if (key === priced[0]) {
      for (const milestone of card.milestones) {
        if (milestone.minSpend.greaterThan(0)) add(`milestone ${milestone.minSpend.toString()}/${milestone.days}d`, milestone.minSpend.times(30).dividedBy(milestone.days));
      }
    }
    // The spend where this card's yearly savings from this category alone leave DECIMAL(12,2).
    const value = card.rules.get(key)?.pointValue ?? card.pointValue;
    add('output overflow', solve((spend) => afterCap(spend).times(value).times(12), OUTPUT_MAX.plus(CENT)));
  }
  // The card-wide cap crossed by a later category after an earlier one used half of it.
  if (card.cardCap !== null) {
    for (let index = 1; index < priced.length; index += 1) {
      const first = priced[index - 1];
      const second = priced[index];
      const firstRule = first === undefined ? undefined : card.rules.get(first)?.rule;
      const secondRule = second === undefined ? undefined : card.rules.get(second)?.rule;
      if (!first || !second || !firstRule || !secondRule || firstRule.kind === 'lounge' || secondRule.kind === 'lounge') continue;
      const half = card.cardCap.dividedBy(2);
      const capped = (rule: typeof firstRule, spend: Decimal) => {
        const units = earnedBeforeCap(rule, card, spend);
        return rule.cap === null ? units : Decimal.min(units, rule.cap);
      };
      const firstSpend = solve((spend) => capped(firstRule, spend), half);
      if (firstSpend === null) continue;
      const firstCents = firstSpend.toDecimalPlaces(2, Decimal.ROUND_UP);
      const used = capped(firstRule, firstCents);
      const remaining = card.cardCap.minus(used);
      if (remaining.lessThanOrEqualTo(0)) continue;
      const tierBefore = firstRule.kind === 'tiered' && secondRule.kind === 'tiered' ? firstCents : ZERO;
      const secondSpend = solve((spend) => {
        const units = earnedBeforeCap(secondRule, card, spend, tierBefore);
        return secondRule.cap === null ? units : Decimal.min(units, secondRule.cap);
      }, remaining);
      if (secondSpend !== null) {
        thresholds.push({ what: `${card.id} card cap crossed by ${second} after ${first}`, category: second, spend: secondSpend, before: { category: first, spend: firstCents } });
      }
    }
  }
  return thresholds;
}

/**
 * Column values that give the named inputs the wanted values: a remainder-derived input is placed
 * through its `from` column (= Σ minus + value). Null when a value cannot be placed in range.
 */
function rowForInputs(mapping: InputMapping, wanted: ReadonlyMap<string, Decimal>): SpendRow | null {
  const row: Record<string, string | null> = {};
  for (const column of mapping.columns.values()) row[column] = '0.00';
  const inputs = new Map<string, Decimal>();
  for (const [name, value] of wanted) {
    const column = mapping.columns.get(name);
    if (column !== undefined) {
      row[column] = cents(value);
      inputs.set(name, value);
    }
  }
  for (const [name, value] of wanted) {
    if (mapping.columns.has(name)) continue;
    const derived = mapping.derived.find((entry) => entry.name === name);
    if (derived?.kind !== 'remainder') return null;
    const fromColumn = mapping.columns.get(derived.from);
    if (fromColumn === undefined) return null;
    const minus = derived.minus.reduce((total, input) => total.plus(inputs.get(input) ?? ZERO), ZERO);
    row[fromColumn] = cents(minus.plus(value));
  }
  for (const value of Object.values(row)) {
    if (value !== null && new Decimal(value).greaterThan(INPUT_MAX)) return null;
  }
  return row;
}

/** How a category's spend is spread over its inputs: all on one input (rotating), or split. */
function spread(inputs: readonly string[], spend: Decimal, variant: number): Map<string, Decimal> {
  const wanted = new Map<string, Decimal>();
  if (inputs.length === 1 || variant % (inputs.length + 1) < inputs.length) {
    const input = inputs[variant % inputs.length] ?? inputs[0] ?? '';
    wanted.set(input, spend);
    return wanted;
  }
  let left = spend;
  inputs.forEach((input, index) => {
    const share = index === inputs.length - 1 ? left : spend.dividedBy(inputs.length).toDecimalPlaces(2, Decimal.ROUND_DOWN);
    wanted.set(input, share);
    left = left.minus(share);
  });
  return wanted;
}

/** Boundary users of every card's thresholds, deduplicated. */
export function boundaryUsers(release: Release, mapping: InputMapping): ParityUser[] {
  const mapped = new Set(mapping.categories.map((entry) => entry.category));
  const inputsOf = new Map(mapping.categories.map((entry) => [entry.category, entry.inputs]));
  const users = new Map<string, ParityUser>();
  let variant = 0;
  const add = (label: string, wanted: Map<string, Decimal>) => {
    const row = rowForInputs(mapping, wanted);
    if (row === null) return;
    const key = JSON.stringify(row);
    if (!users.has(key)) users.set(key, { label, values: row });
  };
  for (const card of release.cards) {
    for (const threshold of cardThresholds(card, mapped)) {
      for (const spend of around(threshold.spend)) {
        if (spend.greaterThan(INPUT_MAX)) continue;
        const inputs = inputsOf.get(threshold.category) ?? [];
        const wanted = spread(inputs, spend, variant);
        variant += 1;
        if (threshold.before) {
          const earlier = inputsOf.get(threshold.before.category) ?? [];
          for (const [input, value] of spread(earlier, threshold.before.spend, 0)) wanted.set(input, (wanted.get(input) ?? ZERO).plus(value));
        }
        add(`${threshold.what} @ ${cents(spend)}`, wanted);
      }
    }
  }
  return [...users.values()];
}

/** Hand-picked extremes over the mapping's columns. */
export function extremeUsers(mapping: InputMapping): ParityUser[] {
  const columns = [...mapping.columns.values()];
  const all = (value: string | null) => Object.fromEntries(columns.map((column) => [column, value]));
  const users: ParityUser[] = [
    { label: 'all zero', values: all('0.00') },
    { label: 'all NULL', values: all(null) },
    { label: 'all max', values: all(cents(INPUT_MAX)) },
    { label: 'all one cent', values: all('0.01') },
    { label: 'all -0.01', values: all('-0.01') },
    { label: 'all min', values: all(`-${cents(INPUT_MAX)}`) },
  ];
  columns.forEach((column, index) => {
    users.push({ label: `only ${column} max`, values: { ...all('0.00'), [column]: cents(INPUT_MAX) } });
    users.push({ label: `only ${column} NULL`, values: { ...all('100.00'), [column]: null } });
    users.push({ label: `only ${column} negative`, values: { ...all('100.00'), [column]: '-0.01' } });
    const later = columns[index + 1];
    if (later) users.push({ label: `${column} and ${later} negative`, values: { ...all('5.00'), [later]: '-123.45', [column]: '-9999999999.99' } });
  });
  return users;
}

/** Every user gets a sortable id: <prefix><zero-padded index>. */
export function withIds(prefix: string, users: readonly ParityUser[]): (ParityUser & { readonly userId: string })[] {
  return users.map((user, index) => ({ ...user, userId: `${prefix}${String(index).padStart(7, '0')}` }));
}
