/**
 * cards/<release>/ → Release. Parses the manifest and every card file, validates schema and
 * hygiene, and builds the immutable rule tree. All problems are collected and reported together,
 * each at file:line with the offending field.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { Decimal, parseDecimal } from '../contract/decimal.js';
import { CatalogValidationError, type CatalogProblem } from './catalog-error.js';
import {
  cardFileSchema,
  releaseManifestSchema,
  type CardFile,
  type EarnFile,
  type ReleaseManifest,
} from './card-file-schema.js';
import { checkCardHygiene } from './card-hygiene.js';
import type {
  Card,
  CategoryDefinition,
  CategoryRule,
  CategoryRuleEntry,
  EarnRate,
  RedemptionOption,
  Release,
} from './rule-tree.js';
import { readYamlSource, type YamlSource } from './yaml-source.js';

export const MANIFEST_FILE = 'release.yaml';
export const CARDS_DIR = 'cards';

export function releaseDirectory(catalogRoot: string, releaseId: string): string {
  return join(catalogRoot, releaseId);
}

/** Lists release ids under a catalog root (folders holding a release.yaml), newest last. */
export function listReleases(catalogRoot: string): string[] {
  if (!existsSync(catalogRoot)) return [];
  return readdirSync(catalogRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(catalogRoot, entry.name, MANIFEST_FILE)))
    .map((entry) => entry.name)
    .sort();
}

function zodProblems(source: YamlSource, error: z.ZodError): CatalogProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    return source.locate(path, path.join('.'), issue.message);
  });
}

function earnRate(earn: EarnFile): EarnRate {
  return 'percent' in earn
    ? { units: parseDecimal(earn.percent), per: new Decimal(100) }
    : { units: parseDecimal(earn.points), per: parseDecimal(earn.per) };
}

function capValue(cap: { points: string } | { rupees: string } | null): Decimal | null {
  if (cap === null) return null;
  return parseDecimal('points' in cap ? cap.points : cap.rupees);
}

function optionalDecimal(text: string | null | undefined): Decimal | null {
  return text === null || text === undefined ? null : parseDecimal(text);
}

function toRule(raw: CardFile['categories'][string]): CategoryRule {
  switch (raw.kind) {
    case 'flat':
      return { kind: 'flat', earn: earnRate(raw.earn), cap: capValue(raw.cap) };
    case 'slabs':
      return {
        kind: 'slabs',
        slabs: raw.slabs.map((slab) => ({ upTo: optionalDecimal(slab.up_to), earn: earnRate(slab.earn) })),
        cap: capValue(raw.cap),
      };
    case 'layered':
      return {
        kind: 'layered',
        layers: raw.layers.map((layer) => ({ earn: earnRate(layer.earn), cap: capValue(layer.cap) })),
        cap: capValue(raw.cap),
      };
    case 'tiered':
      return { kind: 'tiered', cap: capValue(raw.cap) };
    case 'lounge':
      return {
        kind: 'lounge',
        visitValue: parseDecimal(raw.visit_value),
        allowancePerQuarter: optionalDecimal(raw.allowance_per_quarter),
      };
    default: {
      const unreachable: never = raw;
      throw new Error(`unknown rule kind ${JSON.stringify(unreachable)}`);
    }
  }
}

function toRedemptionOption(raw: CardFile['redemption']['options'][number]): RedemptionOption {
  return {
    method: raw.method,
    brand: raw.brand,
    rate: parseDecimal(raw.rate),
    minPoints: parseDecimal(raw.min_points),
  };
}

export function buildCard(raw: CardFile, sourceFile: string): Card {
  const rules = new Map<string, CategoryRuleEntry>();
  for (const [category, rule] of Object.entries(raw.categories)) {
    const pointValue = 'point_value' in rule ? optionalDecimal(rule.point_value) : null;
    rules.set(category, { category, rule: toRule(rule), pointValue });
  }
  return Object.freeze({
    id: raw.id,
    name: raw.name,
    issuer: raw.issuer,
    currency: raw.currency,
    cardgeniusId: raw.cardgenius_id,
    flags: {
      sourceable: raw.flags.sourceable,
      commissionable: raw.flags.commissionable,
      inviteOnly: raw.flags.invite_only,
    },
    fees: {
      joining: parseDecimal(raw.fees.joining),
      joiningWithoutGst: parseDecimal(raw.fees.joining_without_gst),
      annual: parseDecimal(raw.fees.annual),
      annualWithoutGst: parseDecimal(raw.fees.annual_without_gst),
      annualWaiver:
        raw.fees.annual_waiver === null
          ? null
          : { minYearlySpend: optionalDecimal(raw.fees.annual_waiver.min_yearly_spend) },
    },
    pointValue: parseDecimal(raw.point_value),
    cardCap: capValue(raw.card_cap),
    processingOrder: Object.freeze([...raw.processing_order]),
    rules,
    tiers: raw.tiers.map((tier) => ({ upTo: optionalDecimal(tier.up_to), earn: earnRate(tier.earn) })),
    milestones: raw.milestones.map((milestone) => ({
      minSpend: parseDecimal(milestone.min_spend),
      days: milestone.days,
      voucher: parseDecimal(milestone.voucher),
      points: parseDecimal(milestone.points),
    })),
    redemption: {
      recommended: raw.redemption.recommended ? toRedemptionOption(raw.redemption.recommended) : null,
      options: raw.redemption.options.map(toRedemptionOption),
    },
    welcomeBenefits: raw.welcome_benefits.map((benefit) => ({
      minSpend: optionalDecimal(benefit.min_spend),
      days: benefit.days,
      description: benefit.description,
    })),
    sourceFile,
  });
}

