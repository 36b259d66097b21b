/**
 * `cardgenius apply`: install a release's chunk procedure on a database and record its hash.
 * Refuses when the committed sql/ files are stale, so what runs is what was reviewed.
 */
import type { Command } from 'commander';
import { checkGeneratedUpToDate, compileRelease, dialectByName, type Dialect } from '../../compiler/index.js';
import { applyRelease } from '../../db/apply-release.js';
import { resolveDatabaseUrl } from '../../db/connection-url.js';
import { createDatabase, type Database } from '../../db/pool.js';
import { serverInfo } from '../../db/server-info.js';
import { catalogRoot, loadCatalogContext, type GlobalOptions } from '../catalog-context.js';
import { EXIT, UsageError, type ExitCode } from '../exit-codes.js';
import { printJson, printLine } from '../output.js';
import { defaultSqlRoot } from '../project-paths.js';

/** The dialect of the server behind `db` (`--dialect auto`), or the one named. */
export async function dialectFor(db: Database, name: string | undefined): Promise<Dialect> {
  if (name !== undefined && name !== 'auto') {
    try {
      return dialectByName(name);
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
  }
  const server = await serverInfo(db);
  return dialectByName(server.flavor);
}

export function registerApply(program: Command, run: (action: () => Promise<ExitCode> | ExitCode) => Promise<void>): void {
  program
    .command('apply')
    .description("install the release's chunk procedure on the database and record its SQL hash in cg_release")
    .option('--dialect <name>', 'mysql | mariadb | auto (from the server)', 'auto')
    .option('--database-url <url>', 'mysql://user:pass@host:port/db (default: CARDGENIUS_DATABASE_URL or the local server, database cashkaro)')
    .action((options: { dialect?: string; databaseUrl?: string }) =>
      run(async () => {
        const globals = program.opts<GlobalOptions>();
        const { release, mapping } = loadCatalogContext(globals);
        const db = await createDatabase(resolveDatabaseUrl(options.databaseUrl));
        try {
          const dialect = await dialectFor(db, options.dialect);
          const stale = checkGeneratedUpToDate(catalogRoot(globals), release.id, defaultSqlRoot(), [dialect]);
          if (stale.length > 0) {
            throw new UsageError(
              `sql/${release.id}/${dialect.name} is stale or missing (${stale.map((file) => file.file).join(', ')}): run \`cardgenius generate --release ${release.id}\` and commit it first`,
            );
          }
          const applied = await applyRelease(db, compileRelease(release, mapping, dialect), dialect);
          if (globals.json) printJson(applied);
          else printLine(`installed ${applied.procedureName} (release ${applied.releaseId}, ${applied.dialect}, sha256 ${applied.sqlSha256.slice(0, 16)}…) on ${db.redactedUrl}`);
          return EXIT.ok;
        } finally {
          await db.close();
        }
      }),
    );
}
