/**
 * The input mapping: user_spending_data columns → named inputs → catalog categories, and the
 * output columns each category's points are split back into. It is configuration
 * (cards/input-mapping.yaml), validated like the catalog, so that another derivation of
 * "other online" is a change of file, not of code.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { CatalogValidationError, type CatalogProblem } from '../catalog/catalog-error.js';
import type { Release } from '../catalog/rule-tree.js';
import { parseYamlSource, readYamlSource } from '../catalog/yaml-source.js';
import { PLAIN_IDENTIFIER } from './sql-identifier-rule.js';

export const INPUT_MAPPING_FILE = 'input-mapping.yaml';

/** The PRD's card_recommendations point columns, in table order. */
export const OUTPUT_POINT_COLUMNS = [
  'amazon_points',
  'flipkart_points',
  'myntra_points',
  'ajio_points',
  'grocery_points',
  'other_online_points',
] as const;
export type OutputPointColumn = (typeof OUTPUT_POINT_COLUMNS)[number];

const identifier = z.string().regex(PLAIN_IDENTIFIER, 'must be a plain SQL identifier');
const inputName = z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, 'must be a snake_case input name');

const derivedSchema = z.union([
  z.strictObject({ remainder: z.strictObject({ from: inputName, minus: z.array(inputName).min(1) }) }),
  z.strictObject({ sum: z.array(inputName).min(1) }),
]);

const mappingFileSchema = z.strictObject({
  version: z.literal(1),
  table: z.strictObject({ user_id: identifier, columns: z.record(inputName, identifier) }),
  derived: z.record(inputName, derivedSchema).default({}),
  categories: z.record(z.string(), z.array(inputName).min(1)),
  outputs: z.strictObject({
    amazon_points: inputName,
    flipkart_points: inputName,
    myntra_points: inputName,
    ajio_points: inputName,
    grocery_points: inputName,
    other_online_points: inputName,
  }),
});

export type DerivedInput =
  | { readonly kind: 'remainder'; readonly name: string; readonly from: string; readonly minus: readonly string[] }
  | { readonly kind: 'sum'; readonly name: string; readonly of: readonly string[] };

export interface CategoryInputs {
  readonly category: string;
  /** Inputs priced together; the category's points are split back pro rata by their spend. */
  readonly inputs: readonly string[];
}

export interface InputMapping {
  readonly userIdColumn: string;
  /** Column inputs, in file order: name → column. */
  readonly columns: ReadonlyMap<string, string>;
  /** Derived inputs in dependency order (each refers only to columns and earlier derived). */
  readonly derived: readonly DerivedInput[];
  readonly categories: readonly CategoryInputs[];
  readonly outputs: ReadonlyMap<OutputPointColumn, string>;
}

/** Parses and validates the mapping; `release` (when given) must define every mapped category. */
export function parseInputMapping(text: string, displayPath: string, release?: Release): InputMapping {
  const source = parseYamlSource(text, displayPath);
  if (source.problems.length > 0) throw new CatalogValidationError(source.problems);
  const parsed = mappingFileSchema.safeParse(source.data);
  if (!parsed.success) {
    throw new CatalogValidationError(
      parsed.error.issues.map((issue) => {
        const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
        return source.locate(path, path.join('.'), issue.message);
      }),
    );
  }
  const raw = parsed.data;
  const problems: CatalogProblem[] = [];
  const known = new Set<string>(Object.keys(raw.table.columns));
  const derived: DerivedInput[] = [];
  for (const [name, rule] of Object.entries(raw.derived)) {
    if (known.has(name)) problems.push(source.locate(['derived', name], `derived.${name}`, 'already defined as an input'));
    const refs = 'remainder' in rule ? [rule.remainder.from, ...rule.remainder.minus] : rule.sum;
    for (const ref of refs) {
      if (!known.has(ref)) problems.push(source.locate(['derived', name], `derived.${name}`, `refers to "${ref}", which is not defined before it`));
    }
    derived.push(
      'remainder' in rule
        ? { kind: 'remainder', name, from: rule.remainder.from, minus: rule.remainder.minus }
        : { kind: 'sum', name, of: rule.sum },
    );
    known.add(name);
  }
  const used = new Map<string, string>();
  const categories: CategoryInputs[] = [];
  for (const [category, inputs] of Object.entries(raw.categories)) {
    if (release && !release.categories.has(category)) {
      problems.push(source.locate(['categories', category], `categories.${category}`, `release ${release.id} has no category "${category}"`));
    } else if (release && release.categories.get(category)?.unit !== 'rupees_per_month') {
      problems.push(source.locate(['categories', category], `categories.${category}`, 'only ₹-per-month categories can be mapped from spend'));
    }
    inputs.forEach((input, index) => {
      if (!known.has(input)) problems.push(source.locate(['categories', category, index], `categories.${category}.${index}`, `unknown input "${input}"`));
      const previous = used.get(input);
      if (previous) problems.push(source.locate(['categories', category, index], `categories.${category}.${index}`, `"${input}" is already priced under ${previous}`));
      used.set(input, category);
    });
    categories.push({ category, inputs });
  }
  const outputs = new Map<OutputPointColumn, string>();
  for (const column of OUTPUT_POINT_COLUMNS) {
    const input = raw.outputs[column];
    if (!used.has(input)) problems.push(source.locate(['outputs', column], `outputs.${column}`, `"${input}" is not priced under any category`));
    outputs.set(column, input);
  }
  const reported = new Set(outputs.values());
  for (const input of used.keys()) {
    if (!reported.has(input)) problems.push(source.locate(['categories'], 'categories', `input "${input}" is priced but reported in no output column`));
  }
  if (problems.length > 0) throw new CatalogValidationError(problems);
  return {
    userIdColumn: raw.table.user_id,
    columns: new Map(Object.entries(raw.table.columns)),
    derived,
    categories,
    outputs,
  };
}

export function loadInputMapping(catalogRoot: string, release?: Release, displayRoot = 'cards'): InputMapping {
  const source = readYamlSource(join(catalogRoot, INPUT_MAPPING_FILE), `${displayRoot}/${INPUT_MAPPING_FILE}`);
  return parseInputMapping(source.text, source.file, release);
}
