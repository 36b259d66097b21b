/**
 * `cardgenius run --mode initial|weekly|test`: the batch run. Compiles the release for the
 * server's dialect, checks the installed release, then hands chunks to the runner, which claims,
 * fences, retries and records them. JSON logs (pino) go to stdout, one line per chunk; when stderr
 * is a terminal a progress bar is drawn there instead of the per-chunk lines.
 */
import type { Command } from 'commander';
import { pino, type Logger } from 'pino';
import { compileRelease, type CompiledRelease } from '../../compiler/compile-release.js';
import { dialectByName } from '../../compiler/dialects/index.js';
import { TOP_N } from '../../contract/ranking.js';
import { resolveDatabaseUrl } from '../../db/connection-url.js';
import { DatabaseUnreachableError } from '../../db/errors.js';
import { createDatabase } from '../../db/pool.js';
import { assertReleaseInstalled, runChunk, type ChunkMode } from '../../db/run-chunk.js';
import { serverInfo } from '../../db/server-info.js';
import { batchIdProblem, generateBatchId } from '../../runner/batch-id.js';
import { RunConfigurationError } from '../../runner/errors.js';
import { MODE_PROFILES } from '../../runner/modes.js';
import { assertSchemaCurrent, assertTablesExist } from '../../runner/preflight.js';
import { formatDuration, renderProgressLine, type ProgressSnapshot } from '../../runner/progress.js';
import { runBatch, type RunEvent, type RunSummary } from '../../runner/run-batch.js';
import { PRODUCTION_TABLES, RUN_MODES, type ChunkExecutor, type RunMode, type RunnerTables } from '../../runner/run-types.js';
import { isValidTableName } from '../../runner/sql.js';
import { describeError, isConnectionLost } from '../../runner/transient-errors.js';
import { prepareTestTables } from '../../runner/test-tables.js';
import { loadCatalogContext, type GlobalOptions } from '../catalog-context.js';
import { EXIT, UsageError, type ExitCode } from '../exit-codes.js';
import { positiveInteger as parsePositiveInteger } from '../option-values.js';

interface RunCommandOptions {
  readonly mode: string;
  readonly chunkSize?: string;
  readonly workers?: string;
  readonly limit?: string;
  readonly inputTable?: string;
  readonly outputTable?: string;
  readonly batchId?: string;
  readonly leaseSeconds?: string;
  readonly retryFailed?: boolean;
  readonly chunkMode?: string;
  readonly databaseUrl?: string;
  readonly logLevel?: string;
  readonly fullChecks?: boolean;
}

export const RUN_HELP = `
Modes:
  initial  process every 'new' user (the 2M backfill; target < 24 h)
  weekly   the same, for the weekly batch (target < 1 h); schedule it from cron
  test     run on copies of the tables (PRD 10.1): --input-table/--output-table
           (default user_spending_data_test / card_recommendations_test); missing copies
           are created with CREATE TABLE ... LIKE and filled with --limit (default 1000)
           random users

Release: the global --release <id> (default: CARDGENIUS_RELEASE or the newest under cards/),
installed beforehand with \`cardgenius apply\`; the run records its SQL SHA-256.

Output: JSON log lines on stdout (one per chunk, and a closing summary); a progress bar
on stderr when it is a terminal. The PRD 10.2 checks run at the end; any offending row
fails the run.

Exit codes:
  0   every claimed user completed and the post-run checks passed
  1   partial: some users failed (see processing_error), or the run was interrupted
  2   configuration: bad option, catalog error, release not installed, schema not migrated
  3   database unreachable (at the start, or lost for longer than the retry budget)
  70  internal error, or the post-run checks found rows (an inconsistency to investigate)

Examples:
  cardgenius run --mode initial --workers 2
  cardgenius run --mode weekly --database-url mysql://cardgenius:***@db:3306/cashkaro
  cardgenius run --mode test --limit 1000`;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;

function positiveInteger(name: string, value: string | undefined): number | undefined {
  return value === undefined ? undefined : parsePositiveInteger(name, value);
}

function tableOption(name: string, value: string | undefined, fallback: string): string {
  const table = value ?? fallback;
  if (!isValidTableName(table)) throw new UsageError(`${name} must be a plain table name (letters, digits, _), got "${table}"`);
  return table;
}

