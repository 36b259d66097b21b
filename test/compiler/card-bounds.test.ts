/**
 * Card pruning is only as good as its bound: for every card of the shipped and the fixture
 * release, and every boundary, extreme and random user, the bound the SQL evaluates (here in exact
 * decimals, from the same plan constants) is never below the card's real net savings from the
 * reference engine. Without the slack or with a rate rounded down, the same check fails.
 */
import { describe, expect, it } from 'vitest';
import { loadRelease } from '../../src/catalog/load-release.js';
import { chooseStrongCards, coarseNetUpperBound, netUpperBound, type BoundedCard } from '../../src/compiler/card-bounds.js';
import { DEFAULT_STRONG_CARDS, planChunk, type CardView } from '../../src/compiler/plan-release.js';
import { Decimal } from '../../src/contract/decimal.js';
import { loadInputMapping, type InputMapping } from '../../src/contract/input-mapping.js';
import { TOP_N } from '../../src/contract/ranking.js';
import { categorySpend, readUserInputs } from '../../src/contract/user-input.js';
import { generateUser } from '../../src/db/seed-users.js';
import { evaluateCard } from '../../src/reference/evaluate-card.js';
import type { Release } from '../../src/catalog/rule-tree.js';
import { boundaryUsers, extremeUsers, sampleUsers, type SpendRow } from '../parity/support/parity-users.js';

const RELEASES = [
  { catalog: new URL('../../cards/', import.meta.url).pathname, id: '2026-04' },
  { catalog: new URL('../fixtures/compiler-catalog/', import.meta.url).pathname, id: '2099-01-fixture' },
];

interface SpendCase {
  readonly label: string;
  /** By catalog category (the reference engine's input). */
  readonly byCategory: Map<string, Decimal>;
  /** By the SQL's cg_s_<category> column (the bound's input). */
  readonly byColumn: Map<string, Decimal>;
}

function spendCases(mapping: InputMapping, rows: readonly { label: string; values: SpendRow }[]): SpendCase[] {
  return rows.flatMap(({ label, values }) => {
    const read = readUserInputs(mapping, values);
    if (!read.ok) return [];
    const byCategory = categorySpend(mapping, read.inputs);
    return [{ label, byCategory, byColumn: new Map([...byCategory].map(([category, spend]) => [`cg_s_${category}`, spend])) }];
  });
}

/** The reference engine's net savings, by user then card ordinal (computed once per release). */
function realNets(release: Release, cases: readonly SpendCase[]): Decimal[][] {
  return cases.map((user) => release.cards.map((card) => evaluateCard(card, user.byCategory).netSavings));
}

/** Where a card's bound is below its real net for some user: `${card} ${user}: bound < net`. */
function violations(
  cards: readonly CardView[],
  cases: readonly SpendCase[],
  nets: readonly Decimal[][],
  bound: (card: CardView) => BoundedCard = (card) => card,
  evaluate: (card: BoundedCard, spend: ReadonlyMap<string, Decimal>) => Decimal = netUpperBound,
): string[] {
  const found: string[] = [];
  cases.forEach((user, index) => {
    for (const card of cards) {
      const net = nets[index]?.[card.ordinal];
      if (net === undefined) throw new Error(`no net for ${card.cardId}`);
      const upper = evaluate(bound(card), user.byColumn);
      if (upper.lessThan(net)) found.push(`${card.cardId} ${user.label}: ${upper.toFixed()} < ${net.toFixed()}`);
    }
  });
  return found;
}

describe.each(RELEASES)('net savings bound, release $id', ({ catalog, id }) => {
  const release = loadRelease(catalog, id);
  const mapping = loadInputMapping(catalog, release);
  const plan = planChunk(release, mapping);
  const seeded = Array.from({ length: 300 }, (_, index) => {
    const row = generateUser(11, index + 1);
    return { label: `seeded#${index + 1}`, values: row.spend as SpendRow };
  });
  const cases = spendCases(mapping, [...boundaryUsers(release, mapping), ...extremeUsers(mapping), ...sampleUsers(mapping, 400, 7), ...seeded]);
  const nets = realNets(release, cases);

  it('is never below the real net savings of any card, for any user', () => {
    expect(cases.length).toBeGreaterThan(500);
    expect(violations(plan.cards, cases, nets)).toEqual([]);
  });

  it('has a coarse form (checked first in SQL) that is never below the fine one', () => {
    expect(violations(plan.cards, cases, nets, (card) => card, coarseNetUpperBound)).toEqual([]);
    for (const user of cases.slice(0, 300)) {
      for (const card of plan.cards) expect(coarseNetUpperBound(card, user.byColumn).greaterThanOrEqualTo(netUpperBound(card, user.byColumn))).toBe(true);
    }
  });

  it('is broken by dropping the rounding slack or rounding a slope down (the check can fail)', () => {
    const noSlack = violations(plan.cards, cases, nets, (card) => ({ ...card, bound: { ...card.bound, slack: '0' } }));
    const lowerSlope = violations(plan.cards, cases, nets, (card) => ({
      ...card,
      bound: { ...card.bound, categories: card.bound.categories.map((category) => ({ ...category, slope: new Decimal(category.slope).times('0.99').toFixed(), affine: null })) },
    }));
    expect(noSlack.length + lowerSlope.length).toBeGreaterThan(0);
    expect(lowerSlope.length).toBeGreaterThan(0);
  });
});

describe('strong cards', () => {
  const { catalog, id } = RELEASES[0]!;
  const release = loadRelease(catalog, id);
  const mapping = loadInputMapping(catalog, release);

  it('are chosen deterministically, DEFAULT_STRONG_CARDS of them, and the rest are weak', () => {
    const plan = planChunk(release, mapping);
    expect(plan.strongCards).toHaveLength(DEFAULT_STRONG_CARDS);
    expect(plan.weakCards).toHaveLength(release.cards.length - DEFAULT_STRONG_CARDS);
    expect(plan.pruning).toBe(true);
    expect(planChunk(release, mapping).strongCards.map((card) => card.cardId)).toEqual(plan.strongCards.map((card) => card.cardId));
  });

  it('cover every card (no pruning) when fewer than the top N or at least the release are asked for', () => {
    for (const strongCards of [0, TOP_N - 1, release.cards.length, release.cards.length + 5]) {
      const plan = planChunk(release, mapping, { strongCards });
      expect(plan.pruning).toBe(false);
      expect(plan.strongCards).toHaveLength(release.cards.length);
    }
    expect(chooseStrongCards(planChunk(release, mapping).cards, ['cg_s_amazon_spends'], release.cards.length)).toHaveLength(release.cards.length);
  });
});
