/**
 * One CardGenius card's spending_breakdown → category rules and card tiers. Rates come from the
 * explanation text of the request that produced the response; whatever one sample cannot show
 * (rates of categories with no spend, or whose points the card-wide cap swallowed; accelerated
 * budgets; layer caps; tier boundaries) is inferred by the fixed policies below and every such
 * inference is written into the card's notes.
 */
import { Decimal } from '../../contract/decimal.js';
import type { CardFile, EarnFile } from '../card-file-schema.js';
import { readCap } from './caps.js';
import { abbreviatedAmount, monthlySegments, tierBound, type ExplanationSegment } from './explanation.js';
import { decimalField, intendedDecimal } from './float-decimal.js';
import type { BreakdownEntry, CardGeniusTravelBenefit } from './response-schema.js';

export type RuleFile = CardFile['categories'][string];
export type CapFile = { points: string } | { rupees: string } | null;
export type TierFile = CardFile['tiers'][number];
export type Currency = CardFile['currency'];

/** CardGenius's value of one lounge visit (₹), the same for every card (138/138 cards reproduce). */
export const LOUNGE_VISIT_VALUE: Readonly<Record<string, string>> = {
  domestic_lounge_usage_quarterly: '750',
  international_lounge_usage_quarterly: '1250',
};
const LOUNGE_SUFFIX = '_lounge_usage_quarterly';

export function isLoungeCategory(key: string): boolean {
  return key.endsWith(LOUNGE_SUFFIX);
}

/** What one category's explanation shows. */
export type Observation =
  /** No explanation at all: the card has no rate for this category (it is not "beneficial"). */
  | { readonly kind: 'none' }
  | { readonly kind: 'lounge' }
  | { readonly kind: 'flat'; readonly earn: EarnFile; readonly brands: string }
  /** Several rates on the same spend, each line showing what it paid (after its own cap). */
  | { readonly kind: 'layered'; readonly layers: readonly { readonly earn: EarnFile; readonly received: Decimal }[] }
  /** Two rates on consecutive slices of the category's spend (exact slice sizes recovered). */
  | { readonly kind: 'split'; readonly slices: readonly { readonly earn: EarnFile; readonly spend: Decimal }[]; readonly exact: boolean }
  /** Cashback tiers by cumulative card spend, labelled in the text ("Tier: 0-10K"). */
  | { readonly kind: 'labelled-tiers'; readonly bands: readonly { readonly from: string; readonly to: string | null; readonly percent: string }[] }
  /** Spend > 0 and no cap reached, yet nothing earned: the card's rate here is 0. */
  | { readonly kind: 'zero-rate'; readonly brands: string }
  /** A rate row exists but its rate cannot be seen (no spend, or the card-wide cap was used up). */
  | { readonly kind: 'unobserved'; readonly reason: 'no-spend' | 'card-cap-used-up' }
  | { readonly kind: 'unparsed'; readonly text: string };

export interface CategoryInput {
  readonly key: string;
  readonly entry: BreakdownEntry;
  /** Monthly spend CardGenius priced (₹; lounge: visits per quarter). */
  readonly spend: Decimal;
  readonly segments: readonly ExplanationSegment[];
}

export interface InferredRules {
  readonly categories: Record<string, RuleFile>;
  readonly tiers: TierFile[];
  readonly notes: string[];
  /** Problems a person should look at (also in notes). */
  readonly warnings: string[];
}

/** ₹ of reward per ₹ of spend (or units per ₹): points / per, or percent / 100. */
export function earnValue(earn: EarnFile): Decimal {
  return 'percent' in earn ? new Decimal(earn.percent).dividedBy(100) : new Decimal(earn.points).dividedBy(earn.per);
}

export function describeEarn(earn: EarnFile): string {
  return 'percent' in earn ? `${earn.percent}%` : `${earn.points} RP per ₹${earn.per}`;
}

function sameEarn(a: EarnFile, b: EarnFile): boolean {
  return describeEarn(a) === describeEarn(b);
}

