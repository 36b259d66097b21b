/**
 * `npm run bench -- --users N [--workers W] [--chunk-size C]`: one run, one database of its own,
 * the same seeded users measured three ways — the write floor, the engine end to end, and the
 * app-side baseline — reported as a table and as JSON (bench/results/latest.json).
 * See bench/README.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { createPool, type Pool, type RowDataPacket } from 'mysql2/promise';
import { loadRelease } from '../src/catalog/load-release.js';
import { loadInputMapping } from '../src/contract/input-mapping.js';
import { formatTable } from '../src/cli/output.js';
import { measureAppBaseline } from './app-baseline.js';
import { runCardgeniusOrThrow } from './cli-process.js';
import { measureWriteFloor, type ChunkTiming } from './write-floor.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface BenchOptions {
  users: string;
  workers: string;
  chunkSize: string;
  baselineUsers?: string;
  database: string;
  serverUrl: string;
  release: string;
  tuneBufferPoolMb?: string;
  skipBaseline?: boolean;
  skipFloor?: boolean;
  verifySample: string;
  output: string;
}

function whole(name: string, value: string): number {
  if (!/^[1-9][0-9]*$/.test(value)) throw new Error(`${name} must be a positive whole number, got "${value}"`);
  return Number(value);
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

async function serverSettings(pool: Pool): Promise<Record<string, string>> {
  const [rows] = await pool.query<RowDataPacket[]>(
    'SELECT @@version AS version, @@innodb_buffer_pool_size AS innodb_buffer_pool_size, @@innodb_flush_log_at_trx_commit AS innodb_flush_log_at_trx_commit, @@innodb_log_file_size AS innodb_log_file_size, @@log_bin AS log_bin, @@sync_binlog AS sync_binlog, @@tmp_table_size AS tmp_table_size, @@max_heap_table_size AS max_heap_table_size',
  );
  return Object.fromEntries(Object.entries(rows[0] ?? {}).map(([key, value]) => [key, String(value)]));
}

async function main(): Promise<void> {
  const program = new Command('bench')
    .requiredOption('--users <n>', 'users to seed and process')
    .option('--workers <n>', 'connections / chunks in flight (engine and floor)', '2')
    .option('--chunk-size <n>', 'users per chunk', '10000')
    .option('--baseline-users <n>', 'users the app-side baseline processes (default: all, at most 20000; it is reported per second)')
    .option('--database <name>', 'database the bench creates and drops', 'cardgenius_bench')
    .option('--server-url <url>', 'server (no database part)', process.env.CARDGENIUS_BENCH_SERVER_URL ?? 'mysql://root@127.0.0.1:3306')
    .option('--release <id>', 'card release', '2026-04')
    .option('--tune-buffer-pool-mb <mb>', 'raise innodb_buffer_pool_size (a GLOBAL, dynamic setting) to this many MB first')
    .option('--verify-sample <n>', 'users to verify against the reference engine after the engine run', '1000')
    .option('--output <file>', 'where to write the JSON', join(ROOT, 'bench', 'results', 'latest.json'))
    .option('--skip-baseline', 'do not run the app-side baseline')
    .option('--skip-floor', 'do not measure the write floor')
    .parse();
  const options = program.opts<BenchOptions>();
  const users = whole('--users', options.users);
  const workers = whole('--workers', options.workers);
  const chunkSize = whole('--chunk-size', options.chunkSize);
  const baselineUsers = Math.min(users, options.baselineUsers ? whole('--baseline-users', options.baselineUsers) : 20_000);
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(options.database)) throw new Error('--database must be a plain identifier');
  const databaseUrl = `${options.serverUrl.replace(/\/$/, '')}/${options.database}`;
  const log = (text: string) => process.stderr.write(`[bench] ${text}\n`);

  const admin = createPool({ uri: options.serverUrl, connectionLimit: 1 });
  if (options.tuneBufferPoolMb) {
    const bytes = whole('--tune-buffer-pool-mb', options.tuneBufferPoolMb) * 1024 * 1024;
    log(`SET GLOBAL innodb_buffer_pool_size = ${bytes}`);
    await admin.query('SET GLOBAL innodb_buffer_pool_size = ?', [bytes]);
  }
  await admin.query(`DROP DATABASE IF EXISTS \`${options.database}\``);
  const server = await serverSettings(admin);
  await admin.end();

  const cli = (...args: string[]) => runCardgeniusOrThrow(ROOT, ['--release', options.release, ...args, '--database-url', databaseUrl]);
  log(`db init + seed ${users} users`);
  await cli('db', 'init');
  const seed = await cli('db', 'seed', '--users', String(users), '--seed', '42');
  await cli('apply');

  const pool = createPool({ uri: databaseUrl, connectionLimit: workers + 1, decimalNumbers: false, dateStrings: true });
  const [idRows] = await pool.query<RowDataPacket[]>('SELECT `user_id` FROM `user_spending_data` ORDER BY `user_id`');
  const userIds = idRows.map((row) => String(row['user_id']));

  let floor: { seconds: number; chunks: ChunkTiming[] } | null = null;
  if (!options.skipFloor) {
    log(`write floor: ${users} users × 10 rows`);
    floor = await measureWriteFloor(pool, { userIds, chunkSize, workers });
    await pool.query('TRUNCATE TABLE `card_recommendations`');
  }

  log(`engine: run --mode initial --workers ${workers} --chunk-size ${chunkSize}`);
  const engine = await cli('run', '--mode', 'initial', '--workers', String(workers), '--chunk-size', String(chunkSize), '--log-level', 'info');
  const engineChunks = engine.stdout
    .split('\n')
    .filter((line) => line.includes('"chunk committed"'))
    .map((line) => Number((JSON.parse(line) as { durationMs: number }).durationMs));
  const verify = await cli('--json', 'verify', '--sample', options.verifySample, '--completed-only');
  const verified = JSON.parse(verify.stdout) as { sampled: number; matched: number; match_rate: string };

  let baseline: { seconds: number; users: number; chunks: ChunkTiming[] } | null = null;
  if (!options.skipBaseline) {
    log(`app-side baseline: ${baselineUsers} users through the reference engine in Node`);
    await pool.query('TRUNCATE TABLE `card_recommendations`');
    const release = loadRelease(join(ROOT, 'cards'), options.release);
    baseline = await measureAppBaseline(pool, release, loadInputMapping(join(ROOT, 'cards'), release), { users: baselineUsers, chunkSize: Math.min(chunkSize, 2_000) });
  }
  await pool.end();

  const engineUsersPerSecond = users / engine.seconds;
  const baselineUsersPerSecond = baseline ? baseline.users / baseline.seconds : null;
  const result = {
    date: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`,
    users,
    workers,
    chunk_size: chunkSize,
    release: options.release,
    seed_seconds: round(seed.seconds),
    floor_seconds: floor ? round(floor.seconds) : null,
    floor_users_per_second: floor ? round(users / floor.seconds) : null,
    floor_chunk_ms: floor ? { p50: round(percentile(floor.chunks.map((chunk) => chunk.ms), 50), 0), p95: round(percentile(floor.chunks.map((chunk) => chunk.ms), 95), 0) } : null,
    engine_seconds: round(engine.seconds),
    engine_users_per_second: round(engineUsersPerSecond),
    engine_chunk_ms: { p50: percentile(engineChunks, 50), p95: percentile(engineChunks, 95) },
    engine_to_floor_ratio: floor ? round(engine.seconds / floor.seconds) : null,
    baseline_users: baseline?.users ?? null,
    baseline_seconds: baseline ? round(baseline.seconds) : null,
    baseline_users_per_second: baselineUsersPerSecond === null ? null : round(baselineUsersPerSecond),
    baseline_chunk_ms: baseline ? { p50: round(percentile(baseline.chunks.map((chunk) => chunk.ms), 50), 0), p95: round(percentile(baseline.chunks.map((chunk) => chunk.ms), 95), 0) } : null,
    /** Time the baseline needs per user over the time the engine needs per user. */
    baseline_to_engine_ratio: baselineUsersPerSecond === null ? null : round(engineUsersPerSecond / baselineUsersPerSecond),
    runner_peak_rss_mb: engine.peakRssMb,
    verify: verified,
    server,
  };

  const rows = [
    ['write floor', result.floor_seconds === null ? '-' : `${result.floor_seconds}`, result.floor_users_per_second === null ? '-' : `${result.floor_users_per_second}`, result.floor_chunk_ms ? `${result.floor_chunk_ms.p50} / ${result.floor_chunk_ms.p95}` : '-'],
    ['engine (run --mode initial)', `${result.engine_seconds}`, `${result.engine_users_per_second}`, `${result.engine_chunk_ms.p50} / ${result.engine_chunk_ms.p95}`],
    [`app-side baseline (${result.baseline_users ?? 0} users)`, result.baseline_seconds === null ? '-' : `${result.baseline_seconds}`, result.baseline_users_per_second === null ? '-' : `${result.baseline_users_per_second}`, result.baseline_chunk_ms ? `${result.baseline_chunk_ms.p50} / ${result.baseline_chunk_ms.p95}` : '-'],
  ];
  process.stdout.write(`\n${formatTable(['phase', 'seconds', 'users/s', 'chunk ms p50 / p95'], rows, ['left', 'right', 'right', 'right'])}\n\n`);
  process.stdout.write(
    `engine/floor ${result.engine_to_floor_ratio ?? '-'} · baseline/engine ${result.baseline_to_engine_ratio ?? '-'} · runner peak RSS ${result.runner_peak_rss_mb ?? '?'} MB · verify ${verified.matched}/${verified.sampled}\n` +
      `server ${server.version}, buffer pool ${Math.round(Number(server.innodb_buffer_pool_size) / 1048576)} MB, flush_log_at_trx_commit ${server.innodb_flush_log_at_trx_commit}, log_bin ${server.log_bin}\n\n`,
  );
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  mkdirSync(dirname(resolve(options.output)), { recursive: true });
  writeFileSync(resolve(options.output), `${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
