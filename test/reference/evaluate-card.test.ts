import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/contract/decimal.js';
import { evaluateCard } from '../../src/reference/evaluate-card.js';
import { cardFromYaml } from './card-fixture.js';

const spend = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([key, value]) => [key, new Decimal(value)]));
const category = (result: ReturnType<typeof evaluateCard>, key: string) => {
  const found = result.categories.find((entry) => entry.category === key);
  if (!found) throw new Error(`no ${key}`);
  return found;
};

describe('earning', () => {
  it('given 5 RP per ₹150 at ₹0.25/RP, ₹5,000 earns 166.666667 RP worth ₹41.666667 (fractional, no flooring)', () => {
    const card = cardFromYaml(`
id: points-card
currency: points
point_value: "0.25"
processing_order: [amazon_spends]
categories:
  amazon_spends: {kind: flat, earn: {points: "5", per: "150"}}
`);
    const result = evaluateCard(card, spend({ amazon_spends: '5000' }));
    expect(category(result, 'amazon_spends').units.toFixed()).toBe('166.666667');
    expect(category(result, 'amazon_spends').rupees.toFixed()).toBe('41.666667');
    expect(result.totalSavingsYearly.toFixed(2)).toBe('500.00');
  });

  it('given 1.5% cashback, ₹7,000 earns ₹105 a month and ₹1,260 a year', () => {
    const card = cardFromYaml(`
id: cashback-card
currency: cashback
point_value: "1"
processing_order: [flipkart_spends]
categories:
  flipkart_spends: {kind: flat, earn: {percent: "1.5"}}
`);
    const result = evaluateCard(card, spend({ flipkart_spends: '7000' }));
    expect(category(result, 'flipkart_spends').rupees.toFixed()).toBe('105');
    expect(result.totalSavingsYearly.toFixed(2)).toBe('1260.00');
  });

  it('rounds half away from zero at 6 decimals: ₹0.01 at 1 RP per ₹200 is 0.00005 RP → 0.000050', () => {
    const card = cardFromYaml(`
id: tiny
currency: points
point_value: "1"
processing_order: [amazon_spends]
categories:
  amazon_spends: {kind: flat, earn: {points: "1", per: "200"}}
`);
    expect(category(evaluateCard(card, spend({ amazon_spends: '0.01' })), 'amazon_spends').units.toFixed(6)).toBe('0.000050');
    // 0.03 × 1 / 200 = 0.00015 exactly; 0.01 × 1/ 3 style repeating decimals round at the 6th place:
    const third = cardFromYaml(`
id: third
currency: points
point_value: "1"
processing_order: [amazon_spends]
categories:
  amazon_spends: {kind: flat, earn: {points: "1", per: "3"}}
`);
    expect(category(evaluateCard(third, spend({ amazon_spends: '0.02' })), 'amazon_spends').units.toFixed()).toBe('0.006667');
  });
});

describe('caps', () => {
  const card = cardFromYaml(`
id: capped
currency: cashback
point_value: "1"
card_cap: {rupees: "500"}
processing_order: [other_online_spends, amazon_spends, flipkart_spends]
categories:
  other_online_spends: {kind: flat, earn: {percent: "5"}, cap: {rupees: "300"}}
  amazon_spends: {kind: flat, earn: {percent: "5"}}
  flipkart_spends: {kind: flat, earn: {percent: "5"}}
`);

  it('clips a category to its monthly cap before the card-wide cap', () => {
    const result = evaluateCard(card, spend({ other_online_spends: '10000' }));
    const entry = category(result, 'other_online_spends');
    expect(entry.earned.toFixed()).toBe('500');
    expect(entry.units.toFixed()).toBe('300');
    expect(entry.categoryCapHit).toBe(true);
  });

  it('consumes the card-wide cap in processing order: the crossing category gets the rest, later ones 0', () => {
    const result = evaluateCard(card, spend({ other_online_spends: '10000', amazon_spends: '3000', flipkart_spends: '2000' }));
    expect(category(result, 'other_online_spends').units.toFixed()).toBe('300');
    expect(category(result, 'amazon_spends').units.toFixed()).toBe('150');
    expect(category(result, 'flipkart_spends').units.toFixed()).toBe('50');
    expect(category(result, 'flipkart_spends').cardCapHit).toBe(true);
    expect(result.monthlySavings.toFixed()).toBe('500');
  });

  it('at exactly the card cap nothing is clipped', () => {
    const result = evaluateCard(card, spend({ other_online_spends: '6000', amazon_spends: '4000' }));
    expect(category(result, 'amazon_spends').units.toFixed()).toBe('200');
    expect(category(result, 'amazon_spends').cardCapHit).toBe(false);
  });
});

