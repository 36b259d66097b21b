/**
 * Checks a schema-valid card file for things a schema cannot see: categories the release does not
 * define, rates that are negative-in-effect or absurd, caps in the wrong unit, processing orders
 * that omit or repeat a category, slab and tier bounds out of order.
 */
import { Decimal, parseDecimal } from '../contract/decimal.js';
import type { CardFile, EarnFile } from './card-file-schema.js';
import type { CategoryDefinition } from './rule-tree.js';

export interface HygieneIssue {
  readonly path: (string | number)[];
  readonly message: string;
}

/** ₹ returned per ₹ spent above which a rate is surely a data-entry error (100%). */
const ABSURD_RETURN = new Decimal(1);
/** ₹ per point above which a point value is surely wrong. */
const ABSURD_POINT_VALUE = new Decimal(10);

export function checkCardHygiene(card: CardFile, categories: ReadonlyMap<string, CategoryDefinition>): HygieneIssue[] {
  const issues: HygieneIssue[] = [];
  const capUnit = card.currency === 'points' ? 'points' : 'rupees';
  const pointValue = parseDecimal(card.point_value);

  if (card.currency === 'cashback' && !pointValue.equals(1)) {
    issues.push({ path: ['point_value'], message: 'a cashback card values each unit at "1" (₹1)' });
  }
  if (pointValue.decimalPlaces() > 4) {
    issues.push({ path: ['point_value'], message: 'at most 4 decimals: it is reported as redemption_rate DECIMAL(5,4)' });
  }
  if (pointValue.greaterThan(ABSURD_POINT_VALUE)) {
    issues.push({ path: ['point_value'], message: `₹${pointValue.toString()} per point is absurd (limit ₹${ABSURD_POINT_VALUE.toString()})` });
  }

  const checkEarn = (earn: EarnFile, path: (string | number)[], value: Decimal) => {
    if ('percent' in earn) {
      if (card.currency !== 'cashback') issues.push({ path, message: 'a points card earns { points, per }, not percent' });
      if (parseDecimal(earn.percent).dividedBy(100).greaterThan(ABSURD_RETURN)) {
        issues.push({ path: [...path, 'percent'], message: `${earn.percent}% cashback is absurd (over 100%)` });
      }
      return;
    }
    if (card.currency !== 'points') issues.push({ path, message: 'a cashback card earns { percent }, not points' });
    const per = parseDecimal(earn.per);
    if (per.isZero()) {
      issues.push({ path: [...path, 'per'], message: 'must be greater than 0' });
      return;
    }
    const effectiveReturn = parseDecimal(earn.points).times(value).dividedBy(per);
    if (effectiveReturn.greaterThan(ABSURD_RETURN)) {
      issues.push({ path: [...path, 'points'], message: `${earn.points} points per ₹${earn.per} at ₹${value.toString()}/point returns over 100% of spend` });
    }
  };

  const checkCap = (cap: { points: string } | { rupees: string } | null, path: (string | number)[]) => {
    if (cap === null) return;
    if (!(capUnit in cap)) issues.push({ path, message: `a ${card.currency} card's caps are in ${capUnit}` });
  };

  const checkBounds = (bounds: readonly { up_to: string | null }[], path: (string | number)[]) => {
    let previous = new Decimal(0);
    bounds.forEach((bound, index) => {
      const last = index === bounds.length - 1;
      if (bound.up_to === null) {
        if (!last) issues.push({ path: [...path, index, 'up_to'], message: 'only the last band may be open-ended' });
        return;
      }
      if (last) issues.push({ path: [...path, index, 'up_to'], message: 'the last band must be open-ended (up_to: null)' });
      const upTo = parseDecimal(bound.up_to);
      if (!upTo.greaterThan(previous)) issues.push({ path: [...path, index, 'up_to'], message: 'bands must increase' });
      previous = upTo;
    });
  };

  checkCap(card.card_cap, ['card_cap']);

  const seen = new Set<string>();
  card.processing_order.forEach((category, index) => {
    if (!categories.has(category)) issues.push({ path: ['processing_order', index], message: `unknown category "${category}"` });
    if (seen.has(category)) issues.push({ path: ['processing_order', index], message: `"${category}" appears twice` });
    seen.add(category);
  });

  let tiered = false;
  for (const [category, rule] of Object.entries(card.categories)) {
    const path = ['categories', category];
    const definition = categories.get(category);
    if (!definition) issues.push({ path, message: `unknown category "${category}" (not in the release manifest)` });
    if (!seen.has(category)) issues.push({ path, message: `processing_order omits "${category}"` });
    const value = 'point_value' in rule && rule.point_value !== undefined ? parseDecimal(rule.point_value) : pointValue;
    switch (rule.kind) {
      case 'flat':
        checkEarn(rule.earn, [...path, 'earn'], value);
        checkCap(rule.cap, [...path, 'cap']);
        break;
      case 'slabs':
        rule.slabs.forEach((slab, index) => checkEarn(slab.earn, [...path, 'slabs', index, 'earn'], value));
        checkBounds(rule.slabs, [...path, 'slabs']);
        checkCap(rule.cap, [...path, 'cap']);
        break;
      case 'layered':
        rule.layers.forEach((layer, index) => {
          checkEarn(layer.earn, [...path, 'layers', index, 'earn'], value);
          checkCap(layer.cap, [...path, 'layers', index, 'cap']);
        });
        checkCap(rule.cap, [...path, 'cap']);
        break;
      case 'tiered':
        tiered = true;
        checkCap(rule.cap, [...path, 'cap']);
        break;
      case 'lounge':
        if (definition && definition.unit !== 'visits_per_quarter') {
          issues.push({ path, message: `a lounge rule needs a visits_per_quarter category, "${category}" is ${definition.unit}` });
        }
        break;
      default: {
        const unreachable: never = rule;
        issues.push({ path, message: `unknown rule ${JSON.stringify(unreachable)}` });
      }
    }
    if (rule.kind !== 'lounge' && definition && definition.unit !== 'rupees_per_month') {
      issues.push({ path, message: `"${category}" is counted in ${definition.unit}; only lounge rules may price it` });
    }
  }
  if (tiered && card.tiers.length === 0) issues.push({ path: ['tiers'], message: 'tiered categories need card tiers' });
  if (!tiered && card.tiers.length > 0) issues.push({ path: ['tiers'], message: 'tiers are set but no category is tiered' });
  card.tiers.forEach((tier, index) => checkEarn(tier.earn, ['tiers', index, 'earn'], pointValue));
  checkBounds(card.tiers, ['tiers']);

  return issues;
}
