import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isScalar, parse, parseDocument, type Scalar } from 'yaml';
import { cardFileSchema, type CardFile } from '../../src/catalog/card-file-schema.js';
import { parseExplanationLine } from '../../src/catalog/import-cardgenius/explanation.js';
import { intendedDecimal, shortestDecimal } from '../../src/catalog/import-cardgenius/float-decimal.js';
import {
  CardGeniusImportError,
  CardGeniusResponseError,
  importCardGeniusResponse,
  writeRelease,
} from '../../src/catalog/import-cardgenius/index.js';
import { loadRelease } from '../../src/catalog/load-release.js';
import { sourceLabelFor } from '../../src/catalog/import-cardgenius/source-label.js';
import { REFERENCE_RELEASE_ID, findReferenceResponse, referenceResponseCandidates } from '../../src/verify/replay-reference.js';
import { isCi } from '../support/skip-banner.js';

const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CATALOG_ROOT = join(PACKAGE_ROOT, 'cards');

// ---- a tiny CardGenius response, built the way the real one is shaped ----------------------------

type Entry = Record<string, unknown>;

const monthly = (...lines: string[]) => lines.map((text) => ({ key: 'monthly', explanation: `<div>${text}</div>` }));
const rp = (spendText: string, points: string, per: string, received: string, brands = 'eligible brands') =>
  `On monthly spend of ₹${spendText} on <b>${brands}</b> you get ${points} RP for every ₹${per}, so you will receive <b>${received} RP</b>.`;
const earnZero = (spendText: string, brands = 'eligible brands') => `On monthly spends of ₹${spendText} on <b>${brands}</b> you earn <b>0 RP</b> (worth ₹0).`;
const cashback = (spendText: string, percent: string, received: string) =>
  `On monthly spends of ₹${spendText} on <b>eligible brands</b> you get ${percent}% cashback, so you receive <b>₹${received}</b> every month.`;
const tierLine = (spendText: string, tier: string, percent: string, received: string) =>
  `On monthly spend of ₹${spendText} on <b>eligible brands</b> (Tier: ${tier}) at ${percent}% cashback, you receive <b>₹${received}</b>.`;

function points(spend: number, earned: number, lines: string[], extra: Entry = {}): Entry {
  return {
    spend,
    savings: earned,
    savings_type: 'points',
    points_earned: earned,
    maxCap: 'Unlimited',
    totalMaxCap: 'Unlimited',
    maxCapReached: false,
    explanation: monthly(...lines),
    conv_rate: 0.25,
    spend_conversion: 100,
    ...extra,
  };
}

function none(spend = 0): Entry {
  return { spend, savings: 0, savings_type: 'points', points_earned: 0, maxCap: 'Unlimited', totalMaxCap: 'Unlimited', maxCapReached: false, explanation: [] };
}

function card(breakdown: Record<string, Entry>, overrides: Entry = {}): Entry {
  return {
    id: 7,
    card_name: 'Test  Card ',
    name: ' Test\tCard ',
    card_type: 'rewards',
    seo_card_alias: 'Test-Card',
    bank_name: 'Test Bank ',
    joining_fees: '590',
    joining_fee_without_gst: '500',
    annual_fees: '590',
    annual_fee_without_gst: '500',
    annual_fee_spends: '',
    annual_fee_waiver_toggle: 0,
    card_max_cap: 'Unlimited',
    invite_only: false,
    sourceable: 1,
    commissionable: 'False',
    redemption_options: [],
    recommended_redemption_options: [],
    welcomeBenefits: [],
    milestone_benefits: [],
    travel_benefits_all: [],
    spending_breakdown: breakdown,
    total_savings_yearly: 0,
    total_extra_benefits: 0,
    roi: 0,
    ...overrides,
  };
}

const responseOf = (...cards: Entry[]) => ({ request: {}, response: { success: true, savings: cards } });

function importCard(cardJson: Entry): { file: CardFile; yaml: string } {
  const result = importCardGeniusResponse(responseOf(cardJson), { releaseId: '2026-04', sourceLabel: 'test.json' });
  const [only] = result.cards;
  if (!only) throw new Error('no card imported');
  return { file: cardFileSchema.parse(parse(only.yaml)), yaml: only.yaml };
}

