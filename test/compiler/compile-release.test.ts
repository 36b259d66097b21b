import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadRelease } from '../../src/catalog/load-release.js';
import type { Card, Release } from '../../src/catalog/rule-tree.js';
import { CompileError } from '../../src/compiler/compile-error.js';
import { COMPILED_FILE_NAMES, compileRelease } from '../../src/compiler/compile-release.js';
import { DIALECTS, DIALECT_NAMES } from '../../src/compiler/dialects/index.js';
import { GENERATOR_VERSION } from '../../src/compiler/generator-version.js';
import { SqlLiteralError } from '../../src/compiler/sql-literals.js';
import { Decimal } from '../../src/contract/decimal.js';
import { loadInputMapping, parseInputMapping } from '../../src/contract/input-mapping.js';
import { negativeSpendReason } from '../../src/contract/user-input.js';

const CATALOG = new URL('../fixtures/compiler-catalog/', import.meta.url).pathname;
const RELEASE = '2099-01-fixture';

function fixture() {
  const release = loadRelease(CATALOG, RELEASE);
  return { release, mapping: loadInputMapping(CATALOG, release) };
}

function withCard(release: Release, id: string, change: (card: Card) => Card): Release {
  return { ...release, cards: release.cards.map((card) => (card.id === id ? change(card) : card)) };
}