/** Code-unit order, the same everywhere (never locale or collation dependent). */
export function compareCardIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Loads and validates a release. `catalogRoot` is the `cards/` folder; file paths in problems are
 * shown relative to the folder that holds it (e.g. cards/2026-04/cards/axis-ace.yaml).
 */
export function loadRelease(catalogRoot: string, releaseId: string, displayRoot = 'cards'): Release {
  const dir = releaseDirectory(catalogRoot, releaseId);
  const display = (relative: string) => `${displayRoot}/${releaseId}/${relative}`;
  const problems: CatalogProblem[] = [];
  const hash = createHash('sha256');

  if (!existsSync(join(dir, MANIFEST_FILE))) {
    throw new CatalogValidationError([
      { file: display(MANIFEST_FILE), line: 1, column: 1, field: '', message: `release ${releaseId} not found (no ${MANIFEST_FILE})` },
    ]);
  }
  const manifestSource = readYamlSource(join(dir, MANIFEST_FILE), display(MANIFEST_FILE));
  hash.update(`${MANIFEST_FILE}\0${manifestSource.text}\0`);
  problems.push(...manifestSource.problems);
  let manifest: ReleaseManifest | null = null;
  if (manifestSource.problems.length === 0) {
    const parsed = releaseManifestSchema.safeParse(manifestSource.data);
    if (parsed.success) manifest = parsed.data;
    else problems.push(...zodProblems(manifestSource, parsed.error));
  }
  if (manifest && manifest.id !== releaseId) {
    problems.push(manifestSource.locate(['id'], 'id', `must equal the folder name "${releaseId}"`));
  }

  const categories = new Map<string, CategoryDefinition>();
  manifest?.categories.forEach((category, index) => {
    if (categories.has(category.key)) {
      problems.push(manifestSource.locate(['categories', index, 'key'], `categories.${index}.key`, `duplicate category "${category.key}"`));
    }
    categories.set(category.key, { key: category.key, unit: category.unit, description: category.description });
  });

  const cardsDir = join(dir, CARDS_DIR);
  const files = existsSync(cardsDir)
    ? readdirSync(cardsDir).filter((name) => name.endsWith('.yaml')).sort()
    : [];
  if (files.length === 0) {
    problems.push({ file: display(CARDS_DIR), line: 1, column: 1, field: '', message: 'the release has no card files' });
  }

  const cards: Card[] = [];
  const seenIds = new Map<string, string>();
  for (const name of files) {
    const relative = `${CARDS_DIR}/${name}`;
    const source = readYamlSource(join(cardsDir, name), display(relative));
    hash.update(`${relative}\0${source.text}\0`);
    if (source.problems.length > 0) {
      problems.push(...source.problems);
      continue;
    }
    const parsed = cardFileSchema.safeParse(source.data);
    if (!parsed.success) {
      problems.push(...zodProblems(source, parsed.error));
      continue;
    }
    const raw = parsed.data;
    if (`${raw.id}.yaml` !== name) {
      problems.push(source.locate(['id'], 'id', `must match the file name (${name} holds id "${raw.id}")`));
    }
    const previous = seenIds.get(raw.id);
    if (previous) {
      problems.push(source.locate(['id'], 'id', `duplicate card id "${raw.id}" (also in ${previous})`));
    }
    seenIds.set(raw.id, relative);
    const hygiene = checkCardHygiene(raw, categories);
    problems.push(...hygiene.map((issue) => source.locate(issue.path, issue.path.join('.'), issue.message)));
    if (hygiene.length === 0) cards.push(buildCard(raw, relative));
  }

  if (problems.length > 0 || !manifest) throw new CatalogValidationError(problems);

  cards.sort((a, b) => compareCardIds(a.id, b.id));
  return Object.freeze({
    id: manifest.id,
    effectiveDate: manifest.effective_date,
    source: manifest.source,
    categories,
    cards: Object.freeze(cards),
    contentHash: hash.digest('hex'),
  });
}
