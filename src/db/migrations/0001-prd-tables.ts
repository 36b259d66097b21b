import { type Kysely, type Migration, sql } from 'kysely';

/**
 * The two CashKaro tables exactly as PRD 3.1 / 3.2 define them (columns, types, defaults,
 * indexes, cascading FK), with every identifier backtick-quoted: `rank` is reserved in MySQL 8.
 *
 * `IF NOT EXISTS`: in production these tables belong to CashKaro and already exist; `db init`
 * there must leave them untouched.
 *
 * Deliberately NOT added: the CHECK constraint `chk_positive_spending` from PRD 3.1 "Data
 * Validation Rules". Production tables may lack it, so the engine must itself detect negative
 * spending and fail those users; tests need to be able to plant such rows.
 */
export const prdTables: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`
      CREATE TABLE IF NOT EXISTS \`user_spending_data\` (
        \`user_id\` VARCHAR(50) PRIMARY KEY,
        \`avg_amazon_gmv\` DECIMAL(12, 2) NOT NULL DEFAULT 0,
        \`avg_flipkart_gmv\` DECIMAL(12, 2) NOT NULL DEFAULT 0,
        \`avg_myntra_gmv\` DECIMAL(12, 2) NOT NULL DEFAULT 0,
        \`avg_ajio_gmv\` DECIMAL(12, 2) NOT NULL DEFAULT 0,
        \`avg_grocery_gmv\` DECIMAL(12, 2) NOT NULL DEFAULT 0,
        \`avg_confirmed_gmv\` DECIMAL(12, 2) NOT NULL DEFAULT 0,
        \`processing_status\` ENUM('new', 'pending', 'completed', 'failed') DEFAULT 'new',
        \`last_processed_at\` TIMESTAMP NULL,
        \`processing_error\` TEXT NULL,
        \`created_at\` TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
        \`updated_at\` TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
        INDEX \`idx_processing_status\` (\`processing_status\`),
        INDEX \`idx_last_processed\` (\`last_processed_at\`)
      )
    `.execute(db);

    await sql`
      CREATE TABLE IF NOT EXISTS \`card_recommendations\` (
        \`id\` BIGINT AUTO_INCREMENT PRIMARY KEY,
        \`user_id\` VARCHAR(50) NOT NULL,
        \`rank\` TINYINT NOT NULL,
        \`card_name\` VARCHAR(200) NOT NULL,
        \`card_id\` VARCHAR(100) NULL,
        \`total_savings_yearly\` DECIMAL(12, 2) NOT NULL,
        \`joining_fees\` DECIMAL(12, 2) NOT NULL,
        \`total_extra_benefits\` DECIMAL(12, 2) NOT NULL,
        \`net_savings\` DECIMAL(12, 2) NOT NULL,
        \`amazon_points\` DECIMAL(12, 2) DEFAULT 0,
        \`flipkart_points\` DECIMAL(12, 2) DEFAULT 0,
        \`myntra_points\` DECIMAL(12, 2) DEFAULT 0,
        \`ajio_points\` DECIMAL(12, 2) DEFAULT 0,
        \`grocery_points\` DECIMAL(12, 2) DEFAULT 0,
        \`other_online_points\` DECIMAL(12, 2) DEFAULT 0,
        \`redemption_method\` VARCHAR(50) NULL,
        \`redemption_rate\` DECIMAL(5, 4) NULL,
        \`processed_at\` TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
        \`batch_id\` VARCHAR(50) NULL,
        \`created_at\` TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
        \`updated_at\` TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
        UNIQUE KEY \`unique_user_rank\` (\`user_id\`, \`rank\`),
        INDEX \`idx_user_id\` (\`user_id\`),
        INDEX \`idx_batch_id\` (\`batch_id\`),
        INDEX \`idx_processed_at\` (\`processed_at\`),
        INDEX \`idx_net_savings\` (\`net_savings\` DESC),
        FOREIGN KEY (\`user_id\`) REFERENCES \`user_spending_data\` (\`user_id\`)
          ON DELETE CASCADE
          ON UPDATE CASCADE
      )
    `.execute(db);
  },
};