// ---- the committed release is the importer's output ----------------------------------------------

describe('the committed cards/2026-04 release', () => {
  const reference = findReferenceResponse(PACKAGE_ROOT);
  const missing = `reference response not found (looked in ${referenceResponseCandidates(PACKAGE_ROOT).join(', ')})`;

  it.runIf(reference === null && isCi())('fails in CI when the reference response is missing', () => {
    throw new Error(missing);
  });

  it.skipIf(reference === null)('is exactly what the importer produces from the reference response (set CARDGENIUS_UPDATE_RELEASE=1 to regenerate)', () => {
    if (reference === null) throw new Error(missing);
    const text = readFileSync(reference, 'utf8');
    const result = importCardGeniusResponse(JSON.parse(text), { releaseId: REFERENCE_RELEASE_ID, sourceLabel: sourceLabelFor(reference, text) });
    if (process.env['CARDGENIUS_UPDATE_RELEASE'] === '1') writeRelease(CATALOG_ROOT, result);

    const releaseDir = join(CATALOG_ROOT, REFERENCE_RELEASE_ID);
    expect(readFileSync(join(releaseDir, 'release.yaml'), 'utf8')).toBe(result.manifestYaml);
    const committed = readdirSync(join(releaseDir, 'cards')).filter((name) => name.endsWith('.yaml')).sort();
    expect(committed).toEqual(result.cards.map((entry) => entry.fileName));
    for (const entry of result.cards) {
      expect(readFileSync(join(releaseDir, 'cards', entry.fileName), 'utf8'), entry.fileName).toBe(entry.yaml);
    }
    expect(result.cards).toHaveLength(138);
    expect(result.report.filter((note) => note.severity === 'warning')).toEqual([]);
  });

  it('loads and validates (schema and hygiene) with 138 cards', () => {
    if (!existsSync(join(CATALOG_ROOT, REFERENCE_RELEASE_ID, 'release.yaml'))) throw new Error('cards/2026-04 is missing');
    const release = loadRelease(CATALOG_ROOT, REFERENCE_RELEASE_ID);
    expect(release.cards).toHaveLength(138);
    expect(release.categories.get('domestic_lounge_usage_quarterly')?.unit).toBe('visits_per_quarter');
    expect(release.categories.get('flights_annual')?.unit).toBe('rupees_per_month');
  });
});

// ---- floats and text ------------------------------------------------------------------------------

describe('recovering the decimal CardGenius meant', () => {
  it.each([
    [0.5799999833106995, '0.58'], // float32 0.58
    [0.15000000596046448, '0.15'],
    [0.800000011920929, '0.8'],
    [2358.8199999999997, '2358.82'], // 1999 × 1.18 in float64
    [0.1997, '0.1997'],
    [8334, '8334'],
    [1e-7, '0.0000001'],
    [166.66666666666669, '166.66666666666669'], // a genuine repeating value stays as it is
  ])('given %s, expects "%s"', (value, expected) => {
    expect(intendedDecimal(value)).toBe(expected);
  });

  it('the replay comparison uses the plain shortest float64 round trip', () => {
    expect(shortestDecimal(78501.20000000001)).toBe('78501.20000000001');
    expect(shortestDecimal(1e21)).toBe('1000000000000000000000');
  });
});

describe('explanation lines', () => {
  it('reads a points rate with thousands separators', () => {
    expect(parseExplanationLine(`<div>${rp('45.67K', '3', '20,000', '1,913')}</div>`)).toEqual({
      type: 'points',
      spendText: '45.67K',
      brands: 'eligible brands',
      points: '3',
      per: '20000',
      received: '1913',
    });
  });

  it('reads a cashback tier label', () => {
    expect(parseExplanationLine(`<div>${tierLine('2K', '10K-Unlimited', '5', '100')}</div>`)).toMatchObject({
      type: 'percent',
      percent: '5',
      tier: { from: '10K', to: null },
    });
  });

  it('recognises "you earn 0 RP" (no rate shown) and lounge lines', () => {
    expect(parseExplanationLine(`<div>${earnZero('4K', 'Ajio, Myntra')}</div>`)).toEqual({ type: 'zero', spendText: '4K', brands: 'Ajio, Myntra' });
    expect(parseExplanationLine('<div>You get 2.25 lounge visits per quarter, worth ₹562.5 monthly.</div>')).toEqual({ type: 'lounge', visits: '2.25', worth: '562.5' });
  });
});

