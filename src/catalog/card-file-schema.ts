/**
 * The on-disk shape of a release: zod schemas for the manifest and for one card file. Strict
 * objects everywhere (an unknown key is an error, usually a typo) and money/rates as quoted
 * decimal strings (a YAML float would already have lost exactness).
 */
import { z } from 'zod';

const DECIMAL_PATTERN = /^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

export const decimalString = z
  .string({ error: 'must be a quoted decimal string, e.g. "1500" or "0.25"' })
  .regex(DECIMAL_PATTERN, 'must be a non-negative decimal string like "1500" or "0.25"');

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, single hyphens)')
  .max(100);

const categoryKey = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be a snake_case category key');

export const earnSchema = z.union([
  z.strictObject({ points: decimalString, per: decimalString }),
  z.strictObject({ percent: decimalString }),
]);

export type EarnFile = z.infer<typeof earnSchema>;

export const capSchema = z.union([
  z.strictObject({ points: decimalString }),
  z.strictObject({ rupees: decimalString }),
]);

const optionalCap = capSchema.nullable().default(null);

const flatRule = z.strictObject({
  kind: z.literal('flat'),
  earn: earnSchema,
  cap: optionalCap,
  point_value: decimalString.optional(),
});
const slabsRule = z.strictObject({
  kind: z.literal('slabs'),
  slabs: z.array(z.strictObject({ up_to: decimalString.nullable().default(null), earn: earnSchema })).min(2),
  cap: optionalCap,
  point_value: decimalString.optional(),
});
const layeredRule = z.strictObject({
  kind: z.literal('layered'),
  layers: z.array(z.strictObject({ earn: earnSchema, cap: optionalCap })).min(2),
  cap: optionalCap,
  point_value: decimalString.optional(),
});
const tieredRule = z.strictObject({
  kind: z.literal('tiered'),
  cap: optionalCap,
  point_value: decimalString.optional(),
});
const loungeRule = z.strictObject({
  kind: z.literal('lounge'),
  visit_value: decimalString,
  allowance_per_quarter: decimalString.nullable().default(null),
});

export const categoryRuleSchema = z.discriminatedUnion('kind', [
  flatRule,
  slabsRule,
  layeredRule,
  tieredRule,
  loungeRule,
]);

const redemptionOption = z.strictObject({
  method: z.string().min(1).max(50),
  brand: z.string().max(200).default(''),
  rate: decimalString,
  min_points: decimalString.default('0'),
});

export const cardFileSchema = z.strictObject({
  id: slug,
  name: z.string().min(1).max(200),
  issuer: z.string().min(1).max(100),
  currency: z.enum(['points', 'cashback']),
  cardgenius_id: z.number().int().positive().nullable().default(null),
  flags: z.strictObject({
    sourceable: z.boolean(),
    commissionable: z.boolean(),
    invite_only: z.boolean(),
  }),
  fees: z.strictObject({
    joining: decimalString,
    joining_without_gst: decimalString,
    annual: decimalString,
    annual_without_gst: decimalString,
    annual_waiver: z
      .strictObject({ min_yearly_spend: decimalString.nullable() })
      .nullable()
      .default(null),
  }),
  point_value: decimalString,
  card_cap: capSchema.nullable().default(null),
  processing_order: z.array(categoryKey).min(1),
  categories: z.record(categoryKey, categoryRuleSchema),
  tiers: z
    .array(z.strictObject({ up_to: decimalString.nullable().default(null), earn: earnSchema }))
    .default([]),
  milestones: z
    .array(
      z.strictObject({
        min_spend: decimalString,
        days: z.number().int().positive().max(366),
        voucher: decimalString.default('0'),
        points: decimalString.default('0'),
      }),
    )
    .default([]),
  redemption: z.strictObject({
    recommended: redemptionOption.nullable().default(null),
    options: z.array(redemptionOption).default([]),
  }),
  welcome_benefits: z
    .array(
      z.strictObject({
        min_spend: decimalString.nullable().default(null),
        days: z.number().int().positive().nullable().default(null),
        description: z.string().default(''),
      }),
    )
    .default([]),
  notes: z.array(z.string()).default([]),
});

export type CardFile = z.infer<typeof cardFileSchema>;

export const releaseManifestSchema = z.strictObject({
  id: z.string().regex(/^[0-9]{4}-[0-9]{2}(?:-[a-z0-9]+)?$/, 'must look like 2026-04 or 2026-04-b'),
  effective_date: z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, 'must be YYYY-MM-DD'),
  source: z.string().min(1),
  categories: z
    .array(
      z.strictObject({
        key: categoryKey,
        unit: z.enum(['rupees_per_month', 'visits_per_quarter']),
        description: z.string().default(''),
      }),
    )
    .min(1),
});

export type ReleaseManifest = z.infer<typeof releaseManifestSchema>;
