/**
 * The typed, immutable rule tree a card release parses into. Nothing after the parser sees YAML.
 * Every rule kind here must be handled by both the reference engine and the SQL compiler: each
 * switches on `kind` with a `never` default, so a new kind without both fails to compile.
 */
import type { Decimal } from '../contract/decimal.js';

/** Reward units (points, or ₹ for cashback cards) earned per `per` ₹ of spend: units × spend / per. */
export interface EarnRate {
  readonly units: Decimal;
  readonly per: Decimal;
}

/** A slice of a category's own monthly spend: [previous slab's upTo, upTo), the last is open. */
export interface SpendSlab {
  readonly upTo: Decimal | null;
  readonly earn: EarnRate;
}

/** A rate applied to the full category spend, with an optional cap of its own (units/month). */
export interface EarnLayer {
  readonly earn: EarnRate;
  readonly cap: Decimal | null;
}

/** A band of the card's cumulative monthly spend over its tiered categories, in processing order. */
export interface SpendTier {
  readonly upTo: Decimal | null;
  readonly earn: EarnRate;
}

export type CategoryRule =
  /** One rate on all spend, then the category cap. */
  | { readonly kind: 'flat'; readonly earn: EarnRate; readonly cap: Decimal | null }
  /** Accelerated budget then base rate: consecutive slices of the category's spend. */
  | { readonly kind: 'slabs'; readonly slabs: readonly SpendSlab[]; readonly cap: Decimal | null }
  /** Additive layers on the same spend, each optionally capped, then the category cap. */
  | { readonly kind: 'layered'; readonly layers: readonly EarnLayer[]; readonly cap: Decimal | null }
  /** Rate set by the card's cumulative-spend tiers (card.tiers), then the category cap. */
  | { readonly kind: 'tiered'; readonly cap: Decimal | null }
  /** Airport/railway lounge visits per quarter valued in ₹ (CardGenius replay only). */
  | {
      readonly kind: 'lounge';
      readonly visitValue: Decimal;
      readonly allowancePerQuarter: Decimal | null;
    };

export type CategoryRuleKind = CategoryRule['kind'];

export interface CategoryRuleEntry {
  readonly category: string;
  readonly rule: CategoryRule;
  /** ₹ per reward unit for this category when it differs from the card's (rare; CardGenius data). */
  readonly pointValue: Decimal | null;
}

export interface Milestone {
  /** Spend needed within `days` days. */
  readonly minSpend: Decimal;
  readonly days: number;
  readonly voucher: Decimal;
  readonly points: Decimal;
}

export interface RedemptionOption {
  readonly method: string;
  readonly brand: string;
  readonly rate: Decimal;
  readonly minPoints: Decimal;
}

export type RewardCurrency = 'points' | 'cashback';

export interface Card {
  /** Stable identifier written to card_recommendations.card_id (lowercase slug). */
  readonly id: string;
  readonly name: string;
  readonly issuer: string;
  readonly currency: RewardCurrency;
  readonly cardgeniusId: number | null;
  readonly flags: {
    readonly sourceable: boolean;
    readonly commissionable: boolean;
    readonly inviteOnly: boolean;
  };
  readonly fees: {
    /** ₹, including GST: what the PRD's joining_fees column holds. */
    readonly joining: Decimal;
    readonly joiningWithoutGst: Decimal;
    readonly annual: Decimal;
    readonly annualWithoutGst: Decimal;
    /** Waived when yearly spend reaches minYearlySpend (null threshold: always waived). */
    readonly annualWaiver: { readonly minYearlySpend: Decimal | null } | null;
  };
  /** ₹ per point; 1 for cashback cards. */
  readonly pointValue: Decimal;
  /** Monthly cap on reward units across categories, consumed in processing order. */
  readonly cardCap: Decimal | null;
  /** Every category the card prices, in the card's own processing order. */
  readonly processingOrder: readonly string[];
  /** Rules for categories that earn; a category in processingOrder without a rule earns nothing. */
  readonly rules: ReadonlyMap<string, CategoryRuleEntry>;
  readonly tiers: readonly SpendTier[];
  readonly milestones: readonly Milestone[];
  readonly redemption: {
    readonly recommended: RedemptionOption | null;
    readonly options: readonly RedemptionOption[];
  };
  readonly welcomeBenefits: readonly {
    readonly minSpend: Decimal | null;
    readonly days: number | null;
    readonly description: string;
  }[];
  /** Where each card's file came from (file path relative to the release). */
  readonly sourceFile: string;
}

export type CategoryUnit = 'rupees_per_month' | 'visits_per_quarter';

export interface CategoryDefinition {
  readonly key: string;
  readonly unit: CategoryUnit;
  readonly description: string;
}

export interface Release {
  readonly id: string;
  readonly effectiveDate: string;
  readonly source: string;
  readonly categories: ReadonlyMap<string, CategoryDefinition>;
  /** Sorted by card id (code-unit order), which is also the final ranking tie-break. */
  readonly cards: readonly Card[];
  /** SHA-256 over the release's files (manifest + cards), recorded with generated SQL. */
  readonly contentHash: string;
}
