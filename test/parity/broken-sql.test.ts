/**
 * The parity comparison must catch a wrong compile: a template whose rounding is subtly off, and
 * a release constant tampered with on its way into SQL, both produce differences.
 */
import { expect, it } from 'vitest';
import { loadRelease } from '../../src/catalog/load-release.js';
import type { Card, Release } from '../../src/catalog/rule-tree.js';
import { loadTemplateSources } from '../../src/compiler/templates.js';
import { Decimal } from '../../src/contract/decimal.js';
import { loadInputMapping } from '../../src/contract/input-mapping.js';
import { describeWithDatabase, useTestDatabase } from '../support/test-database.js';
import { generateUser } from '../../src/db/seed-users.js';
import { boundaryUsers, extremeUsers, sampleUsers, withIds, type SpendRow } from './support/parity-users.js';
import { runParityScenario } from './support/parity-scenario.js';

const CATALOG = new URL('../fixtures/compiler-catalog/', import.meta.url).pathname;
const SHIPPED_CATALOG = new URL('../../cards/', import.meta.url).pathname;
const RELEASE = '2099-01-fixture';

/** The release with one card's category cap changed. */
function withCategoryCap(release: Release, cardId: string, category: string, cap: string): Release {
  const cards = release.cards.map((card): Card => {
    if (card.id !== cardId) return card;
    const entry = card.rules.get(category);
    if (!entry || entry.rule.kind !== 'flat') throw new Error(`${cardId} has no flat ${category}`);
    const rules = new Map(card.rules);
    rules.set(category, { ...entry, rule: { ...entry.rule, cap: new Decimal(cap) } });
    return { ...card, rules };
  });
  return { ...release, cards };
}

describeWithDatabase('parity catches broken SQL', () => {
  const database = useTestDatabase();
  const release = loadRelease(CATALOG, RELEASE);
  const mapping = loadInputMapping(CATALOG, release);
  const users = withIds('B', [...boundaryUsers(release, mapping), ...extremeUsers(mapping), ...sampleUsers(mapping, 500, 7)]);

  it('the untouched compile has zero differences (the control)', async () => {
    const outcome = await runParityScenario({ db: database().db, release, mapping, users, modes: ['statements'] });
    expect(outcome.reports.get('statements')?.differences).toBe(0);
  }, 300_000);

  it('a template whose pro-rata split floors instead of rounding half away from zero is caught', async () => {
    const sources = { ...loadTemplateSources() };
    const original = sources['partial-prorata-share'] ?? '';
    // X = 2·W + M → 2·W: FLOOR(units × input / spend, 2) instead of ROUND_HALF_AWAY(…, 2).
    const mutated = original.replaceAll(' * 200000000 + GREATEST({{ident "s"}}.{{ident prorata.total}}, 0.01) * 1000000', ' * 200000000');
    expect(mutated).not.toBe(original);
    sources['partial-prorata-share'] = mutated;
    const outcome = await runParityScenario({ db: database().db, release, mapping, users, modes: ['statements'], compileOptions: { templates: sources } });
    const report = outcome.reports.get('statements');
    expect(report?.differences).toBeGreaterThan(0);
    expect(report?.sample.some((difference) => /(myntra|ajio|other_online)_points/.test(difference.what))).toBe(true);
  }, 300_000);

  it('a tampered cap constant (5000 → 4999 points) is caught at the cap boundary', async () => {
    const tampered = withCategoryCap(release, 'alpha-flat-points', 'amazon_spends', '4999');
    const outcome = await runParityScenario({ db: database().db, release, mapping, users, modes: ['statements'], compiledRelease: tampered });
    const report = outcome.reports.get('statements');
    expect(report?.differences).toBeGreaterThan(0);
    expect(report?.sample.some((difference) => difference.label.includes('alpha-flat-points amazon_spends category cap'))).toBe(true);
  }, 300_000);

  it('a card bound that prunes too much (cards within ₹50 of the threshold) is caught on the shipped release', async () => {
    const shipped = loadRelease(SHIPPED_CATALOG, '2026-04');
    const shippedMapping = loadInputMapping(SHIPPED_CATALOG, shipped);
    const seeded = withIds('P', Array.from({ length: 800 }, (_, index) => ({ label: `seeded#${index + 1}`, values: generateUser(5, index + 1).spend as SpendRow })));
    const sources = { ...loadTemplateSources() };
    const original = sources['partial-card-bound'] ?? '';
    const mutated = original.replace('>= {{ident "cg_theta"}} + {{decimal joining}}', '>= {{ident "cg_theta"}} + {{decimal joining}} + 50');
    expect(mutated).not.toBe(original);
    sources['partial-card-bound'] = mutated;
    const outcome = await runParityScenario({ db: database().db, release: shipped, mapping: shippedMapping, users: seeded, modes: ['statements'], compileOptions: { templates: sources } });
    expect(outcome.reports.get('statements')?.differences).toBeGreaterThan(0);
  }, 300_000);
});
