import type { ColumnType, Generated } from 'kysely';

/**
 * Row types as the pool returns them: DECIMAL and BIGINT arrive as exact strings
 * (`decimalNumbers: false`, `bigNumberStrings: true`) and TIMESTAMPs as UTC strings
 * (`dateStrings: true`, session time zone +00:00). Never convert a DecimalString to a JS number.
 */

/** An exact decimal as the server prints it, e.g. `"25500.00"`. */
export type DecimalString = string;
/** `YYYY-MM-DD hh:mm:ss[.fff]` in UTC. */
export type TimestampString = string;

export type ProcessingStatus = 'new' | 'pending' | 'completed' | 'failed';
export const PROCESSING_STATUSES: readonly ProcessingStatus[] = ['new', 'pending', 'completed', 'failed'];

export type RunStatus = 'running' | 'succeeded' | 'partial' | 'failed';

/** A server-filled column that may still be NULL (TIMESTAMP/DECIMAL with a DEFAULT but no NOT NULL in the PRD). */
type GeneratedNullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

/** PRD 3.1, owned by CashKaro; the engine only reads it and updates the processing columns. */
export interface UserSpendingDataTable {
  user_id: string;
  avg_amazon_gmv: Generated<DecimalString>;
  avg_flipkart_gmv: Generated<DecimalString>;
  avg_myntra_gmv: Generated<DecimalString>;
  avg_ajio_gmv: Generated<DecimalString>;
  avg_grocery_gmv: Generated<DecimalString>;
  avg_confirmed_gmv: Generated<DecimalString>;
  processing_status: GeneratedNullable<ProcessingStatus>;
  last_processed_at: TimestampString | null;
  processing_error: string | null;
  created_at: GeneratedNullable<TimestampString>;
  updated_at: GeneratedNullable<TimestampString>;
}

/** PRD 3.2, the engine's output. */
export interface CardRecommendationsTable {
  id: ColumnType<string, string | undefined, never>;
  user_id: string;
  rank: number;
  card_name: string;
  card_id: string | null;
  total_savings_yearly: DecimalString;
  joining_fees: DecimalString;
  total_extra_benefits: DecimalString;
  net_savings: DecimalString;
  amazon_points: GeneratedNullable<DecimalString>;
  flipkart_points: GeneratedNullable<DecimalString>;
  myntra_points: GeneratedNullable<DecimalString>;
  ajio_points: GeneratedNullable<DecimalString>;
  grocery_points: GeneratedNullable<DecimalString>;
  other_online_points: GeneratedNullable<DecimalString>;
  redemption_method: string | null;
  redemption_rate: DecimalString | null;
  processed_at: GeneratedNullable<TimestampString>;
  batch_id: string | null;
  created_at: GeneratedNullable<TimestampString>;
  updated_at: GeneratedNullable<TimestampString>;
}

/** One installed catalog release (compiled SQL) and the hashes that identify it. */
export interface CgReleaseTable {
  release_id: string;
  sql_sha256: string;
  dialect: string;
  catalog_hash: string;
  generator_version: string;
  installed_at: Generated<TimestampString>;
}

/** The run ledger: one row per batch. */
export interface CgRunTable {
  batch_id: string;
  mode: string;
  release_id: string;
  sql_sha256: string;
  started_at: Generated<TimestampString>;
  finished_at: TimestampString | null;
  status: Generated<RunStatus>;
  users_claimed: Generated<number>;
  users_completed: Generated<number>;
  users_failed: Generated<number>;
  users_reclaimed: Generated<number>;
  chunks: Generated<number>;
  retries: Generated<number>;
  users_per_second: DecimalString | null;
  error: string | null;
}

/** A claim on one user by one worker until `lease_expires_at`. */
export interface CgLeaseTable {
  user_id: string;
  batch_id: string;
  owner_token: string;
  lease_expires_at: Generated<TimestampString>;
}

export interface DB {
  user_spending_data: UserSpendingDataTable;
  card_recommendations: CardRecommendationsTable;
  cg_release: CgReleaseTable;
  cg_run: CgRunTable;
  cg_lease: CgLeaseTable;
}
