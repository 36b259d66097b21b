/** Builds cards and tiny releases from YAML text for given/expect tests, through the real parser. */
import { parse } from 'yaml';
import { cardFileSchema } from '../../src/catalog/card-file-schema.js';
import { buildCard } from '../../src/catalog/load-release.js';
import type { Card, CategoryDefinition, Release } from '../../src/catalog/rule-tree.js';
import { parseInputMapping, type InputMapping } from '../../src/contract/input-mapping.js';

const BASE = {
  name: 'Test Card',
  issuer: 'Test Bank',
  flags: { sourceable: true, commissionable: true, invite_only: false },
  fees: { joining: '0', joining_without_gst: '0', annual: '0', annual_without_gst: '0' },
  redemption: {},
};

/** A card from the YAML fields that matter to a test; the rest get neutral defaults. */
export function cardFromYaml(text: string): Card {
  const fields = parse(text) as Record<string, unknown>;
  const merged = { ...BASE, ...fields, fees: { ...BASE.fees, ...((fields.fees as object | undefined) ?? {}) } };
  return buildCard(cardFileSchema.parse(merged), 'test.yaml');
}

export const MAPPED_CATEGORIES = ['amazon_spends', 'flipkart_spends', 'grocery_spends_online', 'other_online_spends'];

export function releaseOf(cards: readonly Card[]): Release {
  const categories = new Map<string, CategoryDefinition>(
    MAPPED_CATEGORIES.map((key) => [key, { key, unit: 'rupees_per_month', description: '' }]),
  );
  return { id: '2026-01', effectiveDate: '2026-01-01', source: 'test', categories, cards: [...cards].sort((a, b) => (a.id < b.id ? -1 : 1)), contentHash: 'test' };
}

export const PRD_MAPPING_YAML = `
version: 1
table:
  user_id: user_id
  columns: {amazon: avg_amazon_gmv, flipkart: avg_flipkart_gmv, myntra: avg_myntra_gmv, ajio: avg_ajio_gmv, grocery: avg_grocery_gmv, confirmed: avg_confirmed_gmv}
derived:
  other_online: {remainder: {from: confirmed, minus: [amazon, flipkart, myntra, ajio, grocery]}}
categories:
  amazon_spends: [amazon]
  flipkart_spends: [flipkart]
  grocery_spends_online: [grocery]
  other_online_spends: [myntra, ajio, other_online]
outputs: {amazon_points: amazon, flipkart_points: flipkart, myntra_points: myntra, ajio_points: ajio, grocery_points: grocery, other_online_points: other_online}
`;

export function prdMapping(release?: Release): InputMapping {
  return parseInputMapping(PRD_MAPPING_YAML, 'test-mapping.yaml', release);
}