describe('multi-segment rules', () => {
  it('slabs: the accelerated budget (first ₹2,500 at 10 RP/₹100), then the base rate on the rest', () => {
    const card = cardFromYaml(`
id: slabs
currency: points
point_value: "0.25"
processing_order: [grocery_spends_online]
categories:
  grocery_spends_online:
    kind: slabs
    slabs: [{up_to: "2500", earn: {points: "10", per: "100"}}, {earn: {points: "1", per: "100"}}]
`);
    const entry = category(evaluateCard(card, spend({ grocery_spends_online: '8000' })), 'grocery_spends_online');
    expect(entry.segments.map((segment) => segment.units.toFixed())).toEqual(['250', '55']);
    expect(entry.units.toFixed()).toBe('305');
    expect(entry.rupees.toFixed()).toBe('76.25');
    const below = category(evaluateCard(card, spend({ grocery_spends_online: '2000' })), 'grocery_spends_online');
    expect(below.units.toFixed()).toBe('200');
  });

  it('layers: 10 RP/₹100 capped at 800 plus 2 RP/₹100 on all of it, then the category cap', () => {
    const card = cardFromYaml(`
id: layers
currency: points
point_value: "0.25"
processing_order: [amazon_spends]
categories:
  amazon_spends:
    kind: layered
    layers: [{earn: {points: "10", per: "100"}, cap: {points: "800"}}, {earn: {points: "2", per: "100"}}]
    cap: {points: "1000"}
`);
    expect(category(evaluateCard(card, spend({ amazon_spends: '10000' })), 'amazon_spends').units.toFixed()).toBe('1000');
    expect(category(evaluateCard(card, spend({ amazon_spends: '7000' })), 'amazon_spends').units.toFixed()).toBe('840');
    expect(category(evaluateCard(card, spend({ amazon_spends: '20000' })), 'amazon_spends').units.toFixed()).toBe('1000');
  });

  it('tiers by cumulative spend across categories in processing order: 3% to ₹10K, 5% beyond', () => {
    const card = cardFromYaml(`
id: tiered
currency: cashback
point_value: "1"
processing_order: [amazon_spends, flipkart_spends]
categories:
  amazon_spends: {kind: tiered}
  flipkart_spends: {kind: tiered, cap: {rupees: "1000"}}
tiers: [{up_to: "10000", earn: {percent: "3"}}, {earn: {percent: "5"}}]
`);
    const result = evaluateCard(card, spend({ amazon_spends: '5000', flipkart_spends: '7000' }));
    expect(category(result, 'amazon_spends').rupees.toFixed()).toBe('150');
    expect(category(result, 'flipkart_spends').segments.map((segment) => segment.spend.toFixed())).toEqual(['5000', '2000']);
    expect(category(result, 'flipkart_spends').rupees.toFixed()).toBe('250');
  });
});

describe('milestones, fees and totals', () => {
  const card = cardFromYaml(`
id: milestone-card
currency: points
point_value: "0.5"
fees: {joining: "1180", joining_without_gst: "1000", annual: "1180", annual_without_gst: "1000", annual_waiver: {min_yearly_spend: "200000"}}
processing_order: [amazon_spends, flipkart_spends]
categories:
  amazon_spends: {kind: flat, earn: {points: "2", per: "100"}}
milestones:
  - {min_spend: "50000", days: 90, voucher: "500"}
  - {min_spend: "100000", days: 365, points: "2000"}
`);

  it('counts a milestone when beneficial spend × days / 30 reaches it, valued per occurrence × occurrences per year', () => {
    // Beneficial spend counts the categories the card prices: amazon ₹10,000 (flipkart has no rule).
    const result = evaluateCard(card, spend({ amazon_spends: '10000', flipkart_spends: '9000' }));
    expect(result.beneficialSpend.toFixed()).toBe('10000');
    expect(result.milestones.map((milestone) => milestone.eligible)).toEqual([false, true]);
    expect(result.totalExtraBenefits.toFixed(2)).toBe('1000.00');
    expect(result.totalSavingsYearly.toFixed(2)).toBe('1200.00');
    expect(result.netSavings.toFixed(2)).toBe('1020.00');
  });

  it('at exactly the threshold the milestone is reached; ₹0.01 below it is not', () => {
    expect(evaluateCard(card, spend({ amazon_spends: '16666.67' })).milestones[0]?.eligible).toBe(true);
    expect(evaluateCard(card, spend({ amazon_spends: '16666.66' })).milestones[0]?.eligible).toBe(false);
  });

  it('waives the annual fee once 12 × total monthly spend reaches the threshold (roi), never the joining fee (net)', () => {
    const below = evaluateCard(card, spend({ amazon_spends: '10000', flipkart_spends: '6666.66' }));
    expect(below.annualFeeWaived).toBe(false);
    expect(below.roi.toFixed(2)).toBe(below.totalSavingsYearly.plus(below.totalExtraBenefits).minus(1180).toFixed(2));
    const at = evaluateCard(card, spend({ amazon_spends: '10000', flipkart_spends: '6666.67' }));
    expect(at.annualFeeWaived).toBe(true);
    expect(at.netSavings.toFixed(2)).toBe(at.totalSavingsYearly.minus(1180).plus(at.totalExtraBenefits).toFixed(2));
  });

  it('zero spend reaches no milestone, not even a zero threshold', () => {
    const zero = cardFromYaml(`
id: zero-threshold
currency: points
point_value: "1"
processing_order: [amazon_spends]
categories:
  amazon_spends: {kind: flat, earn: {points: "1", per: "100"}}
milestones: [{min_spend: "0", days: 30, voucher: "100"}]
`);
    expect(evaluateCard(zero, spend({})).totalExtraBenefits.toFixed(2)).toBe('0.00');
    expect(evaluateCard(zero, spend({ amazon_spends: '1' })).totalExtraBenefits.toFixed(2)).toBe('1200.00');
  });
});
