/**
 * `cardgenius status`: the PRD 8.1 / appendix C dashboard: users by status, throughput per minute
 * over the last hour, ETA, errors in the last hour, leases, the last runs, and the PRD 8.2 alerts.
 * `--json` for monitoring; `--check` makes a critical alert exit 1.
 */
import type { Command } from 'commander';
import { resolveDatabaseUrl } from '../../db/connection-url.js';
import { DatabaseUnreachableError } from '../../db/errors.js';
import { createDatabase } from '../../db/pool.js';
import { RunConfigurationError } from '../../runner/errors.js';
import { assertSchemaCurrent } from '../../runner/preflight.js';
import { formatDuration } from '../../runner/progress.js';
import { PRODUCTION_TABLES } from '../../runner/run-types.js';
import { isValidTableName } from '../../runner/sql.js';
import { statusReport, type StatusReport } from '../../runner/status-report.js';
import type { GlobalOptions } from '../catalog-context.js';
import { EXIT, UsageError, type ExitCode } from '../exit-codes.js';
import { formatTable, printJson, printLine } from '../output.js';

interface StatusCommandOptions {
  readonly inputTable: string;
  readonly outputTable: string;
  readonly runs: string;
  readonly check?: boolean;
  readonly databaseUrl?: string;
}

const STATUS_HELP = `
Alerts (PRD 8.2), in "alerts" of --json:
  critical  processing-stopped   work in flight but no user finished for 15 minutes
  critical  runner-died          a run is 'running' without a heartbeat for 5 minutes
  critical  error-rate-critical  more than 5% of the users finished in the last hour failed
  critical  throughput-critical  an active run does fewer than 100 users/min
  critical  database-unreachable this command could not connect (exit 3)
  warning   error-rate-warning   more than 1% failed in the last hour
  warning   throughput-warning   an active run does fewer than 500 users/min

Exit codes: 0 report printed (1 with --check when a critical alert is active),
2 bad option, 3 database unreachable.`;

export function registerStatus(program: Command, run: (action: () => Promise<ExitCode> | ExitCode) => Promise<void>): void {
  program
    .command('status')
    .description('processing dashboard: users by status, throughput, ETA, errors, leases, recent runs and alerts (use --json for machines)')
    .option('--input-table <name>', 'input table', PRODUCTION_TABLES.input)
    .option('--output-table <name>', 'output table', PRODUCTION_TABLES.output)
    .option('--runs <n>', 'ledger rows to show', '10')
    .option('--check', 'exit 1 when a critical alert is active (for cron/monitoring)')
    .option('--database-url <url>', 'mysql://user:pass@host:port/db (default: CARDGENIUS_DATABASE_URL or the local server, database cashkaro)')
    .addHelpText('after', STATUS_HELP)
    .action((options: StatusCommandOptions) =>
      run(async () => {
        const globals = program.opts<GlobalOptions>();
        for (const [name, value] of [
          ['--input-table', options.inputTable],
          ['--output-table', options.outputTable],
        ] as const) {
          if (!isValidTableName(value)) throw new UsageError(`${name} must be a plain table name, got "${value}"`);
        }
        if (!/^[1-9][0-9]{0,3}$/.test(options.runs)) throw new UsageError(`--runs must be 1..9999, got "${options.runs}"`);

        let db;
        try {
          db = await createDatabase(resolveDatabaseUrl(options.databaseUrl), { connectionLimit: 3 });
        } catch (error) {
          if (error instanceof DatabaseUnreachableError && globals.json) {
            printJson({ alerts: [{ level: 'critical', code: 'database-unreachable', message: error.message }] });
          }
          throw error;
        }
        try {
          try {
            await assertSchemaCurrent(db);
          } catch (error) {
            if (error instanceof RunConfigurationError) throw new UsageError(error.message);
            throw error;
          }
          const report = await statusReport(db, {
            tables: { input: options.inputTable, output: options.outputTable },
            runs: Number(options.runs),
          });
          if (globals.json) printJson(report);
          else printLine(renderStatus(report));
          return options.check && report.alerts.some((alert) => alert.level === 'critical') ? EXIT.partial : EXIT.ok;
        } finally {
          await db.close();
        }
      }),
    );
}

