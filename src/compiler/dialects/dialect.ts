/**
 * What differs between the servers the compiler targets. Everything dialect-specific lives in an
 * adapter (mysql.ts, mariadb.ts) with a one-line why and a manual link at each quirk; nothing
 * else in the compiler asks which dialect it is rendering.
 *
 * Checked and found identical on MySQL 8.0+/8.4 and MariaDB 10.6+/10.11, so shared by both
 * (recorded here so nobody adds a branch for them):
 * - `INSERT INTO t (...) WITH ... SELECT ...` is accepted by both.
 *   https://dev.mysql.com/doc/refman/8.4/en/with.html ("INSERT ... WITH ... SELECT ...")
 *   https://mariadb.com/kb/en/with/ (WITH before the SELECT of INSERT ... SELECT since 10.2; MDEV commit 48b4e33)
 * - Window functions (ROW_NUMBER, MAX OVER): MySQL 8.0, MariaDB 10.2.
 * - Exact DECIMAL arithmetic up to 65 digits; ROUND() on exact values rounds half away from zero;
 *   MOD() on exact values is exact. https://dev.mysql.com/doc/refman/8.4/en/precision-math-rounding.html
 *   https://mariadb.com/kb/en/round/
 * - Procedures: `DROP PROCEDURE IF EXISTS` + `CREATE PROCEDURE`, client-side `DELIMITER`.
 *   MariaDB also has `CREATE OR REPLACE PROCEDURE`, MySQL does not, so both use DROP + CREATE.
 *   https://dev.mysql.com/doc/refman/8.4/en/create-procedure.html
 *   https://mariadb.com/kb/en/create-procedure/
 * - `INSERT ... ON DUPLICATE KEY UPDATE col = <literal>` (no VALUES(), which MySQL 8.0.20 deprecated).
 *   https://dev.mysql.com/doc/refman/8.4/en/insert-on-duplicate.html
 * - Multi-table `DELETE t FROM t JOIN u ...` and `UPDATE t AS u SET ...`.
 * - String literals with a `_utf8mb4` introducer, quotes doubled.
 * - A derived table with LIMIT is never merged into the outer query (the chunk's optimizer fences).
 *   https://dev.mysql.com/doc/refman/8.4/en/derived-table-optimization.html
 *   https://mariadb.com/kb/en/derived-table-merge-optimization/
 *
 * Found to differ in performance: MySQL materializes a CTE referenced many times once; MariaDB
 * 10.11 materializes it once per reference (EXPLAIN shows one derived table per card branch), so
 * with the users CTE MariaDB reads its users once per card (~100 ms per card for 10,000 users).
 * Hence materializeChunkUsers (MariaDB: a temporary table filled once instead).
 * https://dev.mysql.com/doc/refman/8.4/en/with.html#common-table-expressions-optimization
 */
export type DialectName = 'mysql' | 'mariadb';

export interface Dialect {
  readonly name: DialectName;
  /** Human name for comments and messages. */
  readonly label: string;
  /** The server flavour a compiled release may be installed on (see src/db/server-info.ts). */
  readonly serverFlavor: DialectName;
  /** sql-formatter's language: its keyword lists and function spacing follow the server's grammar. */
  readonly formatterLanguage: 'mysql' | 'mariadb';
  /**
   * The chunk first copies its users (inputs and category spend) into a TEMPORARY table
   * (statements drop_chunk_users, fill_chunk_users) that the card SELECTs read, instead of the
   * CTE cg_users. Only where the CTE would be re-materialized per reference and a temporary table
   * may be referenced more than once in one query.
   */
  readonly materializeChunkUsers: boolean;
}
