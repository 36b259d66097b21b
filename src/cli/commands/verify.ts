/** `cardgenius verify --sample N`: stored results vs the reference engine, every difference listed. */
import type { Command } from 'commander';
import { resolveDatabaseUrl } from '../../db/connection-url.js';
import { createDatabase } from '../../db/pool.js';
import { verifyDatabase } from '../../verify/verify-database.js';
import { loadCatalogContext, type GlobalOptions } from '../catalog-context.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { positiveInteger } from '../option-values.js';
import { formatTable, printJson, printLine } from '../output.js';

interface VerifyCommandOptions {
  readonly sample: string;
  readonly seed: string;
  readonly inputTable?: string;
  readonly outputTable?: string;
  readonly databaseUrl?: string;
  readonly completedOnly?: boolean;
}

export function registerVerify(program: Command, run: (action: () => Promise<ExitCode> | ExitCode) => Promise<void>): void {
  program
    .command('verify')
    .description('recompute a random sample of processed users with the reference engine and list every difference')
    .option('--sample <n>', 'users to sample', '1000')
    .option('--seed <n>', 'sample seed (same seed, same sample)', '1')
    .option('--input-table <name>', 'input table', 'user_spending_data')
    .option('--output-table <name>', 'output table', 'card_recommendations')
    .option('--completed-only', 'sample completed users only (default: completed and failed)')
    .option('--database-url <url>', 'mysql://user:pass@host:port/db (default: CARDGENIUS_DATABASE_URL or the local server, database cashkaro)')
    .action((options: VerifyCommandOptions) =>
      run(async () => {
        const globals = program.opts<GlobalOptions>();
        const sample = positiveInteger('--sample', options.sample);
        const seed = positiveInteger('--seed', options.seed);
        const { release, mapping } = loadCatalogContext(globals);
        const db = await createDatabase(resolveDatabaseUrl(options.databaseUrl));
        try {
          const report = await verifyDatabase(db, release, mapping, {
            sample,
            seed,
            includeFailed: !options.completedOnly,
            ...(options.inputTable ? { inputTable: options.inputTable } : {}),
            ...(options.outputTable ? { outputTable: options.outputTable } : {}),
          });
          if (globals.json) printJson(report);
          else {
            printLine(`verify: release ${report.release}, ${report.sampled} users sampled (${report.completed_sampled} completed, ${report.failed_sampled} failed)`);
            printLine(`match: ${report.matched}/${report.sampled} users = ${report.match_rate}%`);
            if (report.differences.length > 0) {
              printLine(
                formatTable(
                  ['user', 'rank', 'column', 'database', 'reference'],
                  report.differences.map((d) => [d.user_id, d.rank === null ? '' : String(d.rank), d.column, d.database ?? 'NULL', d.reference ?? 'NULL']),
                ),
              );
            }
          }
          return report.differences.length === 0 ? EXIT.ok : EXIT.partial;
        } finally {
          await db.close();
        }
      }),
    );
}