/** Reward units the response says the category earned before the card-wide cap could matter. */
function unitsEarned(input: CategoryInput, currency: Currency): Decimal {
  const raw = currency === 'points' ? input.entry.points_earned ?? 0 : input.entry.savings;
  return new Decimal(intendedDecimal(raw));
}

/** Rounds a recovered rupee amount: to the rupee when within 1 paisa of it, else to the paisa. */
function recoveredAmount(value: Decimal): Decimal {
  const whole = value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return whole.minus(value).abs().lessThanOrEqualTo('0.01') ? whole : value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

export function observeCategory(input: CategoryInput, currency: Currency): Observation {
  const { key, entry, spend, segments } = input;
  if (isLoungeCategory(key)) return { kind: 'lounge' };
  if (segments.length === 0) return { kind: 'none' };

  const unknown = segments.find((segment) => segment.type === 'unknown' || segment.type === 'lounge');
  if (unknown) return { kind: 'unparsed', text: unknown.type === 'unknown' ? unknown.text : 'lounge text on a spend category' };

  if (segments.every((segment) => segment.type === 'zero')) {
    if (spend.isZero()) return { kind: 'unobserved', reason: 'no-spend' };
    if (entry.maxCapReached) return { kind: 'unobserved', reason: 'card-cap-used-up' };
    const [zero] = segments;
    return { kind: 'zero-rate', brands: zero?.type === 'zero' ? zero.brands : '' };
  }

  const rated = segments.filter((segment) => segment.type === 'points' || segment.type === 'percent');
  if (rated.length !== segments.length) return { kind: 'unparsed', text: `mixed explanation lines on ${key}` };

  const labelled = rated.flatMap((segment) => (segment.type === 'percent' && segment.tier ? [{ percent: segment.percent, tier: segment.tier }] : []));
  if (labelled.length > 0) {
    if (labelled.length !== rated.length) return { kind: 'unparsed', text: `tier and non-tier lines mixed on ${key}` };
    return {
      kind: 'labelled-tiers',
      bands: labelled.map(({ percent, tier }) => ({
        from: tierBound(tier.from),
        to: tier.to === null ? null : tierBound(tier.to),
        percent,
      })),
    };
  }

  const earns: EarnFile[] = rated.map((segment) => (segment.type === 'points' ? { points: segment.points, per: segment.per } : { percent: segment.percent }));
  const [first] = rated;
  const [firstEarn] = earns;
  if (rated.length === 1 && first && firstEarn) return { kind: 'flat', earn: firstEarn, brands: first.brands };

  if (new Set(rated.map((segment) => segment.spendText)).size === 1) {
    return {
      kind: 'layered',
      layers: rated.map((segment, index) => ({ earn: earns[index] ?? { percent: '0' }, received: new Decimal(segment.received) })),
    };
  }

  const [segmentA] = rated;
  const [earnA, earnB] = earns;
  if (rated.length !== 2 || !segmentA || !earnA || !earnB) return { kind: 'unparsed', text: `${rated.length} slices on ${key}` };
  // The text rounds slice spends ("₹7.85K"); the exact split follows from the exact units earned:
  // units = a × rateA + (spend − a) × rateB.
  const rateA = earnValue(earnA);
  const rateB = earnValue(earnB);
  const units = unitsEarned(input, currency);
  const categoryCap = readCap(entry.maxCap);
  // A cap that cut the category hides part of what the rates earned: fall back to the text.
  const capped = entry.maxCapReached === true || (categoryCap.kind === 'cap' && units.greaterThanOrEqualTo(categoryCap.value));
  let sliceA = !rateA.equals(rateB) && !capped ? recoveredAmount(units.minus(spend.times(rateB)).dividedBy(rateA.minus(rateB))) : null;
  let exact = true;
  if (sliceA === null || sliceA.isNegative() || sliceA.greaterThan(spend)) {
    sliceA = new Decimal(abbreviatedAmount(segmentA.spendText));
    exact = false;
  }
  return {
    kind: 'split',
    slices: [
      { earn: earnA, spend: sliceA },
      { earn: earnB, spend: spend.minus(sliceA) },
    ],
    exact,
  };
}

interface Context {
  readonly currency: Currency;
  readonly inputs: readonly CategoryInput[];
  readonly observations: ReadonlyMap<string, Observation>;
  readonly notes: string[];
  readonly warnings: string[];
}

function capFile(raw: unknown, currency: Currency, placeholders: string[], key: string): CapFile {
  const reading = readCap(raw);
  switch (reading.kind) {
    case 'cap':
      return currency === 'points' ? { points: reading.value } : { rupees: reading.value };
    case 'placeholder':
      placeholders.push(`${key} (${reading.raw})`);
      return null;
    case 'zero':
      placeholders.push(`${key} (0)`);
      return null;
    case 'none':
      return null;
    default: {
      const unreachable: never = reading;
      throw new Error(`unknown cap reading ${JSON.stringify(unreachable)}`);
    }
  }
}

type RateSource = { readonly key: string; readonly earn: EarnFile; readonly brands: string };

function zeroEarn(currency: Currency, entry: BreakdownEntry): EarnFile {
  return currency === 'points' ? { points: '0', per: entry.spend_conversion !== undefined ? intendedDecimal(entry.spend_conversion) : '100' } : { percent: '0' };
}

/** Single-rate categories that had spend (rate 0 included): the only rates the sample shows directly. */
function observedFlatRates(context: Context): RateSource[] {
  const rates: RateSource[] = [];
  for (const input of context.inputs) {
    const observation = context.observations.get(input.key);
    if (!input.spend.greaterThan(0)) continue;
    if (observation?.kind === 'flat') rates.push({ key: input.key, earn: observation.earn, brands: observation.brands });
    if (observation?.kind === 'zero-rate') rates.push({ key: input.key, earn: zeroEarn(context.currency, input.entry), brands: observation.brands });
  }
  return rates;
}

/**
 * The base rate for a category whose rate the sample hides. Candidates are the card's observed
 * single rates on "eligible brands" (all its observed single rates when it has none), preferring
 * those with the category's own spend_conversion. `lowest` picks the lowest (for categories with
 * no spend: conservative); `most-common` the most frequent, ties to the lower (for categories
 * whose points the card-wide cap swallowed: the card's usual rate).
 */
function baseRate(context: Context, input: CategoryInput, policy: 'lowest' | 'most-common'): EarnFile | null {
  const observed = observedFlatRates(context).filter((rate) => ('percent' in rate.earn) === (context.currency === 'cashback'));
  const eligible = observed.filter((rate) => rate.brands === 'eligible brands');
  let pool = eligible.length > 0 ? eligible : observed;
  const per = input.entry.spend_conversion;
  if (per !== undefined) {
    const samePer = pool.filter((rate) => 'per' in rate.earn && rate.earn.per === intendedDecimal(per));
    if (samePer.length > 0) pool = samePer;
  }
  if (pool.length === 0) return null;
  const byValue = (a: EarnFile, b: EarnFile) => earnValue(a).comparedTo(earnValue(b));
  if (policy === 'lowest') {
    return [...pool].sort((a, b) => byValue(a.earn, b.earn))[0]?.earn ?? null;
  }
  const counts = new Map<string, { earn: EarnFile; count: number }>();
  for (const rate of pool) {
    const id = describeEarn(rate.earn);
    const found = counts.get(id);
    counts.set(id, { earn: rate.earn, count: (found?.count ?? 0) + 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || byValue(a.earn, b.earn))[0]?.earn ?? null;
}

interface TierVerdict {
  readonly crossing: string;
  readonly members: readonly string[];
  readonly tiers: TierFile[];
  readonly note: string;
}

/**
 * A split category may really be the crossing point of card-level tiers by cumulative spend (IDFC
 * Mayura: 5X on the first ₹20,001 of the month, 10X beyond). It is, when some earlier category with
 * spend earns exactly one of the split's two rates (the first band's), no later category with spend
 * earns that rate (the band is used up), and the split is exact. The boundary is the spend of those
 * earlier categories plus the split's first-band slice. Later categories at the second band's rate
 * join the tiers only when that rate is the higher one, so the reading never pays more than flat
 * rates would for a smaller spender.
 */
function detectTiers(context: Context): TierVerdict | null {
  const verdicts: TierVerdict[] = [];
  const order = context.inputs.map((input) => input.key);
  const spendOf = new Map(context.inputs.map((input) => [input.key, input.spend] as const));
  for (const [index, input] of context.inputs.entries()) {
    const observation = context.observations.get(input.key);
    if (observation?.kind !== 'split' || !observation.exact) continue;
    const [sliceA, sliceB] = observation.slices;
    if (!sliceA || !sliceB) continue;
    const flatAt = (keys: readonly string[]) =>
      keys.flatMap((key) => {
        const other = context.observations.get(key);
        const spend = spendOf.get(key);
        return other?.kind === 'flat' && spend !== undefined && spend.greaterThan(0) ? [{ key, earn: other.earn, spend }] : [];
      });
    const before = flatAt(order.slice(0, index));
    const after = flatAt(order.slice(index + 1));
    const firstBands = [sliceA, sliceB].filter((slice) => before.some((item) => sameEarn(item.earn, slice.earn)));
    if (firstBands.length !== 1) continue;
    const first = firstBands[0];
    const second = first === sliceA ? sliceB : sliceA;
    if (!first || !second) continue;
    if (after.some((item) => sameEarn(item.earn, first.earn))) continue;
    const members = before.filter((item) => sameEarn(item.earn, first.earn));
    const boundary = members.reduce((total, item) => total.plus(item.spend), new Decimal(0)).plus(first.spend);
    const secondIsHigher = earnValue(second.earn).greaterThan(earnValue(first.earn));
    const joiners = secondIsHigher ? after.filter((item) => sameEarn(item.earn, second.earn)) : [];
    const memberKeys = new Set([...members.map((item) => item.key), input.key, ...joiners.map((item) => item.key)]);
    verdicts.push({
      crossing: input.key,
      members: order.filter((key) => memberKeys.has(key)),
      tiers: [
        { up_to: boundary.toFixed(), earn: first.earn },
        { up_to: null, earn: second.earn },
      ],
      note:
        `Tiers by cumulative monthly spend (reconstructed): ${describeEarn(first.earn)} on the first ₹${boundary.toFixed()}, then ${describeEarn(second.earn)}. ` +
        `${input.key} shows the crossing (₹${first.spend.toFixed()} at the first rate, ₹${second.spend.toFixed()} at the second); ` +
        `${members.map((item) => item.key).join(', ')} come before it at the first rate` +
        (joiners.length > 0 ? ` and ${joiners.map((item) => item.key).join(', ')} after it at the second` : '') +
        `. The boundary comes from this one sample; categories after the crossing at the second rate are tiered only when that rate is the higher one (never overstating a small spender).`,
    });
  }
  return verdicts.length === 1 ? (verdicts[0] ?? null) : null;
}

function labelledTiers(context: Context): { tiers: TierFile[]; members: Set<string> } | null {
  const bands = new Map<string, { from: string; to: string | null; percent: string }>();
  const members = new Set<string>();
  for (const input of context.inputs) {
    const observation = context.observations.get(input.key);
    if (observation?.kind === 'labelled-tiers') {
      members.add(input.key);
      for (const band of observation.bands) bands.set(band.from, band);
    } else if (input.entry.cb_type === 'tiered') {
      members.add(input.key);
    }
  }
  if (bands.size === 0) return null;
  const sorted = [...bands.values()].sort((a, b) => new Decimal(a.from).comparedTo(b.from));
  const tiers: TierFile[] = [];
  let expectedFrom = '0';
  for (const band of sorted) {
    if (band.from !== expectedFrom) {
      context.warnings.push(`tier bands are not contiguous (expected a band from ₹${expectedFrom}, found ₹${band.from})`);
    }
    tiers.push({ up_to: band.to, earn: { percent: band.percent } });
    expectedFrom = band.to ?? expectedFrom;
  }
  const last = tiers[tiers.length - 1];
  if (last && last.up_to !== null) {
    context.warnings.push(`the highest tier band ends at ₹${last.up_to}; treated as open-ended`);
    tiers[tiers.length - 1] = { up_to: null, earn: last.earn };
  }
  return { tiers, members };
}

function loungeRule(key: string, travel: CardGeniusTravelBenefit | undefined, notes: string[]): RuleFile | null {
  const kind = key.slice(0, -LOUNGE_SUFFIX.length);
  const quarterly = decimalField(travel?.[`${kind}_lounge_quarterly` as keyof CardGeniusTravelBenefit]) ?? '0';
  const annually = decimalField(travel?.[`${kind}_lounge_annually` as keyof CardGeniusTravelBenefit]) ?? '0';
  // CardGenius's allowance: the quarterly figure when it is set, else the annual one spread over 4
  // quarters (reproduces every lounge value in the sample).
  const allowanceRaw = new Decimal(quarterly).greaterThan(0) ? new Decimal(quarterly) : new Decimal(annually).dividedBy(4);
  if (allowanceRaw.isZero()) return null;
  const visitValue = LOUNGE_VISIT_VALUE[key];
  if (visitValue === undefined) {
    notes.push(
      `${key}: allowance ${allowanceRaw.toFixed()} visits/quarter, but CardGenius's value of such a visit is not observable (the sample has 0 visits), so it is not priced.`,
    );
    return null;
  }
  const unlimited = new Decimal(quarterly).greaterThanOrEqualTo(1_000_000) || new Decimal(annually).greaterThanOrEqualTo(1_000_000);
  return {
    kind: 'lounge',
    visit_value: visitValue,
    allowance_per_quarter: unlimited ? null : allowanceRaw.toFixed(),
  };
}

export interface InferInput {
  readonly currency: Currency;
  readonly categories: readonly CategoryInput[];
  readonly travel: CardGeniusTravelBenefit | undefined;
  /** The card's ₹ per point; a category whose conv_rate differs carries its own point_value. */
  readonly pointValue: string;
}

export function inferRules(input: InferInput): InferredRules {
  const notes: string[] = [];
  const warnings: string[] = [];
  const observations = new Map(input.categories.map((category) => [category.key, observeCategory(category, input.currency)] as const));
  const context: Context = { currency: input.currency, inputs: input.categories, observations, notes, warnings };
  const placeholders: string[] = [];

  const labelled = labelledTiers(context);
  const detected = labelled ? null : detectTiers(context);
  const tierMembers = new Set<string>(labelled ? labelled.members : detected ? detected.members : []);
  const tiers: TierFile[] = labelled ? labelled.tiers : detected ? detected.tiers : [];
  if (labelled) {
    notes.push(
      `Tiers by cumulative monthly spend, read from CardGenius's tier labels: ${tiers
        .map((tier) => `${describeEarn(tier.earn)}${tier.up_to === null ? ' beyond' : ` up to ₹${tier.up_to}`}`)
        .join(', ')}; tiered categories: ${[...tierMembers].join(', ')}.`,
    );
  }
  if (detected) notes.push(detected.note);

  const grouped = {
    zeroRate: [] as string[],
    noBase: [] as string[],
    noSpend: new Map<string, string[]>(),
    capUsedUp: new Map<string, string[]>(),
    ownPointValue: new Map<string, string[]>(),
  };
  const addTo = (map: Map<string, string[]>, group: string, key: string) => map.set(group, [...(map.get(group) ?? []), key]);
  const categories: Record<string, RuleFile> = {};
  for (const category of input.categories) {
    const { key, entry } = category;
    const observation = observations.get(key) ?? { kind: 'none' };
    const cap = () => capFile(entry.maxCap, input.currency, placeholders, key);
    const pointValue = (): { point_value?: string } => {
      if (input.currency !== 'points' || entry.conv_rate === undefined) return {};
      const own = intendedDecimal(entry.conv_rate);
      if (own === input.pointValue) return {};
      if (!(grouped.ownPointValue.get(own) ?? []).includes(key)) addTo(grouped.ownPointValue, own, key);
      return { point_value: own };
    };

    if (tierMembers.has(key) && observation.kind !== 'lounge') {
      categories[key] = { kind: 'tiered', cap: cap(), ...pointValue() };
      continue;
    }

    switch (observation.kind) {
      case 'none':
        if (entry.savings > 0) warnings.push(`${key} has no explanation but CardGenius paid ₹${intendedDecimal(entry.savings)}`);
        break;
      case 'lounge': {
        const rule = loungeRule(key, input.travel, notes);
        if (rule) categories[key] = rule;
        break;
      }
      case 'flat':
        categories[key] = { kind: 'flat', earn: observation.earn, cap: cap(), ...pointValue() };
        break;
      case 'layered': {
        const layers = observation.layers.map((layer) => {
          const full = category.spend.times(earnValue(layer.earn));
          // The text rounds what each line paid; a line clearly below its full earning was capped.
          const cappedAt = layer.received.lessThan(full.minus(1)) ? layer.received : null;
          const unit = input.currency === 'points' ? 'points' : 'rupees';
          return { earn: layer.earn, cap: cappedAt === null ? null : ({ [unit]: cappedAt.toFixed() } as CapFile) };
        });
        const cappedLayers = layers.filter((layer) => layer.cap !== null);
        if (cappedLayers.length > 0) {
          notes.push(
            `${key}: layer cap${cappedLayers.length > 1 ? 's' : ''} ${cappedLayers
              .map((layer) => `${describeEarn(layer.earn)} capped at ${layer.cap && 'points' in layer.cap ? `${layer.cap.points} RP` : `₹${layer.cap && 'rupees' in layer.cap ? layer.cap.rupees : ''}`}`)
              .join(', ')} inferred from the rounded amount CardGenius showed for that line.`,
          );
        }
        categories[key] = { kind: 'layered', layers, cap: cap(), ...pointValue() };
        break;
      }
      case 'split': {
        const [first, second] = observation.slices;
        if (!first || !second) break;
        const [high, low] = earnValue(first.earn).greaterThanOrEqualTo(earnValue(second.earn)) ? [first, second] : [second, first];
        categories[key] = {
          kind: 'slabs',
          slabs: [
            { up_to: high.spend.toFixed(), earn: high.earn },
            { up_to: null, earn: low.earn },
          ],
          cap: cap(),
          ...pointValue(),
        };
        notes.push(
          `${key}: accelerated budget inferred from one sample: ${describeEarn(high.earn)} on the first ₹${high.spend.toFixed()} of the month, then ${describeEarn(low.earn)}` +
            (observation.exact ? ' (slice recovered exactly from the points earned).' : ' (slice read from the rounded amount in the text).'),
        );
        break;
      }
      case 'labelled-tiers':
        // Handled above through tierMembers; reaching here means the bands were unusable.
        warnings.push(`${key}: tier labels could not be turned into card tiers`);
        break;
      case 'zero-rate': {
        categories[key] = { kind: 'flat', earn: zeroEarn(input.currency, entry), cap: cap(), ...pointValue() };
        grouped.zeroRate.push(key);
        break;
      }
      case 'unobserved': {
        const structured = input.currency === 'cashback' ? decimalField(typeof entry.cashback_percentage === 'number' ? entry.cashback_percentage : null) : null;
        if (structured !== null) {
          categories[key] = { kind: 'flat', earn: { percent: structured }, cap: cap() };
          break;
        }
        const policy = observation.reason === 'no-spend' ? 'lowest' : 'most-common';
        const earn = baseRate(context, category, policy);
        if (earn === null) {
          grouped.noBase.push(key);
          break;
        }
        categories[key] = { kind: 'flat', earn, cap: cap(), ...pointValue() };
        addTo(observation.reason === 'no-spend' ? grouped.noSpend : grouped.capUsedUp, describeEarn(earn), key);
        break;
      }
      case 'unparsed':
        warnings.push(`${key}: explanation not understood (${observation.text}); omitted`);
        break;
      default: {
        const unreachable: never = observation;
        throw new Error(`unknown observation ${JSON.stringify(unreachable)}`);
      }
    }
  }

  shareLayerCaps(categories, notes);
  const uncappedLayers = Object.entries(categories).filter(([, rule]) => rule.kind === 'layered' && rule.layers.every((layer) => layer.cap === null));
  if (uncappedLayers.length > 0) {
    notes.push(
      `Layers of ${uncappedLayers.map(([key]) => key).join(', ')} are additive on the same spend (read from CardGenius's per-line amounts); no line was cut short at this spend, so any per-layer cap is unknown and none is set.`,
    );
  }

  for (const [rate, keys] of grouped.capUsedUp) {
    notes.push(
      `Rate of ${keys.join(', ')} not observable (CardGenius shows 0 RP on their spend because the card-wide cap was used up by earlier categories); inferred ${rate}, the card's most common rate on eligible brands.`,
    );
  }
  for (const [rate, keys] of grouped.noSpend) {
    notes.push(`No spend in ${keys.join(', ')}, so CardGenius shows no rate; inferred ${rate}, the card's lowest observed rate on eligible brands (conservative).`);
  }
  if (grouped.noBase.length > 0) {
    notes.push(`Rate of ${grouped.noBase.join(', ')} not observable and the card shows no rate to infer it from; omitted (they earn nothing).`);
  }
  if (grouped.zeroRate.length > 0) {
    notes.push(
      `CardGenius prices ${grouped.zeroRate.join(', ')} but paid 0 on their spend with no cap reached: rate 0, kept as rules because CardGenius counts that spend as beneficial (milestones).`,
    );
  }
  for (const [value, keys] of grouped.ownPointValue) {
    notes.push(`${keys.join(', ')} carry their own conv_rate: ₹${value} per point (the card's is ₹${input.pointValue}).`);
  }
  if (placeholders.length > 0) {
    notes.push(`Category caps that are CardGenius placeholders for "no cap" (≥ 1,000,000 or 0) were dropped: ${placeholders.join(', ')}.`);
  }
  for (const warning of warnings) notes.push(`WARNING: ${warning}`);
  return { categories, tiers, notes, warnings };
}

/**
 * A layer cap seen on one category applies to the same layer of every other category of the card
 * with identical layers whose own spend was too small to reveal it (RBL Platinum Maxima Plus: 800 RP
 * on dining, so also on grocery).
 */
function shareLayerCaps(categories: Record<string, RuleFile>, notes: string[]): void {
  const layered = Object.entries(categories).filter((entry): entry is [string, Extract<RuleFile, { kind: 'layered' }>] => entry[1].kind === 'layered');
  const signature = (rule: Extract<RuleFile, { kind: 'layered' }>) => rule.layers.map((layer) => describeEarn(layer.earn)).join(' + ');
  for (const [key, rule] of layered) {
    const donors = layered.filter(([otherKey, other]) => otherKey !== key && signature(other) === signature(rule));
    const layers = rule.layers.map((layer, index) => {
      if (layer.cap !== null) return layer;
      const donor = donors.find(([, other]) => other.layers[index]?.cap);
      const cap = donor?.[1].layers[index]?.cap;
      if (!donor || !cap) return layer;
      notes.push(`${key}: layer ${describeEarn(layer.earn)} given the cap seen on ${donor[0]} (same layers; this category's spend did not reach it).`);
      return { earn: layer.earn, cap };
    });
    categories[key] = { ...rule, layers };
  }
}

/** Reads the response's breakdown into CategoryInputs, in the card's processing order. */
export function categoryInputs(breakdown: Readonly<Record<string, BreakdownEntry>>): CategoryInput[] {
  return Object.entries(breakdown).map(([key, entry]) => ({
    key,
    entry,
    spend: new Decimal(intendedDecimal(entry.spend)),
    segments: monthlySegments(entry.explanation),
  }));
}
