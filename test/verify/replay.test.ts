import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cardIdFromAlias } from '../../src/catalog/import-cardgenius/build-card-file.js';
import { parseCardGeniusResponse } from '../../src/catalog/import-cardgenius/response-schema.js';
import { loadRelease } from '../../src/catalog/load-release.js';
import { Decimal } from '../../src/contract/decimal.js';
import { evaluateCard } from '../../src/reference/evaluate-card.js';
import { replayCardGenius } from '../../src/verify/replay.js';
import { REFERENCE_RELEASE_ID, findReferenceResponse, referenceResponseCandidates } from '../../src/verify/replay-reference.js';
import { isYearlyRequestKey, monthlyFromYearly, requestToCategorySpend } from '../../src/verify/replay-request.js';
import { cardFromYaml, releaseOf } from '../reference/card-fixture.js';
import { isCi } from '../support/skip-banner.js';

const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CATALOG_ROOT = join(PACKAGE_ROOT, 'cards');
const reference = findReferenceResponse(PACKAGE_ROOT);
const missing = `reference response not found (looked in ${referenceResponseCandidates(PACKAGE_ROOT).join(', ')})`;

describe('request → monthly category spend', () => {
  it('divides yearly keys by 12 rounding up to the rupee, and passes monthly keys and lounge visits through', () => {
    const spend = requestToCategorySpend({
      flights_annual: 100000,
      hotels_annual: 60000,
      life_insurance: 24000,
      rent: 45667,
      domestic_lounge_usage_quarterly: 2.25,
    });
    expect(Object.fromEntries([...spend].map(([key, value]) => [key, value.toFixed()]))).toEqual({
      flights_annual: '8334',
      hotels_annual: '5000',
      life_insurance: '2000',
      rent: '45667',
      domestic_lounge_usage_quarterly: '2.25',
    });
  });

  it('rounds up exactly, also for fractional yearly amounts', () => {
    expect(monthlyFromYearly(new Decimal('12')).toFixed()).toBe('1');
    expect(monthlyFromYearly(new Decimal('12.01')).toFixed()).toBe('2');
    expect(monthlyFromYearly(new Decimal('0')).toFixed()).toBe('0');
    expect(isYearlyRequestKey('insurance_car_or_bike_annual')).toBe(true);
    expect(isYearlyRequestKey('school_fees')).toBe(false);
  });
});

describe('the report', () => {
  const card = cardFromYaml(`
id: test-card
currency: cashback
point_value: "1"
processing_order: [amazon_spends, flipkart_spends]
categories:
  amazon_spends: {kind: flat, earn: {percent: "5"}}
`);
  const entry = (spend: number, savings: number) => ({ spend, savings, explanation: [] });
  const response = (savings: Record<string, unknown>[]) => ({ request: { amazon_spends: 1000, flipkart_spends: 500 }, response: { savings } });
  const base = {
    id: 1,
    card_type: 'cashback',
    bank_name: 'Bank',
    name: 'Test Card',
    total_savings_yearly: 600,
    total_extra_benefits: 0,
    roi: 600,
    spending_breakdown: { amazon_spends: entry(1000, 50), flipkart_spends: entry(500, 0) },
  };

  it('counts matches within ₹1 (totals) and ₹0.01 (categories) and lists every mismatch as decimal strings', () => {
    const report = replayCardGenius(
      releaseOf([card]),
      response([
        { ...base, seo_card_alias: 'Test-Card', roi: 601.5, spending_breakdown: { amazon_spends: entry(1000, 50.005), flipkart_spends: entry(500, 0.02) } },
        { ...base, seo_card_alias: 'missing-card' },
      ]),
    );
    expect(report.cards).toBe(2);
    expect(report.category_entries).toBe(4);
    expect(report.matched).toEqual({ total_savings_yearly: 1, total_extra_benefits: 1, roi: 0, category_savings: 1 });
    expect(report.mismatches).toEqual([
      { card_id: 'test-card', card_name: 'Test Card', field: 'roi', expected: '601.5', actual: '600' },
      { card_id: 'test-card', card_name: 'Test Card', field: 'category_savings', category: 'flipkart_spends', expected: '0.02', actual: '0' },
      { card_id: 'missing-card', card_name: 'Test Card', field: 'card', expected: 'in the response', actual: 'not in the release' },
    ]);
  });
});

describe('replaying the reference response over the committed release', () => {
  it.runIf(reference === null && isCi())('fails in CI when the reference response is missing', () => {
    throw new Error(missing);
  });

  describe.skipIf(reference === null)('cards/2026-04', () => {
    const json: unknown = reference === null ? null : JSON.parse(readFileSync(reference, 'utf8'));
    const release = loadRelease(CATALOG_ROOT, REFERENCE_RELEASE_ID);

    it('meets the acceptance: ≥ 137/138 cards per total, ≥ 99% of category savings; only the documented mismatches remain', () => {
      const report = replayCardGenius(release, json);
      expect(report.cards).toBe(138);
      expect(report.category_entries).toBe(4220);
      expect(report.matched.total_savings_yearly).toBeGreaterThanOrEqual(137);
      expect(report.matched.total_extra_benefits).toBeGreaterThanOrEqual(137);
      expect(report.matched.roi).toBeGreaterThanOrEqual(137);
      expect(report.matched.category_savings / report.category_entries).toBeGreaterThanOrEqual(0.99);
      // Exact figures, so any regression (or improvement) is noticed and docs/replay-findings.md updated.
      expect(report.matched).toEqual({ total_savings_yearly: 138, total_extra_benefits: 137, roi: 137, category_savings: 4220 });
      // HDFC Biz First: CardGenius flags its milestone eligible yet reports 0 extra benefits (docs/replay-findings.md).
      expect(report.mismatches.map((mismatch) => [mismatch.card_id, mismatch.field, mismatch.expected, mismatch.actual])).toEqual([
        ['hdfc-biz-first-credit-card', 'total_extra_benefits', '0', '8000'],
        ['hdfc-biz-first-credit-card', 'roi', '1171.5720000000001', '9171.57'],
      ]);
    });

    it('reproduces the spend CardGenius priced, its total spend and its beneficial spend for every card', () => {
      const response = parseCardGeniusResponse(json);
      const spend = requestToCategorySpend(response.request);
      const byId = new Map(release.cards.map((card) => [card.id, card]));
      for (const expected of response.response.savings) {
        const card = byId.get(cardIdFromAlias(expected.seo_card_alias));
        if (!card) throw new Error(`${expected.seo_card_alias} missing`);
        const evaluation = evaluateCard(card, spend);
        expect(evaluation.totalSpend.toFixed(), card.id).toBe(String(expected.total_spends));
        expect(evaluation.beneficialSpend.toFixed(), card.id).toBe(String(expected.total_beneficial_spends));
        for (const [key, entry] of Object.entries(expected.spending_breakdown)) {
          // Lounge rows show 0 visits on cards without a lounge benefit; spend keys always match.
          if (key.endsWith('_lounge_usage_quarterly')) continue;
          expect((spend.get(key) ?? new Decimal(0)).toFixed(), `${card.id} ${key}`).toBe(String(entry.spend));
        }
      }
    });
  });
});
