/**
 * Reads the rates CardGenius reveals in its HTML explanation strings. Only the `monthly` lines are
 * read; each becomes one segment. Spend amounts in the text are abbreviated ("₹8.33K"), so they are
 * kept only as approximations; exact slice sizes are recovered from the exact points elsewhere.
 */

export type ExplanationSegment =
  /** "On monthly spend of ₹7K on eligible brands you get 5 RP for every ₹150, so you will receive 233 RP." */
  | { readonly type: 'points'; readonly spendText: string; readonly brands: string; readonly points: string; readonly per: string; readonly received: string }
  /** "… you get 1.5% cashback, so you receive ₹105 every month." or "… (Tier: 0-10K) at 3% cashback, you receive ₹150." */
  | {
      readonly type: 'percent';
      readonly spendText: string;
      readonly brands: string;
      readonly percent: string;
      readonly received: string;
      readonly tier: { readonly from: string; readonly to: string | null } | null;
    }
  /** "On monthly spends of ₹4K on eligible brands you earn 0 RP (worth ₹0)." — no rate shown. */
  | { readonly type: 'zero'; readonly spendText: string; readonly brands: string }
  /** "You get 2.25 lounge visits per quarter, worth ₹562.5 monthly." */
  | { readonly type: 'lounge'; readonly visits: string; readonly worth: string }
  /** "Total Reward points will be 556 …": a sum of the lines above, carries no rate. */
  | { readonly type: 'total' }
  | { readonly type: 'unknown'; readonly text: string };

const NUMBER = '([0-9][0-9,]*(?:\\.[0-9]+)?)';
const AMOUNT = `₹${NUMBER}(K|L|Cr)?`;

const POINTS = new RegExp(
  `^On monthly spends? of ${AMOUNT} on (.+?) you get ${NUMBER} RP for every ₹${NUMBER}, so you will receive ${NUMBER} RP\\.?$`,
);
const PERCENT = new RegExp(
  `^On monthly spends? of ${AMOUNT} on (.+?) you get ${NUMBER}% cashback, so you receive ₹${NUMBER} every month\\.?$`,
);
const TIER = new RegExp(
  `^On monthly spends? of ${AMOUNT} on (.+?) \\(Tier: ([0-9.]+(?:K|L|Cr)?)-([0-9.]+(?:K|L|Cr)?|Unlimited)\\) at ${NUMBER}% cashback, you receive ₹${NUMBER}\\.?$`,
);
const ZERO = new RegExp(`^On monthly spends? of ${AMOUNT} on (.+?) you earn 0 (?:RP|points|cashback)(?: \\(worth ₹0\\))?\\.?$`);
const LOUNGE = new RegExp(`^You get ${NUMBER} lounge visits per quarter, worth ₹${NUMBER} monthly\\.?$`);
const TOTAL = /^Total /;

/** Strips tags and entities and collapses whitespace. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const digits = (text: string) => text.replace(/,/g, '');
const amount = (value: string, unit: string | undefined) => `${digits(value)}${unit ?? ''}`;

export function parseExplanationLine(html: string): ExplanationSegment {
  const text = plainText(html);
  let match = POINTS.exec(text);
  if (match) {
    const [, value = '', unit, brands = '', points = '', per = '', received = ''] = match;
    return { type: 'points', spendText: amount(value, unit), brands, points: digits(points), per: digits(per), received: digits(received) };
  }
  match = TIER.exec(text);
  if (match) {
    const [, value = '', unit, brands = '', from = '', to = '', percent = '', received = ''] = match;
    return {
      type: 'percent',
      spendText: amount(value, unit),
      brands,
      percent: digits(percent),
      received: digits(received),
      tier: { from, to: to === 'Unlimited' ? null : to },
    };
  }
  match = PERCENT.exec(text);
  if (match) {
    const [, value = '', unit, brands = '', percent = '', received = ''] = match;
    return { type: 'percent', spendText: amount(value, unit), brands, percent: digits(percent), received: digits(received), tier: null };
  }
  match = ZERO.exec(text);
  if (match) {
    const [, value = '', unit, brands = ''] = match;
    return { type: 'zero', spendText: amount(value, unit), brands };
  }
  match = LOUNGE.exec(text);
  if (match) {
    const [, visits = '', worth = ''] = match;
    return { type: 'lounge', visits: digits(visits), worth: digits(worth) };
  }
  if (TOTAL.test(text)) return { type: 'total' };
  return { type: 'unknown', text };
}

/** The monthly lines of an explanation array, parsed, without the "Total …" summaries. */
export function monthlySegments(lines: readonly { key: string; explanation: string }[]): ExplanationSegment[] {
  return lines
    .filter((line) => line.key === 'monthly')
    .map((line) => parseExplanationLine(line.explanation))
    .filter((segment) => segment.type !== 'total');
}

const MULTIPLIER: Record<string, number> = { K: 1e3, L: 1e5, Cr: 1e7 };

/** "8.33K" → 8330, "1.2L" → 120000: the abbreviated amount the text shows (an approximation). */
export function abbreviatedAmount(text: string): number {
  const match = /^([0-9.]+)(K|L|Cr)?$/.exec(text);
  if (!match) throw new TypeError(`not an abbreviated amount: ${text}`);
  return Number(match[1]) * (match[2] ? (MULTIPLIER[match[2]] ?? 1) : 1);
}

/** A "10K" / "0" tier bound as an exact decimal string ("10000"). */
export function tierBound(text: string): string {
  const match = /^([0-9]+)(?:\.([0-9]+))?(K|L|Cr)?$/.exec(text);
  if (!match) throw new TypeError(`not a tier bound: ${text}`);
  const zeros = match[3] === 'K' ? 3 : match[3] === 'L' ? 5 : match[3] === 'Cr' ? 7 : 0;
  const whole = match[1] ?? '0';
  const fraction = (match[2] ?? '').padEnd(zeros, '0');
  if (fraction.length > zeros) throw new TypeError(`tier bound ${text} is not a whole rupee amount`);
  return String(BigInt(whole + fraction));
}
