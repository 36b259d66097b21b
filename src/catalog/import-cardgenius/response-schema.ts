/**
 * The parts of a CardGenius calculate response the importer and the replay read. Loose objects:
 * the response carries many display fields we ignore, but everything we do read is checked here,
 * once, so the rest of the importer works on typed data.
 */
import { z } from 'zod';

const numeric = z.union([z.number(), z.string()]);
const flag = z.union([z.boolean(), z.number(), z.string()]).nullable().optional();

export const explanationLineSchema = z.looseObject({ key: z.string(), explanation: z.string() });

export const breakdownEntrySchema = z.looseObject({
  on: z.string().optional(),
  spend: z.number(),
  savings: z.number(),
  savings_type: z.string().optional(),
  points_earned: z.number().optional(),
  maxCap: numeric.nullable().optional(),
  totalMaxCap: numeric.nullable().optional(),
  maxCapReached: z.boolean().optional(),
  explanation: z.array(explanationLineSchema),
  conv_rate: z.number().optional(),
  spend_conversion: z.number().optional(),
  cashback_percentage: numeric.nullable().optional(),
  cb_type: z.string().nullable().optional(),
});
export type BreakdownEntry = z.infer<typeof breakdownEntrySchema>;

const redemptionOptionSchema = z.looseObject({
  method: z.string().nullable().optional(),
  brand: z.string().nullable().optional(),
  min_points: numeric.nullable().optional(),
  conversion_rate: numeric.nullable().optional(),
});
export type CardGeniusRedemptionOption = z.infer<typeof redemptionOptionSchema>;

const milestoneSchema = z.looseObject({
  minSpend: numeric.nullable().optional(),
  maxDays: numeric.nullable().optional(),
  rpBonus: numeric.nullable().optional(),
  voucherBonus: numeric.nullable().optional(),
  brand: z.string().nullable().optional(),
});
export type CardGeniusMilestone = z.infer<typeof milestoneSchema>;

const welcomeBenefitSchema = z.looseObject({
  minimum_spend: numeric.nullable().optional(),
  maximum_days: numeric.nullable().optional(),
  rp_bonus: numeric.nullable().optional(),
  voucher_bonus: numeric.nullable().optional(),
  cash_value: numeric.nullable().optional(),
  brands: z.array(z.looseObject({ name: z.string() })).nullable().optional(),
});
export type CardGeniusWelcomeBenefit = z.infer<typeof welcomeBenefitSchema>;

const travelBenefitSchema = z.looseObject({
  domestic_lounge_quarterly: numeric.nullable().optional(),
  domestic_lounge_annually: numeric.nullable().optional(),
  international_lounge_quarterly: numeric.nullable().optional(),
  international_lounge_annually: numeric.nullable().optional(),
  railway_lounge_quarterly: numeric.nullable().optional(),
  railway_lounge_annually: numeric.nullable().optional(),
});
export type CardGeniusTravelBenefit = z.infer<typeof travelBenefitSchema>;

export const cardGeniusCardSchema = z.looseObject({
  id: z.number().int(),
  card_name: z.string().optional(),
  name: z.string().nullable().optional(),
  card_type: z.string(),
  seo_card_alias: z.string(),
  bank_name: z.string(),
  joining_fees: numeric.nullable().optional(),
  joining_fee_without_gst: numeric.nullable().optional(),
  annual_fees: numeric.nullable().optional(),
  annual_fee_without_gst: numeric.nullable().optional(),
  annual_fee_spends: numeric.nullable().optional(),
  annual_fee_waiver_toggle: numeric.nullable().optional(),
  card_max_cap: numeric.nullable().optional(),
  invite_only: flag,
  sourceable: flag,
  commissionable: flag,
  redemption_options: z.array(redemptionOptionSchema).nullable().optional(),
  recommended_redemption_options: z
    .array(z.looseObject({ redemption_option: redemptionOptionSchema.nullable().optional() }))
    .nullable()
    .optional(),
  welcomeBenefits: z.array(welcomeBenefitSchema).nullable().optional(),
  milestone_benefits: z.array(milestoneSchema).nullable().optional(),
  travel_benefits_all: z.array(travelBenefitSchema).nullable().optional(),
  travel_benefits: z.looseObject({ total_travel_benefit_annual: z.number().optional() }).nullable().optional(),
  spending_breakdown: z.record(z.string(), breakdownEntrySchema),
  total_savings_yearly: z.number(),
  total_extra_benefits: z.number(),
  roi: z.number(),
  total_beneficial_spends: z.number().optional(),
  total_spends: z.number().optional(),
});
export type CardGeniusCard = z.infer<typeof cardGeniusCardSchema>;

export const cardGeniusResponseSchema = z.looseObject({
  request: z.record(z.string(), z.number()),
  response: z.looseObject({ savings: z.array(cardGeniusCardSchema).min(1) }),
});
export type CardGeniusResponse = z.infer<typeof cardGeniusResponseSchema>;

export class CardGeniusResponseError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`not a CardGenius calculate response:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'CardGeniusResponseError';
  }
}

export function parseCardGeniusResponse(json: unknown): CardGeniusResponse {
  const parsed = cardGeniusResponseSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new CardGeniusResponseError(
    parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`),
  );
}
