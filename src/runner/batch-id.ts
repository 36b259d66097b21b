import { randomBytes } from 'node:crypto';

/** card_recommendations.batch_id and cg_run.batch_id are VARCHAR(50). */
const BATCH_ID = /^[A-Za-z0-9_.:-]{1,50}$/;

/** `BATCH_<yyyymmdd>_<hhmmss>_<4 hex>` in UTC, e.g. `BATCH_20251007_020000_a3f9`. */
export function generateBatchId(now: Date = new Date(), randomHex: string = randomBytes(2).toString('hex')): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const date = `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}`;
  const time = `${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}`;
  return `BATCH_${date}_${time}_${randomHex}`;
}

/** Why a `--batch-id` is unusable, or undefined when it is fine. */
export function batchIdProblem(batchId: string): string | undefined {
  return BATCH_ID.test(batchId) ? undefined : `batch id must be 1-50 characters of A-Z a-z 0-9 _ . : - (got ${JSON.stringify(batchId)})`;
}