interface ResolvedRunOptions {
  readonly mode: RunMode;
  readonly tables: RunnerTables;
  readonly chunkSize: number;
  readonly workers: number;
  readonly limit: number | undefined;
  readonly leaseSeconds: number;
  readonly batchId: string;
  readonly retryFailed: boolean;
  readonly chunkMode: ChunkMode;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** Post-run checks over the whole tables (the PRD's queries as written) instead of this batch's rows. */
  readonly fullChecks: boolean;
}

export function resolveRunOptions(options: RunCommandOptions, now = new Date()): ResolvedRunOptions {
  if (!(RUN_MODES as readonly string[]).includes(options.mode)) {
    throw new UsageError(`--mode must be one of ${RUN_MODES.join(', ')}, got "${options.mode}"`);
  }
  const mode = options.mode as RunMode;
  const profile = MODE_PROFILES[mode];
  const tables = {
    input: tableOption('--input-table', options.inputTable, profile.tables.input),
    output: tableOption('--output-table', options.outputTable, profile.tables.output),
  };
  if (mode === 'test' && (tables.input === PRODUCTION_TABLES.input || tables.output === PRODUCTION_TABLES.output)) {
    throw new UsageError('--mode test works on copies: --input-table/--output-table must not name the production tables');
  }
  const batchId = options.batchId ?? generateBatchId(now);
  const problem = batchIdProblem(batchId);
  if (problem) throw new UsageError(`--batch-id: ${problem}`);
  const chunkMode = options.chunkMode ?? (mode === 'test' ? 'statements' : 'procedure');
  if (chunkMode !== 'procedure' && chunkMode !== 'statements') {
    throw new UsageError(`--chunk-mode must be procedure or statements, got "${chunkMode}"`);
  }
  if (mode === 'test' && chunkMode === 'procedure') {
    throw new UsageError('--mode test runs the chunk statements against the copies: --chunk-mode procedure targets the production tables');
  }
  const logLevel = options.logLevel ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')}`);
  const workers = positiveInteger('--workers', options.workers) ?? profile.workers;
  if (workers > 64) throw new UsageError(`--workers ${workers} is more than 64 (each worker holds a database connection)`);
  return {
    mode,
    tables,
    chunkSize: positiveInteger('--chunk-size', options.chunkSize) ?? profile.chunkSize,
    workers,
    limit: positiveInteger('--limit', options.limit) ?? profile.limit,
    leaseSeconds: positiveInteger('--lease-seconds', options.leaseSeconds) ?? profile.leaseSeconds,
    batchId,
    retryFailed: options.retryFailed ?? false,
    chunkMode,
    logLevel: logLevel as (typeof LOG_LEVELS)[number],
    fullChecks: options.fullChecks ?? false,
  };
}

export function registerRun(program: Command, run: (action: () => Promise<ExitCode> | ExitCode) => Promise<void>): void {
  program
    .command('run')
    .description("process users in chunks inside the database: claim 'new' users, write their top 10, record the run")
    .requiredOption('--mode <mode>', 'initial | weekly | test')
    .option('--chunk-size <n>', `users per chunk, one transaction each (default ${MODE_PROFILES.initial.chunkSize})`)
    .option('--workers <n>', `chunks in flight, one database connection each (default ${MODE_PROFILES.initial.workers})`)
    .option('--limit <n>', 'claim at most n users (test mode: also the users copied; default 1000 there)')
    .option('--input-table <name>', 'input table (test mode default: user_spending_data_test)')
    .option('--output-table <name>', 'output table (test mode default: card_recommendations_test)')
    .option('--batch-id <id>', 'batch id for the ledger and every row (default BATCH_<yyyymmdd>_<hhmmss>_<hex>); an existing one is resumed')
    .option('--lease-seconds <s>', `how long a claimed chunk stays reserved for its runner (default ${MODE_PROFILES.initial.leaseSeconds})`)
    .option('--retry-failed', "reset 'failed' users to 'new' first and process them again (PRD 7.2)")
    .option('--chunk-mode <mode>', 'procedure (CALL the installed procedure) or statements (default: procedure; test: statements)')
    .option('--log-level <level>', `log level: ${LOG_LEVELS.join(', ')} (default info)`)
    .option('--full-checks', "also run the PRD 10.2 ranking-order query over the whole output table at the end (each chunk already checks its own rows; slow on large tables)")
    .option('--database-url <url>', 'mysql://user:pass@host:port/db (default: CARDGENIUS_DATABASE_URL or the local server, database cashkaro)')
    .addHelpText('after', RUN_HELP)
    .action((options: RunCommandOptions) => run(() => runCommand(program, options)));
}

async function runCommand(program: Command, rawOptions: RunCommandOptions): Promise<ExitCode> {
  const globals = program.opts<GlobalOptions>();
  const options = resolveRunOptions(rawOptions);
  const { release, mapping } = loadCatalogContext(globals);
  const db = await createDatabase(resolveDatabaseUrl(rawOptions.databaseUrl), { connectionLimit: options.workers + 3 });
  const progress = process.stderr.isTTY ? new ProgressLine() : undefined;
  const logger = createLogger(options, progress);
  try {
    const server = await serverInfo(db);
    const dialect = dialectByName(server.flavor);
    await asConfiguration(() => assertSchemaCurrent(db));
    const compiled = compileRelease(release, mapping, dialect, { inputTable: options.tables.input, outputTable: options.tables.output });
    // The installed procedure is compiled for the production tables; a run on other tables
    // executes the same release's statements retargeted, and is checked against that install.
    const installed =
      options.tables.input === PRODUCTION_TABLES.input && options.tables.output === PRODUCTION_TABLES.output
        ? compiled
        : compileRelease(release, mapping, dialect);
    const executable: CompiledRelease = { ...compiled, procedureSha256: installed.procedureSha256 };
    await assertInstalled(db, installed, dialect.label);
    if (options.mode === 'test') {
      const prepared = await asConfiguration(() => prepareTestTables(db, options.tables, { limit: options.limit ?? MODE_PROFILES.test.limit ?? 1000 }));
      if (prepared.createdInput || prepared.createdOutput) logger.info({ ...prepared, tables: options.tables }, 'test tables created');
    }
    await asConfiguration(() => assertTablesExist(db, options.tables));

    const executor: ChunkExecutor = (connection, range) => runChunk(connection, executable, { ...range, mode: options.chunkMode });
    const controller = new AbortController();
    const onSignal = (signal: NodeJS.Signals) => {
      logger.warn({ signal }, 'stopping: no new chunks; chunks in flight finish or are released (signal again to kill)');
      controller.abort();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const reporter = new RunReporter(logger, progress, MODE_PROFILES[options.mode].targetMinutes);
    let summary: RunSummary;
    try {
      summary = await runBatch({
        db,
        mode: options.mode,
        batchId: options.batchId,
        release: { id: release.id, sqlSha256: installed.procedureSha256 },
        executor,
        tables: options.tables,
        chunkSize: options.chunkSize,
        workers: options.workers,
        limit: options.limit,
        leaseSeconds: options.leaseSeconds,
        retryFailed: options.retryFailed,
        postRunChecks: { expectedPerUser: Math.min(TOP_N, release.cards.length), scope: options.fullChecks ? 'tables' : 'batch' },
        signal: controller.signal,
        onEvent: (event) => reporter.on(event),
      });
    } catch (error) {
      if (error instanceof RunConfigurationError) throw new UsageError(error.message);
      if (isConnectionLost(error)) {
        throw new DatabaseUnreachableError(`lost the database ${db.redactedUrl}: ${describeError(error)}`, undefined, undefined);
      }
      throw error;
    } finally {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      progress?.finish();
    }
    if (progress) process.stderr.write(`${humanSummary(summary)}\n`);
    return exitCodeForRun(summary);
  } finally {
    await db.close();
  }
}

async function asConfiguration<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RunConfigurationError) throw new UsageError(error.message);
    throw error;
  }
}