/** SQL without comments, for assertions about the code itself. */
function code(sql: string): string {
  return sql.replace(/\/\*[\s\S]*?\*\//g, '').replace(/--[^\n]*/g, '');
}

describe('compileRelease', () => {
  const { release, mapping } = fixture();

  it.each(DIALECT_NAMES)('is byte-stable (%s): two compiles of two loads are identical', (name) => {
    const first = compileRelease(release, mapping, DIALECTS[name]);
    const again = fixture();
    const second = compileRelease(again.release, again.mapping, DIALECTS[name]);
    for (const file of COMPILED_FILE_NAMES) expect(second.files[file]).toBe(first.files[file]);
    expect(second.procedureSha256).toBe(first.procedureSha256);
  });

  it.each(DIALECT_NAMES)('starts every file with the provenance header (%s)', (name) => {
    const compiled = compileRelease(release, mapping, DIALECTS[name]);
    for (const file of COMPILED_FILE_NAMES) {
      const head = compiled.files[file].split('\n').slice(0, 6).join('\n');
      expect(head).toContain('generated — do not edit');
      expect(head).toContain(`-- file: ${file}`);
      expect(head).toContain(`-- release: ${RELEASE}`);
      expect(head).toContain(`-- catalog content hash: ${release.contentHash}`);
      expect(head).toContain(`-- generator version: ${GENERATOR_VERSION}`);
      expect(head).toContain(`-- dialect: ${name}`);
    }
  });

  it('records the SHA-256 of procedure.sql, which holds exactly the CREATE PROCEDURE after its header', () => {
    const compiled = compileRelease(release, mapping, DIALECTS.mariadb);
    expect(compiled.procedureSha256).toBe(createHash('sha256').update(compiled.files['procedure.sql']).digest('hex'));
    expect(compiled.files['procedure.sql'].endsWith(`${compiled.createProcedure}\n`)).toBe(true);
    expect(compiled.procedureName).toBe('cg_process_chunk_2099_01_fixture');
    expect(compiled.createProcedure).toMatch(
      /^CREATE PROCEDURE `cg_process_chunk_2099_01_fixture`\(\n {2}IN `p_batch_id` VARCHAR\(50\),\n {2}IN `p_first_user_id` VARCHAR\(50\),\n {2}IN `p_last_user_id` VARCHAR\(50\)\n\)/,
    );
    expect(compiled.createProcedure).not.toMatch(/\bCOMMIT\b|\bROLLBACK\b|START TRANSACTION/);
    expect(compiled.call).toEqual({ sql: 'CALL `cg_process_chunk_2099_01_fixture`(?, ?, ?)', parameters: ['batch_id', 'first_user_id', 'last_user_id'] });
    expect(compiled.files['install.sql']).toContain(`DELIMITER $$\n${compiled.createProcedure}$$\nDELIMITER ;`);
    expect(compiled.files['install.sql']).toContain(`\`sql_sha256\` = _utf8mb4'${compiled.procedureSha256}'`);
    expect(compiled.files['uninstall.sql']).toContain('DROP PROCEDURE IF EXISTS `cg_process_chunk_2099_01_fixture`;');
  });

  it('binds run-time values as ? in text order, and as procedure parameters in the procedure', () => {
    const compiled = compileRelease(release, mapping, DIALECTS.mariadb);
    // MariaDB copies the chunk's users and the strong cards' values into temporary tables first
    // (materializeChunkUsers); the fixture has fewer cards than the top 10, so every card is strong
    expect(compiled.statements.map((statement) => [statement.name, statement.parameters])).toEqual([
      ['delete_previous', ['first_user_id', 'last_user_id']],
      ['drop_chunk_users', []],
      ['fill_chunk_users', ['first_user_id', 'last_user_id']],
      ['fill_chunk_strong', []],
      ['fill_chunk_rows', ['batch_id']],
      ['insert_recommendations', []],
      ['fail_invalid_users', ['first_user_id', 'last_user_id']],
      ['fail_overflowing_users', ['first_user_id', 'last_user_id']],
      ['delete_overflowing_rows', ['first_user_id', 'last_user_id', 'batch_id']],
      ['complete_users', ['first_user_id', 'last_user_id']],
    ]);
    expect(compiled.statements[1]?.sql).toMatch(/^DROP TEMPORARY TABLE IF EXISTS `cg_chunk_users`,\s+`cg_chunk_strong`,\s+`cg_chunk_candidates`,\s+`cg_chunk_rows`$/);
    expect(compiled.statements[2]?.sql).toMatch(/^CREATE TEMPORARY TABLE `cg_chunk_users` \(PRIMARY KEY \(`cg_u`\)\)\nWITH\n/);
    expect(compiled.statements[3]?.sql).toMatch(/FROM\s+`cg_chunk_users`\s*\)\s*AS `cg_l1`/);
    expect(compiled.statements[4]?.sql).toMatch(/FROM\s+`cg_chunk_strong`/);
    expect(compiled.statements[4]?.sql).not.toContain('`cg_input`');
    expect(compiled.statements[5]?.sql).toMatch(/^INSERT INTO\s+`card_recommendations` \([^)]*\)\s*SELECT\s+\*\s+FROM\s+`cg_chunk_rows`$/);
    // MySQL cannot reopen a temporary table in one query and materializes the CTE once: no copy
    const mysql = compileRelease(release, mapping, DIALECTS.mysql);
    expect(mysql.statements.map((statement) => [statement.name, statement.parameters])).toEqual([
      ['delete_previous', ['first_user_id', 'last_user_id']],
      ['insert_recommendations', ['first_user_id', 'last_user_id', 'batch_id']],
      ['fail_invalid_users', ['first_user_id', 'last_user_id']],
      ['fail_overflowing_users', ['first_user_id', 'last_user_id']],
      ['delete_overflowing_rows', ['first_user_id', 'last_user_id', 'batch_id']],
      ['complete_users', ['first_user_id', 'last_user_id']],
    ]);
    expect(code(mysql.files['chunk.sql'])).not.toContain('cg_chunk_users');
    for (const statement of compiled.statements) {
      expect(code(statement.sql).match(/\?/g)?.length ?? 0).toBe(statement.parameters.length);
      // every statement that selects the chunk's users selects its pending ones (or, after them, the ones it failed)
      if (statement.parameters.includes('first_user_id')) expect(statement.sql).toMatch(/`processing_status` = _utf8mb4 '(pending|failed)'/);
    }
    expect(code(compiled.createProcedure)).not.toContain('?');
    expect(compiled.createProcedure).toContain('BETWEEN `p_first_user_id` AND `p_last_user_id`');
    expect(compiled.files['chunk.sql']).toContain(compiled.statements[3]?.sql ?? 'missing');
  });

  it('renders every rule kind, cap and threshold of the fixture', () => {
    const insert = compileRelease(release, mapping, DIALECTS.mysql).statements[1]?.sql ?? '';
    for (const kind of ['flat', 'slabs', 'layered', 'tiered']) expect(insert).toContain(`/* ${kind} */`);
    // slab and tier slices: [from, up_to) of the category's or the card's cumulative tiered spend
    expect(insert).toContain('CAST(GREATEST(LEAST(`cg_s_grocery_spends_online`, 5000) - 1000, 0) AS DECIMAL(16, 2)) AS `cg_x_0_1`');
    expect(insert).toMatch(/GREATEST\(\s*LEAST\(`cg_s_flipkart_spends` \+ `cg_s_amazon_spends`, 25000\) - GREATEST\(`cg_s_flipkart_spends`, 10000\),\s*0\s*\)/);
    // a layer's own cap, then the category cap
    expect(insert).toMatch(/LEAST\(\s*LEAST\(CAST\(`cg_s_amazon_spends` \* 0\.1 AS DECIMAL\(24, 6\)\), 800\) \+ CAST\(`cg_s_amazon_spends` \* 0\.02 AS DECIMAL\(24, 6\)\),\s*2000\s*\)/);
    // exact rounded division: 5 points per ₹150 → (X − MOD(X, 6)) / 6 with X = spend × 200000 + 3
    expect(insert).toContain('CAST(`cg_s_amazon_spends` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 200000 + 3 AS DECIMAL(38, 0)), 6)');
    // card-wide cap: closed form over prefix sums in processing order
    expect(insert).toContain('LEAST(1500, `cg_a_grocery_spends_online` + `cg_a_amazon_spends`) - LEAST(1500, `cg_a_grocery_spends_online`)');
    // per-category point value, milestones (× floor(365/days)), ranking, top 10, overflow
    expect(insert).toContain('ROUND(`cg_u_other_online_spends` * 0.3, 6)');
    expect(insert).toContain('`cg_beneficial` * 7 >= 233333.1 THEN 520');
    expect(insert).toMatch(/ORDER BY\s+`v`\.`cg_net` DESC,\s+`v`\.`cg_yearly` DESC,\s+`v`\.`cg_card`/);
    expect(insert).toContain('`cg_rank` <= 10');
    expect(insert).toContain('9999999999.99');
    // catalog strings: quotes doubled, never a raw string literal
    expect(insert).toContain(`_utf8mb4 'Echo''s Twin A "Quoted"'`);
  });

  it('prunes categories no input reaches and never prices lounges', () => {
    const insert = compileRelease(release, mapping, DIALECTS.mysql).statements[1]?.sql ?? '';
    expect(insert).not.toContain('dining_or_going_out');
    expect(insert).not.toContain('lounge');
  });

  it('uses exact arithmetic only and quotes every identifier', () => {
    for (const name of DIALECT_NAMES) {
      const compiled = compileRelease(release, mapping, DIALECTS[name]);
      for (const file of COMPILED_FILE_NAMES) {
        const sql = code(compiled.files[file]);
        expect(sql).not.toMatch(/\b(FLOAT|DOUBLE|REAL|LATERAL|REPLACE)\b/i);
        expect(sql).not.toMatch(/\bVALUES\s*\(\s*`/i);
        expect(sql).not.toMatch(/(?<!`)\brank\b(?!`)/i);
        // every division divides an exact multiple: (X - MOD(X, d)) / d
        for (const match of sql.matchAll(/\)\s*\/\s*([^\s]+)/g)) expect(match[1]).toMatch(/^(\d+|CAST\()/);
      }
    }
  });

  it('builds the negative-input reason from the contract text, in mapping column order', () => {
    const update = compileRelease(release, mapping, DIALECTS.mariadb).statements.find((statement) => statement.name === 'fail_invalid_users')?.sql ?? '';
    const [prefix, suffix] = negativeSpendReason('avg_amazon_gmv', '\u0000').split('\u0000');
    expect(update.replace(/\s+/g, ' ')).toContain(
      `CONCAT( _utf8mb4 '${prefix ?? ''}', CAST(CAST(\`u\`.\`avg_amazon_gmv\` AS DECIMAL(14, 2)) AS CHAR), _utf8mb4 '${suffix ?? ''}' )`,
    );
    const order = [...mapping.columns.values()].map((column) => update.indexOf(`WHEN \`u\`.\`${column}\` < 0`));
    expect(order.every((position, index) => position > 0 && (index === 0 || position > (order[index - 1] ?? 0)))).toBe(true);
  });

  it('targets the tables named in the options', () => {
    const compiled = compileRelease(release, mapping, DIALECTS.mariadb, { inputTable: 'usd_copy', outputTable: 'cr_copy', procedureName: 'cg_test_proc' });
    const all = compiled.statements.map((statement) => statement.sql).join('\n');
    expect(all).toContain('`usd_copy`');
    expect(all).toContain('`cr_copy`');
    expect(all).not.toContain('`user_spending_data`');
    expect(all).not.toContain('`card_recommendations`');
    expect(compiled.call.sql).toBe('CALL `cg_test_proc`(?, ?, ?)');
    expect(() => compileRelease(release, mapping, DIALECTS.mariadb, { inputTable: 'user data' })).toThrow(SqlLiteralError);
  });

  it('differs between dialects only where an adapter says so (formatting, materializeChunkUsers), not in what it computes', () => {
    const mysql = compileRelease(release, mapping, DIALECTS.mysql);
    const mariadb = compileRelease(release, mapping, { ...DIALECTS.mariadb, materializeChunkUsers: DIALECTS.mysql.materializeChunkUsers });
    const normalize = (sql: string) => sql.replace(/\s+/g, '').replace(/--dialect:\w+/, '');
    expect(normalize(mariadb.files['chunk.sql'])).toBe(normalize(mysql.files['chunk.sql']));
  });

  it('rejects catalog text that is unsafe in SQL', () => {
    const slashed = withCard(release, 'alpha-flat-points', (card) => ({ ...card, name: 'Alpha \\ Card' }));
    expect(() => compileRelease(slashed, mapping, DIALECTS.mariadb)).toThrow(SqlLiteralError);
    const newline = withCard(release, 'alpha-flat-points', (card) => ({ ...card, name: 'Alpha\nCard' }));
    expect(() => compileRelease(newline, mapping, DIALECTS.mariadb)).toThrow(SqlLiteralError);
  });

  it('refuses a mapping that feeds ₹ into a lounge rule', () => {
    const text = `version: 1
table: { user_id: user_id, columns: { amazon: avg_amazon_gmv, flipkart: avg_flipkart_gmv, myntra: avg_myntra_gmv, ajio: avg_ajio_gmv, grocery: avg_grocery_gmv, confirmed: avg_confirmed_gmv } }
categories: { amazon_spends: [amazon], flipkart_spends: [flipkart], grocery_spends_online: [grocery], other_online_spends: [myntra, ajio], domestic_lounge_usage_quarterly: [confirmed] }
outputs: { amazon_points: amazon, flipkart_points: flipkart, myntra_points: myntra, ajio_points: ajio, grocery_points: grocery, other_online_points: confirmed }
`;
    const loungeMapping = parseInputMapping(text, 'lounge-mapping.yaml');
    expect(() => compileRelease(release, loungeMapping, DIALECTS.mariadb)).toThrow(CompileError);
  });

  it('refuses a release whose extreme user would overflow an intermediate type', () => {
    const absurd = withCard(release, 'golf-uncapped', (card) => ({ ...card, fees: { ...card.fees, joining: card.fees.joining.times('1e30') } }));
    expect(() => compileRelease(absurd, mapping, DIALECTS.mariadb)).toThrow(CompileError);
  });

  it('refuses constants finer than the scale the SQL keeps (2 decimals of spend, 6 of units, 2 of fees)', () => {
    const slab = withCard(release, 'bravo-slabs-cashback', (card) => {
      const entry = card.rules.get('grocery_spends_online');
      if (entry?.rule.kind !== 'slabs') throw new Error('fixture changed');
      const slabs = entry.rule.slabs.map((band, index) => (index === 0 ? { ...band, upTo: new Decimal('999.999') } : band));
      return { ...card, rules: new Map(card.rules).set('grocery_spends_online', { ...entry, rule: { ...entry.rule, slabs } }) };
    });
    expect(() => compileRelease(slab, mapping, DIALECTS.mariadb)).toThrow(/band bound: 999.999 has more than 2 decimals/);
    const cap = withCard(release, 'charlie-layered', (card) => ({ ...card, cardCap: new Decimal('2500.0000001') }));
    expect(() => compileRelease(cap, mapping, DIALECTS.mariadb)).toThrow(/card-wide cap/);
    const fee = withCard(release, 'alpha-flat-points', (card) => ({ ...card, fees: { ...card.fees, joining: new Decimal('499.995') } }));
    expect(() => compileRelease(fee, mapping, DIALECTS.mariadb)).toThrow(/joining fee/);
  });
});
