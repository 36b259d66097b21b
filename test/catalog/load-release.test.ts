import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogValidationError, formatProblem } from '../../src/catalog/catalog-error.js';
import { loadRelease } from '../../src/catalog/load-release.js';
import { parseInputMapping } from '../../src/contract/input-mapping.js';
import { PRD_MAPPING_YAML, releaseOf } from '../reference/card-fixture.js';

const MANIFEST = `id: "2026-01"
effective_date: "2026-01-01"
source: test
categories:
  - {key: amazon_spends, unit: rupees_per_month}
  - {key: flipkart_spends, unit: rupees_per_month}
  - {key: domestic_lounge_usage_quarterly, unit: visits_per_quarter}
`;

const GOOD_CARD = `id: good-card
name: Good Card
issuer: Bank
currency: points
flags: {sourceable: true, commissionable: false, invite_only: false}
fees: {joining: "500", joining_without_gst: "423.73", annual: "500", annual_without_gst: "423.73"}
point_value: "0.25"
card_cap: {points: "5000"}
processing_order: [amazon_spends, flipkart_spends]
categories:
  amazon_spends:
    kind: flat
    earn: {points: "5", per: "100"}
redemption: {}
`;

let root = '';
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function catalogWith(cards: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'cg-catalog-'));
  mkdirSync(join(root, '2026-01', 'cards'), { recursive: true });
  writeFileSync(join(root, '2026-01', 'release.yaml'), MANIFEST);
  for (const [name, text] of Object.entries(cards)) writeFileSync(join(root, '2026-01', 'cards', name), text);
  return root;
}

function problemsOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof CatalogValidationError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('expected a CatalogValidationError');
}

describe('loading a release', () => {
  it('parses a valid card into the rule tree with a stable content hash', () => {
    const dir = catalogWith({ 'good-card.yaml': GOOD_CARD });
    const release = loadRelease(dir, '2026-01');
    expect(release.cards.map((card) => card.id)).toEqual(['good-card']);
    expect(release.cards[0]?.cardCap?.toFixed()).toBe('5000');
    expect(release.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(loadRelease(dir, '2026-01').contentHash).toBe(release.contentHash);
  });

  it('reports a float where a decimal string belongs at file:line with the field', () => {
    const dir = catalogWith({ 'good-card.yaml': GOOD_CARD.replace('point_value: "0.25"', 'point_value: 0.25') });
    expect(problemsOf(() => loadRelease(dir, '2026-01'))).toEqual([
      'cards/2026-01/cards/good-card.yaml:7:14 point_value: must be a quoted decimal string, e.g. "1500" or "0.25"',
    ]);
  });

  it('reports unknown keys (typos), unknown categories and omitted processing order entries', () => {
    const broken = GOOD_CARD.replace('    kind: flat\n', '    kind: flat\n    capp: {points: "1"}\n');
    const unknown = GOOD_CARD.replace('id: good-card', 'id: other-card').replace('  amazon_spends:\n', '  fuel:\n');
    const problems = problemsOf(() => loadRelease(catalogWith({ 'good-card.yaml': broken, 'other-card.yaml': unknown }), '2026-01'));
    expect(problems).toEqual([
      expect.stringMatching(/^cards\/2026-01\/cards\/good-card\.yaml:12:5 categories\.amazon_spends: Unrecognized key: "capp"/),
      'cards/2026-01/cards/other-card.yaml:12:5 categories.fuel: unknown category "fuel" (not in the release manifest)',
      'cards/2026-01/cards/other-card.yaml:12:5 categories.fuel: processing_order omits "fuel"',
    ]);
  });

  it('reports caps in the wrong unit, absurd rates, duplicate order entries and YAML syntax errors', () => {
    const bad = GOOD_CARD.replace('card_cap: {points: "5000"}', 'card_cap: {rupees: "5000"}')
      .replace('earn: {points: "5", per: "100"}', 'earn: {points: "500", per: "100"}')
      .replace('[amazon_spends, flipkart_spends]', '[amazon_spends, amazon_spends]');
    const problems = problemsOf(() => loadRelease(catalogWith({ 'good-card.yaml': bad, 'syntax.yaml': 'id: [unclosed\n' }), '2026-01'));
    expect(problems).toContain("cards/2026-01/cards/good-card.yaml:8:11 card_cap: a points card's caps are in points");
    expect(problems).toContain('cards/2026-01/cards/good-card.yaml:9:35 processing_order.1: "amazon_spends" appears twice');
    expect(problems.some((text) => text.startsWith('cards/2026-01/cards/good-card.yaml:13:20 categories.amazon_spends.earn.points: 500 points per ₹100'))).toBe(true);
    expect(problems.some((text) => /^cards\/2026-01\/cards\/syntax\.yaml:\d+:\d+ YAML: /.test(text))).toBe(true);
  });

  it('rejects duplicate card ids and file names that do not match the id', () => {
    const problems = problemsOf(() => loadRelease(catalogWith({ 'good-card.yaml': GOOD_CARD, 'copy.yaml': GOOD_CARD }), '2026-01'));
    expect(problems).toContain('cards/2026-01/cards/copy.yaml:1:5 id: must match the file name (copy.yaml holds id "good-card")');
    expect(problems).toContain('cards/2026-01/cards/good-card.yaml:1:5 id: duplicate card id "good-card" (also in cards/copy.yaml)');
  });
});

describe('the input mapping', () => {
  it('accepts the PRD mapping', () => {
    expect(parseInputMapping(PRD_MAPPING_YAML, 'm.yaml').categories.map((entry) => entry.category)).toEqual([
      'amazon_spends',
      'flipkart_spends',
      'grocery_spends_online',
      'other_online_spends',
    ]);
  });

  it('accepts another derivation of other online as a configuration change (myntra + ajio + confirmed)', () => {
    const alternative = PRD_MAPPING_YAML.replace(
      '  other_online: {remainder: {from: confirmed, minus: [amazon, flipkart, myntra, ajio, grocery]}}',
      '  other_online: {sum: [confirmed]}',
    );
    expect(parseInputMapping(alternative, 'm.yaml').derived).toEqual([{ kind: 'sum', name: 'other_online', of: ['confirmed'] }]);
  });

  it('rejects inputs priced twice, unknown inputs and categories the release lacks, at file:line', () => {
    const broken = PRD_MAPPING_YAML.replace('flipkart_spends: [flipkart]', 'flipkart_spends: [amazon, flipkart, tyop]');
    const problems = problemsOf(() => parseInputMapping(broken, 'm.yaml', releaseOf([])));
    expect(problems).toContain('m.yaml:10:21 categories.flipkart_spends.0: "amazon" is already priced under amazon_spends');
    expect(problems).toContain('m.yaml:10:39 categories.flipkart_spends.2: unknown input "tyop"');
    const noGrocery = problemsOf(() => parseInputMapping(PRD_MAPPING_YAML.replace('grocery_spends_online', 'grocery_online'), 'm.yaml', releaseOf([])));
    expect(noGrocery).toContain('m.yaml:11:19 categories.grocery_online: release 2026-01 has no category "grocery_online"');
  });
});