const number = new Intl.NumberFormat('en-US');

export function renderStatus(report: StatusReport): string {
  const { users, leases, throughput, errors } = report;
  const lines: string[] = [];
  lines.push(`CardGenius status: ${report.tables.input} → ${report.tables.output}, at ${report.generatedAt} UTC`);
  lines.push('');
  lines.push(
    formatTable(
      ['status', 'users', 'oldest processed', 'latest processed'],
      users.byStatus.map((entry) => [entry.status ?? 'NULL', number.format(entry.count), entry.oldestProcessedAt ?? '', entry.latestProcessedAt ?? '']),
      ['left', 'right', 'left', 'left'],
    ),
  );
  lines.push('');
  lines.push(
    `Leases: ${number.format(leases.live)} pending users under live leases, ${number.format(leases.expired)} under expired leases` +
      ` (reclaimed by the next run), ${number.format(leases.pendingWithoutLease)} pending without a lease`,
  );
  lines.push(
    `Throughput: ${number.format(throughput.perMinuteRecent)} users/min recently, ${number.format(throughput.perMinuteLastHour)}/min over the last hour` +
      ` (${number.format(throughput.usersLastHour)} users); ETA ${
        report.etaSeconds === null ? 'unknown (nothing is moving)' : report.etaSeconds === 0 ? 'done' : formatDuration(report.etaSeconds)
      }`,
  );
  if (throughput.lastHour.length > 0) {
    lines.push(
      `  by minute (newest first): ${throughput.lastHour
        .slice(0, 12)
        .map((bucket) => `${bucket.minute.slice(11, 16)} ${number.format(bucket.users)}`)
        .join(' · ')}`,
    );
  }
  lines.push(
    `Errors in the last hour: ${number.format(errors.lastHour)}${
      errors.rateLastHour === null ? '' : ` (${(errors.rateLastHour * 100).toFixed(2)}% of users finished)`
    }`,
  );
  for (const entry of errors.top) lines.push(`  ${number.format(entry.users).padStart(8)}  ${entry.error ?? '(no message)'}`);
  lines.push('');
  lines.push('Dashboard (PRD appendix C)');
  lines.push(
    formatTable(
      ['metric', 'value'],
      report.dashboard.map((entry) => [entry.metric, entry.value === null ? '' : number.format(entry.value)]),
      ['left', 'right'],
    ),
  );
  lines.push('');
  lines.push(`Runs (current batch: ${report.currentBatchId ?? 'none'})`);
  lines.push(
    report.runs.length === 0
      ? '  (no runs recorded)'
      : formatTable(
          ['batch id', 'mode', 'release', 'status', 'started', 'finished', 'claimed', 'completed', 'failed', 'reclaimed', 'chunks', 'retries', 'users/s'],
          report.runs.map((run) => [
            run.batchId,
            run.mode,
            run.releaseId,
            run.stale ? 'running (stale)' : run.status,
            run.startedAt.slice(0, 19),
            run.finishedAt?.slice(0, 19) ?? '',
            number.format(run.usersClaimed),
            number.format(run.usersCompleted),
            number.format(run.usersFailed),
            number.format(run.usersReclaimed),
            number.format(run.chunks),
            number.format(run.retries),
            run.usersPerSecond ?? '',
          ]),
          ['left', 'left', 'left', 'left', 'left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
        ),
  );
  const lastError = report.runs.find((run) => run.error !== null);
  if (lastError) lines.push(`  last error (${lastError.batchId}): ${lastError.error}`);
  lines.push('');
  lines.push('Alerts');
  if (report.alerts.length === 0) lines.push('  none');
  for (const alert of report.alerts) lines.push(`  ${alert.level.toUpperCase()} ${alert.code}: ${alert.message}`);
  return lines.join('\n');
}
