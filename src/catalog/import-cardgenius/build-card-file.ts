/**
 * One CardGenius card object → the plain object written as cards/<release>/cards/<id>.yaml, with
 * every key in a fixed order and every money/rate value as a decimal string.
 */
import { Decimal, isDecimalString } from '../../contract/decimal.js';
import type { CardFile } from '../card-file-schema.js';
import { readCap } from './caps.js';
import { decimalField, intendedDecimal } from './float-decimal.js';
import { categoryInputs, inferRules } from './infer-rules.js';
import type { CardGeniusCard, CardGeniusRedemptionOption } from './response-schema.js';

/** Card ids: the seo_card_alias, lowercased, runs of anything else turned into single hyphens. */
export function cardIdFromAlias(alias: string): string {
  return alias
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function truthy(flag: unknown): boolean {
  if (typeof flag === 'boolean') return flag;
  if (typeof flag === 'number') return flag !== 0;
  if (typeof flag === 'string') return /^(?:1|true|yes)$/i.test(flag.trim());
  return false;
}

function money(raw: unknown): string {
  return decimalField(raw) ?? '0';
}

/** Welcome benefits are stored as text, so a malformed amount ("12000 |10000") is kept verbatim. */
function lenientAmount(raw: unknown): string | null {
  try {
    return decimalField(raw);
  } catch {
    return cleanText(String(raw));
  }
}

function positiveInt(raw: unknown): number | null {
  const text = decimalField(raw);
  if (text === null) return null;
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : null;
}

/** The ₹ value of a point: the conv_rate most of the card's categories carry (ties: the lower). */
function cardPointValue(card: CardGeniusCard): string | null {
  const counts = new Map<string, number>();
  for (const entry of Object.values(card.spending_breakdown)) {
    if (entry.conv_rate === undefined) continue;
    const value = intendedDecimal(entry.conv_rate);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || new Decimal(a[0]).comparedTo(b[0]));
  return sorted[0]?.[0] ?? null;
}

type RedemptionFile = CardFile['redemption']['options'][number];

function redemptionOption(raw: CardGeniusRedemptionOption, notes: Set<string>): RedemptionFile {
  let method = cleanText(raw.method);
  if (method === '') {
    method = 'Unspecified';
    notes.add('Redemption options without a method in CardGenius are listed with method "Unspecified".');
  }
  return {
    method,
    brand: cleanText(raw.brand),
    rate: decimalField(raw.conversion_rate) ?? '0',
    min_points: decimalField(raw.min_points) ?? '0',
  };
}

export interface BuiltCard {
  readonly id: string;
  readonly file: CardFile;
  readonly warnings: readonly string[];
}

export function buildCardFile(card: CardGeniusCard): BuiltCard {
  const id = cardIdFromAlias(card.seo_card_alias);
  const currency = card.card_type.trim().toLowerCase() === 'rewards' ? 'points' : 'cashback';
  const notes: string[] = [];
  const looseNotes = new Set<string>();

  let pointValue = '1';
  if (currency === 'points') {
    const observed = cardPointValue(card);
    const recommended = card.recommended_redemption_options?.[0]?.redemption_option?.conversion_rate;
    if (observed !== null) pointValue = observed;
    else if (recommended !== undefined && recommended !== null) {
      pointValue = decimalField(recommended) ?? '1';
      notes.push(`No category carries a conv_rate; point value taken from the recommended redemption option (₹${pointValue}).`);
    } else {
      notes.push('No category carries a conv_rate and there is no recommended redemption option; point value set to ₹1.');
    }
  }

  const inputs = categoryInputs(card.spending_breakdown);
  const inferred = inferRules({ currency, categories: inputs, travel: card.travel_benefits_all?.[0] ?? undefined, pointValue });

  // card_max_cap "0" shows as totalMaxCap "Unlimited" on every category: it means no cap.
  const cardCapReading = readCap(card.card_max_cap);
  let cardCap: CardFile['card_cap'] = null;
  if (cardCapReading.kind === 'cap') cardCap = currency === 'points' ? { points: cardCapReading.value } : { rupees: cardCapReading.value };
  else if (cardCapReading.kind === 'zero') notes.push('card_max_cap is 0, which CardGenius treats as no card-wide cap (totalMaxCap "Unlimited").');
  else if (cardCapReading.kind === 'placeholder') notes.push(`card_max_cap ${cardCapReading.raw} is a "no cap" placeholder; no card-wide cap.`);

  const waiverToggle = decimalField(card.annual_fee_waiver_toggle);
  const annualWaiver = waiverToggle === '1' ? { min_yearly_spend: decimalField(card.annual_fee_spends) } : null;

  const milestones: CardFile['milestones'] = [];
  for (const milestone of card.milestone_benefits ?? []) {
    const minSpend = decimalField(milestone.minSpend);
    const days = positiveInt(milestone.maxDays);
    if (minSpend === null || days === null) {
      notes.push(
        `Milestone without a ${minSpend === null ? 'spend threshold' : 'period'} skipped (CardGenius never counts it; its own "eligible" flag is false): ` +
          `${decimalField(milestone.rpBonus) ?? '0'} RP, ₹${decimalField(milestone.voucherBonus) ?? '0'} voucher.`,
      );
      continue;
    }
    milestones.push({ min_spend: minSpend, days, voucher: decimalField(milestone.voucherBonus) ?? '0', points: decimalField(milestone.rpBonus) ?? '0' });
  }

  const recommendedRaw = card.recommended_redemption_options?.[0]?.redemption_option ?? null;
  const redemption: CardFile['redemption'] = {
    recommended: recommendedRaw ? redemptionOption(recommendedRaw, looseNotes) : null,
    options: (card.redemption_options ?? []).map((option) => redemptionOption(option, looseNotes)),
  };

  const welcomeBenefits: CardFile['welcome_benefits'] = (card.welcomeBenefits ?? []).map((benefit) => {
    const parts: string[] = [];
    const brands = (benefit.brands ?? []).map((brand) => cleanText(brand.name)).filter((name) => name !== '');
    if (brands.length > 0) parts.push(brands.join(', '));
    const points = lenientAmount(benefit.rp_bonus);
    const voucher = lenientAmount(benefit.voucher_bonus);
    const cashValue = lenientAmount(benefit.cash_value);
    if (points !== null && points !== '0') parts.push(`${points} RP`);
    if (voucher !== null && voucher !== '0') parts.push(`₹${voucher} voucher`);
    if (cashValue !== null && cashValue !== '0') parts.push(`worth ₹${cashValue}`);
    const minSpend = lenientAmount(benefit.minimum_spend);
    return {
      min_spend: minSpend !== null && isDecimalString(minSpend) ? minSpend : null,
      days: positiveInt(benefit.maximum_days),
      description: parts.join('; '),
    };
  });

  const file: CardFile = {
    id,
    name: cleanText(card.name) || cleanText(card.card_name),
    issuer: cleanText(card.bank_name),
    currency,
    cardgenius_id: card.id > 0 ? card.id : null,
    flags: {
      sourceable: truthy(card.sourceable),
      commissionable: truthy(card.commissionable),
      invite_only: truthy(card.invite_only),
    },
    fees: {
      joining: money(card.joining_fees),
      joining_without_gst: money(card.joining_fee_without_gst),
      annual: money(card.annual_fees),
      annual_without_gst: money(card.annual_fee_without_gst),
      annual_waiver: annualWaiver,
    },
    point_value: pointValue,
    card_cap: cardCap,
    processing_order: inputs.map((input) => input.key),
    categories: inferred.categories,
    tiers: inferred.tiers,
    milestones,
    redemption,
    welcome_benefits: welcomeBenefits,
    notes: [...notes, ...inferred.notes, ...looseNotes],
  };
  return { id, file, warnings: inferred.warnings };
}