async function assertInstalled(db: Awaited<ReturnType<typeof createDatabase>>, compiled: CompiledRelease, dialectLabel: string): Promise<void> {
  const connection = await db.pool.getConnection();
  try {
    await assertReleaseInstalled(connection, compiled);
  } catch (error) {
    if (error instanceof Error && (error.name === 'ReleaseNotInstalledError' || error.name === 'ReleaseHashMismatchError')) {
      throw new UsageError(
        `${error.message}. Install it first: cardgenius apply --release ${compiled.releaseId} (${dialectLabel}).`,
      );
    }
    throw error;
  } finally {
    connection.release();
  }
}

export function exitCodeForRun(summary: RunSummary): ExitCode {
  switch (summary.status) {
    case 'succeeded':
      return EXIT.ok;
    case 'partial':
      return EXIT.partial;
    case 'failed':
      switch (summary.failure) {
        case 'database-unreachable':
          return EXIT.databaseUnreachable;
        case 'configuration':
          return EXIT.config;
        case 'interrupted':
          return EXIT.partial;
        case 'checks-failed':
        case 'internal':
        case undefined:
          return EXIT.internal;
        default: {
          const unreachable: never = summary.failure;
          return unreachable;
        }
      }
    default: {
      const unreachable: never = summary.status;
      return unreachable;
    }
  }
}

