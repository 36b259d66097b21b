import type { Database } from '../../src/db/pool.js';
import type { DecimalString, ProcessingStatus } from '../../src/db/schema.js';

/** Inserts users with the given processing status and zero spending. */
export async function insertUsers(
  db: Database,
  users: Readonly<Record<string, ProcessingStatus | null>>,
): Promise<void> {
  const rows = Object.entries(users).map(([user_id, processing_status]) => ({ user_id, processing_status }));
  if (rows.length > 0) await db.kysely.insertInto('user_spending_data').values(rows).execute();
}

/** Inserts a user's recommendations with ranks 1..n carrying the given net savings, in order. */
export async function insertRanking(
  db: Database,
  userId: string,
  netSavings: readonly DecimalString[],
): Promise<void> {
  if (netSavings.length === 0) return;
  await db.kysely
    .insertInto('card_recommendations')
    .values(
      netSavings.map((net, index) => ({
        user_id: userId,
        rank: index + 1,
        card_name: `Card ${index + 1}`,
        card_id: `card_${index + 1}`,
        total_savings_yearly: net,
        joining_fees: '0.00',
        total_extra_benefits: '0.00',
        net_savings: net,
        batch_id: 'BATCH_TEST',
      })),
    )
    .execute();
}

/** Ten strictly descending net savings, e.g. for a well-formed ranking. */
export function descendingSavings(top = 10_000): DecimalString[] {
  return Array.from({ length: 10 }, (_, index) => `${top - index * 100}.00`);
}