// ---- rule kinds -----------------------------------------------------------------------------------

describe('importing one card', () => {
  it('given a single rate per category, writes flat rules with the category cap, and drops placeholder caps', () => {
    const { file } = importCard(
      card({
        amazon_spends: points(5000, 250, [rp('5K', '5', '100', '250')], { maxCap: 2000 }),
        flipkart_spends: points(7000, 350, [rp('7K', '5', '100', '350')], { maxCap: 100000000 }),
        fuel: none(6000),
      }),
    );
    expect(file.categories['amazon_spends']).toEqual({ kind: 'flat', earn: { points: '5', per: '100' }, cap: { points: '2000' } });
    expect(file.categories['flipkart_spends']).toEqual({ kind: 'flat', earn: { points: '5', per: '100' }, cap: null });
    expect(file.categories['fuel']).toBeUndefined();
    expect(file.processing_order).toEqual(['amazon_spends', 'flipkart_spends', 'fuel']);
    expect(file.notes.join('\n')).toContain('flipkart_spends (100000000)');
  });

  it('given two slices of one category (SimplyCLICK: 305 RP on ₹8,000), recovers the accelerated budget exactly as slabs', () => {
    const { file } = importCard(
      card({
        grocery_spends_online: points(8000, 305, [rp('5.5K', '1', '100', '55'), rp('2.5K', '10', '100', '250')], { maxCap: 10000 }),
        dining_or_going_out: points(10000, 100, [rp('10K', '1', '100', '100')]),
      }),
    );
    expect(file.categories['grocery_spends_online']).toEqual({
      kind: 'slabs',
      slabs: [
        { up_to: '2500', earn: { points: '10', per: '100' } },
        { up_to: null, earn: { points: '1', per: '100' } },
      ],
      cap: { points: '10000' },
    });
    expect(file.notes.join('\n')).toContain('accelerated budget inferred from one sample');
  });

  it('given slices the text rounds ("₹7.96K", "₹375"), takes the exact slice from the points earned (HDFC Freedom)', () => {
    const { file } = importCard(
      card({
        online_food_ordering: points(8333, 78.05333333333334, [rp('7.96K', '1', '150', '53', 'Swiggy'), rp('375', '10', '150', '25', 'Swiggy')], {
          spend_conversion: 150,
          maxCap: 2500,
        }),
        dining_or_going_out: points(10000, 66.66666666666667, [rp('10K', '1', '150', '67')], { spend_conversion: 150 }),
      }),
    );
    const rule = file.categories['online_food_ordering'];
    expect(rule?.kind === 'slabs' ? rule.slabs[0] : null).toEqual({ up_to: '375', earn: { points: '10', per: '150' } });
  });

  it('given two rates on the same spend (RBL Maxima Plus), writes layers and reads a layer cap from the shorter line', () => {
    const { file } = importCard(
      card({
        grocery_spends_online: points(8000, 960, [rp('8K', '10', '100', '800'), rp('8K', '2', '100', '160')], { maxCap: 1000 }),
        dining_or_going_out: points(10000, 1000, [rp('10K', '10', '100', '800'), rp('10K', '2', '100', '200')], { maxCap: 1000, maxCapReached: true }),
      }),
    );
    const layers = [
      { earn: { points: '10', per: '100' }, cap: { points: '800' } },
      { earn: { points: '2', per: '100' }, cap: null },
    ];
    expect(file.categories['dining_or_going_out']).toEqual({ kind: 'layered', layers, cap: { points: '1000' } });
    // Grocery's ₹8,000 earned exactly 800 on the first layer, so its cap is taken from dining's.
    expect(file.categories['grocery_spends_online']).toEqual({ kind: 'layered', layers, cap: { points: '1000' } });
    expect(file.notes.join('\n')).toContain('given the cap seen on dining_or_going_out');
  });

  it('given CardGenius tier labels (IDFC FIRST Hello Cashback), writes card tiers and tiered categories', () => {
    const cashbackEntry = (spend: number, savings: number, lines: string[], extra: Entry = {}): Entry => ({
      spend,
      savings,
      savings_type: 'cashback',
      points_earned: 0,
      maxCap: 1000,
      totalMaxCap: 1500,
      maxCapReached: false,
      explanation: monthly(...lines),
      cashback_percentage: 'tiered',
      cb_type: 'tiered',
      ...extra,
    });
    const { file } = importCard(
      card(
        {
          amazon_spends: cashbackEntry(5000, 150, [tierLine('5K', '0-10K', '3', '150')]),
          flipkart_spends: cashbackEntry(7000, 250, [tierLine('2K', '10K-Unlimited', '5', '100'), tierLine('5K', '0-10K', '3', '150')]),
          ott_channels: cashbackEntry(0, 0, []),
          dining_or_going_out: cashbackEntry(10000, 100, [cashback('10K', '1', '100')], { cashback_percentage: 1, cb_type: 'flat', maxCap: 1500 }),
        },
        { card_type: 'cashback', card_max_cap: '1500' },
      ),
    );
    expect(file.tiers).toEqual([
      { up_to: '10000', earn: { percent: '3' } },
      { up_to: null, earn: { percent: '5' } },
    ]);
    expect(file.categories['amazon_spends']).toEqual({ kind: 'tiered', cap: { rupees: '1000' } });
    expect(file.categories['ott_channels']).toEqual({ kind: 'tiered', cap: { rupees: '1000' } });
    expect(file.categories['dining_or_going_out']).toEqual({ kind: 'flat', earn: { percent: '1' }, cap: { rupees: '1500' } });
    expect(file.point_value).toBe('1');
    expect(file.card_cap).toEqual({ rupees: '1500' });
  });

  it('given a split that continues earlier categories at one rate and later ones at the other (IDFC Mayura), reconstructs cumulative tiers', () => {
    const at = (spend: number, rate: string) => points(spend, (spend * Number(rate)) / 150, [rp(`${spend / 1000}K`, rate, '150', '0')], { spend_conversion: 150, conv_rate: 0.5 });
    const { file } = importCard(
      card({
        flipkart_spends: at(7000, '5'),
        amazon_spends: at(5000, '5'),
        grocery_spends_online: at(8000, '5'),
        online_food_ordering: points(8333, 555.5, [rp('8.33K', '10', '150', '555'), rp('1', '5', '150', '0')], { spend_conversion: 150, conv_rate: 0.5 }),
        other_offline_spends: at(4000, '10'),
        rent: at(45667, '3'),
      }),
    );
    expect(file.tiers).toEqual([
      { up_to: '20001', earn: { points: '5', per: '150' } },
      { up_to: null, earn: { points: '10', per: '150' } },
    ]);
    for (const key of ['flipkart_spends', 'amazon_spends', 'grocery_spends_online', 'online_food_ordering', 'other_offline_spends']) {
      expect(file.categories[key], key).toEqual({ kind: 'tiered', cap: null });
    }
    expect(file.categories['rent']).toEqual({ kind: 'flat', earn: { points: '3', per: '150' }, cap: null });
    expect(file.point_value).toBe('0.5');
  });

  it('given the second band is the lower rate (Amex Gold), tiers only the categories up to the crossing', () => {
    const at = (spend: number, rate: string) => points(spend, (spend * Number(rate)) / 50, [rp(`${spend / 1000}K`, rate, '50', '0')], { spend_conversion: 50 });
    const { file } = importCard(
      card({
        flipkart_spends: at(7000, '5'),
        grocery_spends_online: points(8000, 600, [rp('2.5K', '1', '50', '50', 'Flipkart'), rp('5.5K', '5', '50', '550', 'Flipkart')], { spend_conversion: 50 }),
        amazon_spends: at(5000, '1'),
      }),
    );
    expect(file.tiers).toEqual([
      { up_to: '12500', earn: { points: '5', per: '50' } },
      { up_to: null, earn: { points: '1', per: '50' } },
    ]);
    expect(file.categories['grocery_spends_online']).toEqual({ kind: 'tiered', cap: null });
    expect(file.categories['amazon_spends']).toEqual({ kind: 'flat', earn: { points: '1', per: '50' }, cap: null });
  });

  it('given a later category still earning the first rate, keeps the split as per-category slabs (no tiers)', () => {
    const at = (spend: number, rate: string) => points(spend, (spend * Number(rate)) / 100, [rp(`${spend / 1000}K`, rate, '100', '0')]);
    const { file } = importCard(
      card({
        amazon_spends: at(5000, '1'),
        grocery_spends_online: points(8000, 305, [rp('5.5K', '1', '100', '55'), rp('2.5K', '10', '100', '250')]),
        dining_or_going_out: at(10000, '1'),
      }),
    );
    expect(file.tiers).toEqual([]);
    expect(file.categories['grocery_spends_online']?.kind).toBe('slabs');
  });

  it('infers hidden rates: the most common rate where the card-wide cap ate the points, the lowest where there was no spend', () => {
    const at = (key: string, rate: string) => [key, points(1000, Number(rate) * 10, [rp('1K', rate, '100', '0')])] as const;
    const { file } = importCard(
      card(
        {
          ...Object.fromEntries([at('electricity_bills', '10'), at('water_bills', '10'), at('mobile_phone_bills', '10'), at('amazon_spends', '2')]),
          flipkart_spends: points(7000, 0, [earnZero('7K')], { maxCapReached: true, maxCap: 2000 }),
          ott_channels: points(0, 0, [earnZero('0')]),
        },
        { card_max_cap: '2000' },
      ),
    );
    expect(file.categories['flipkart_spends']).toEqual({ kind: 'flat', earn: { points: '10', per: '100' }, cap: { points: '2000' } });
    expect(file.categories['ott_channels']).toEqual({ kind: 'flat', earn: { points: '2', per: '100' }, cap: null });
    const notes = file.notes.join('\n');
    expect(notes).toContain('Rate of flipkart_spends not observable');
    expect(notes).toContain("No spend in ott_channels, so CardGenius shows no rate; inferred 2 RP per ₹100, the card's lowest observed rate");
  });

  it('given spend, no cap reached and nothing earned, keeps a rate-0 rule (CardGenius counts it as beneficial spend)', () => {
    const { file } = importCard(card({ amazon_spends: points(5000, 0, [earnZero('5K')]) }));
    expect(file.categories['amazon_spends']).toEqual({ kind: 'flat', earn: { points: '0', per: '100' }, cap: null });
  });

  it('recovers floats, fees, waiver, point value, card cap "0", milestones and redemption', () => {
    const { file } = importCard(
      card(
        { amazon_spends: points(5000, 500, [rp('5K', '5', '50', '500')], { conv_rate: 0.5799999833106995, spend_conversion: 50 }) },
        {
          joining_fees: '2358.8199999999997',
          joining_fee_without_gst: ' 1999',
          annual_fees: 14160,
          annual_fee_without_gst: '12000 ',
          annual_fee_waiver_toggle: 1,
          annual_fee_spends: '',
          card_max_cap: '0',
          milestone_benefits: [
            { minSpend: '', maxDays: '365', rpBonus: '500', voucherBonus: '' },
            { minSpend: '25000', maxDays: '30', rpBonus: '250', voucherBonus: '' },
          ],
          redemption_options: [{ method: '', brand: ' Gold Catalogue ', min_points: 0, conversion_rate: 0.6499999761581421 }],
          recommended_redemption_options: [{ redemption_option: { method: 'Vouchers', brand: 'SmartBuy', min_points: 2000, conversion_rate: 0.800000011920929 } }],
        },
      ),
    );
    expect(file.name).toBe('Test Card');
    expect(file.issuer).toBe('Test Bank');
    expect(file.currency).toBe('points');
    expect(file.flags).toEqual({ sourceable: true, commissionable: false, invite_only: false });
    expect(file.fees).toEqual({
      joining: '2358.82',
      joining_without_gst: '1999',
      annual: '14160',
      annual_without_gst: '12000',
      annual_waiver: { min_yearly_spend: null },
    });
    expect(file.point_value).toBe('0.58');
    expect(file.card_cap).toBeNull();
    expect(file.milestones).toEqual([{ min_spend: '25000', days: 30, voucher: '0', points: '250' }]);
    expect(file.redemption).toEqual({
      recommended: { method: 'Vouchers', brand: 'SmartBuy', rate: '0.8', min_points: '2000' },
      options: [{ method: 'Unspecified', brand: 'Gold Catalogue', rate: '0.65', min_points: '0' }],
    });
    const notes = file.notes.join('\n');
    expect(notes).toContain('card_max_cap is 0');
    expect(notes).toContain('Milestone without a spend threshold skipped');
  });

  it('prices lounges from the first travel benefit: quarterly allowance if set, else annual / 4; railway is left unpriced', () => {
    const lounge = (visits: number, worth: number): Entry => ({
      spend: visits,
      savings: worth,
      savings_type: 'cashback',
      points_earned: 0,
      maxCap: 'Unlimited',
      totalMaxCap: 'Unlimited',
      maxCapReached: false,
      explanation: monthly(`You get ${visits} lounge visits per quarter, worth ₹${worth} monthly.`),
    });
    const { file } = importCard(
      card(
        {
          amazon_spends: points(5000, 250, [rp('5K', '5', '100', '250')]),
          domestic_lounge_usage_quarterly: lounge(2.25, 375),
          international_lounge_usage_quarterly: lounge(0.75, 312.5),
          railway_lounge_usage_quarterly: lounge(0, 0),
        },
        {
          travel_benefits_all: [
            { domestic_lounge_quarterly: 0, domestic_lounge_annually: 6, international_lounge_quarterly: 0, international_lounge_annually: 10000000, railway_lounge_quarterly: 4, railway_lounge_annually: 16 },
            { domestic_lounge_quarterly: 99, domestic_lounge_annually: 99 },
          ],
        },
      ),
    );
    expect(file.categories['domestic_lounge_usage_quarterly']).toEqual({ kind: 'lounge', visit_value: '750', allowance_per_quarter: '1.5' });
    expect(file.categories['international_lounge_usage_quarterly']).toEqual({ kind: 'lounge', visit_value: '1250', allowance_per_quarter: null });
    expect(file.categories['railway_lounge_usage_quarterly']).toBeUndefined();
    expect(file.notes.join('\n')).toContain('railway_lounge_usage_quarterly: allowance 4 visits/quarter');
  });

  it('writes deterministic YAML: a generator header, every decimal double-quoted, no anchors', () => {
    const cardJson = card({
      amazon_spends: points(5000, 250, [rp('5K', '5', '100', '250')]),
      flipkart_spends: points(7000, 350, [rp('7K', '5', '100', '350')]),
    });
    const first = importCard(cardJson).yaml;
    expect(importCard(cardJson).yaml).toBe(first);
    expect(first.startsWith('# Generated by `cardgenius catalog import-cardgenius` from test.json (CardGenius card 7).\n')).toBe(true);
    expect(first).not.toMatch(/[&*]a\d/);
    const doc = parseDocument(first);
    const pointValue = doc.get('point_value', true);
    expect(isScalar(pointValue) && (pointValue as Scalar).type).toBe('QUOTE_DOUBLE');
    expect(first).toContain('earn: {points: "5", per: "100"}');
  });

  it('lists every category key in the manifest, lounge keys counted in visits per quarter', () => {
    const result = importCardGeniusResponse(
      responseOf(card({ amazon_spends: points(5000, 250, [rp('5K', '5', '100', '250')]), domestic_lounge_usage_quarterly: none() })),
      { releaseId: '2026-04', sourceLabel: 'test.json' },
    );
    const manifest = parse(result.manifestYaml) as { effective_date: string; categories: { key: string; unit: string }[] };
    expect(manifest.effective_date).toBe('2026-04-01');
    expect(manifest.categories.map((category) => [category.key, category.unit])).toEqual([
      ['amazon_spends', 'rupees_per_month'],
      ['domestic_lounge_usage_quarterly', 'visits_per_quarter'],
    ]);
  });

  it('rejects what is not a calculate response, and aliases that collide', () => {
    expect(() => importCardGeniusResponse({ savings: [] }, { releaseId: '2026-04', sourceLabel: 'x' })).toThrow(CardGeniusResponseError);
    const twin = card({ amazon_spends: points(5000, 250, [rp('5K', '5', '100', '250')]) });
    expect(() => importCardGeniusResponse(responseOf(twin, { ...twin, seo_card_alias: 'test-card' }), { releaseId: '2026-04', sourceLabel: 'x' })).toThrow(
      CardGeniusImportError,
    );
  });
});