function createLogger(options: ResolvedRunOptions, progress: ProgressLine | undefined): Logger {
  // The bar and the log may share a terminal: lift the bar off the line before each log line.
  const destination = {
    write(line: string): void {
      progress?.clear();
      process.stdout.write(line);
      progress?.redraw();
    },
  };
  return pino(
    {
      level: options.logLevel,
      base: { batch_id: options.batchId, mode: options.mode },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

/** The progress bar on stderr: one line, redrawn in place. */
class ProgressLine {
  private line = '';

  draw(snapshot: ProgressSnapshot): void {
    this.line = renderProgressLine(snapshot, process.stderr.columns || 100);
    this.redraw();
  }

  clear(): void {
    if (this.line !== '') process.stderr.write('\r\x1b[2K');
  }

  redraw(): void {
    if (this.line !== '') process.stderr.write(`\r\x1b[2K${this.line}`);
  }

  finish(): void {
    if (this.line !== '') process.stderr.write('\n');
    this.line = '';
  }
}

/** Turns runner events into log lines (and bar updates). */
class RunReporter {
  private warnedTarget = false;
  private readonly cpuStart = process.cpuUsage();
  private readonly wallStart = performance.now();

  constructor(
    private readonly logger: Logger,
    private readonly progress: ProgressLine | undefined,
    private readonly targetMinutes: number | undefined,
  ) {}

  on(event: RunEvent): void {
    switch (event.type) {
      case 'run-started': {
        const { type: _type, batchId: _batchId, mode: _mode, ...fields } = event;
        this.logger.info(fields, `run started: ${event.usersToProcess} users to process`);
        this.progress?.draw({ done: 0, completed: 0, failed: 0, total: event.usersToProcess, elapsedMs: 0, usersPerMinute: 0, etaSeconds: undefined });
        return;
      }
      case 'failed-users-reset':
        this.logger.info({ users: event.users }, 'failed users reset to new (--retry-failed)');
        return;
      case 'leases-reclaimed':
        this.logger.warn({ leases: event.leases, returned_to_new: event.returnedToNew, failed: event.failed }, 'reclaimed users of expired leases');
        return;
      case 'chunk-claimed': {
        const { type: _type, ...fields } = event;
        this.logger.debug(fields, 'chunk claimed');
        return;
      }
      case 'claim-retry':
      case 'chunk-retry': {
        const { type, ...fields } = event;
        this.logger.warn(fields, `${type === 'claim-retry' ? 'claim' : 'chunk'} attempt ${event.attempt} failed, retrying in ${event.delayMs} ms`);
        return;
      }
      case 'chunk-committed': {
        const { type: _type, ...fields } = event;
        const line = { ...fields, progress: progressFields(event.progress), ...this.resources() };
        if (this.progress) {
          this.logger.debug(line, 'chunk committed');
          this.progress.draw(event.progress);
        } else {
          this.logger.info(line, 'chunk committed');
        }
        this.checkTarget(event.progress);
        return;
      }
      case 'chunk-released': {
        const { type: _type, ...fields } = event;
        const level = event.reason === 'error' ? 'error' : 'warn';
        this.logger[level]({ ...fields, progress: progressFields(event.progress) }, `chunk released (${event.reason}): its users go back to new, or to failed when out of attempts`);
        this.progress?.draw(event.progress);
        return;
      }
      case 'ledger-error':
        this.logger.warn({ error: event.error }, 'could not update the run ledger');
        return;
      case 'run-stopping':
        this.logger.error({ reason: event.reason, error: event.error }, 'run stopping: no new chunks will be claimed');
        return;
      case 'users-left-pending':
        this.logger.warn(
          { users: event.users, leases_expire_by: event.leasesExpireBy },
          `${event.users} users are still pending under other runners' leases (or none): a later run reclaims them once the leases expire`,
        );
        return;
      case 'post-run-checks':
        if (event.failing.length === 0) this.logger.info('post-run checks passed');
        else this.logger.error({ failing: event.failing }, 'post-run checks FAILED');
        return;
      case 'run-finished': {
        const { cause: _cause, checks, ...summary } = event.summary;
        const level = summary.status === 'succeeded' ? 'info' : summary.status === 'partial' ? 'warn' : 'error';
        this.logger[level]({ summary, checks: checks?.map((check) => ({ name: check.name, rows: check.rows.slice(0, 5), truncated: check.truncated })) }, `run ${summary.status}`);
        return;
      }
      default: {
        const unreachable: never = event;
        throw new Error(`unknown run event ${JSON.stringify(unreachable)}`);
      }
    }
  }

  /** PRD 8.2's memory and CPU alerts watch the host; the log carries this process's share. */
  private resources(): { rss_mb: number; cpu_percent: number } {
    const cpu = process.cpuUsage(this.cpuStart);
    const wallMs = performance.now() - this.wallStart;
    return {
      rss_mb: Math.round(process.memoryUsage.rss() / 1_048_576),
      cpu_percent: wallMs > 0 ? Math.round(((cpu.user + cpu.system) / 1000 / wallMs) * 1000) / 10 : 0,
    };
  }

  private checkTarget(snapshot: ProgressSnapshot): void {
    if (this.warnedTarget || this.targetMinutes === undefined || snapshot.etaSeconds === undefined) return;
    const projectedMinutes = (snapshot.elapsedMs / 1000 + snapshot.etaSeconds) / 60;
    if (snapshot.done >= 1_000 && projectedMinutes > this.targetMinutes) {
      this.warnedTarget = true;
      this.logger.warn(
        { projected_minutes: Math.round(projectedMinutes), target_minutes: this.targetMinutes, users_per_minute: snapshot.usersPerMinute },
        `at the current pace this run takes about ${formatDuration(projectedMinutes * 60)}, over its ${formatDuration(this.targetMinutes * 60)} target`,
      );
    }
  }
}

function progressFields(snapshot: ProgressSnapshot): Record<string, number | null> {
  return {
    done: snapshot.done,
    total: snapshot.total,
    percent: snapshot.total > 0 ? Math.round((snapshot.done / snapshot.total) * 1000) / 10 : 100,
    users_per_minute: snapshot.usersPerMinute,
    eta_seconds: snapshot.etaSeconds ?? null,
  };
}

function humanSummary(summary: RunSummary): string {
  const number = new Intl.NumberFormat('en-US');
  const checks =
    summary.checks === undefined
      ? 'not run'
      : summary.checks.every((check) => check.rows.length === 0)
        ? 'passed'
        : `FAILED (${summary.checks.filter((check) => check.rows.length > 0).map((check) => check.name).join(', ')})`;
  return [
    `Run ${summary.batchId} (${summary.mode}, release ${summary.releaseId}): ${summary.status.toUpperCase()} in ${formatDuration(summary.elapsedMs / 1000)}`,
    `  users: ${number.format(summary.usersCompleted)} completed, ${number.format(summary.usersFailed)} failed, ${number.format(summary.usersReclaimed)} reclaimed` +
      `; ${number.format(summary.chunks)} chunks, ${number.format(summary.retries)} retries; ${number.format(Math.round(summary.usersPerMinute))} users/min`,
    `  post-run checks: ${checks}`,
    ...(summary.usersLeftPending > 0 ? [`  ${number.format(summary.usersLeftPending)} users left pending under other leases (reclaimed by a later run once expired)`] : []),
    ...(summary.error ? [`  error: ${summary.error}`] : []),
  ].join('\n');
}
