/** `cardgenius generate`: compile a release to sql/<release>/<dialect>/ (or check it is up to date). */
import { relative } from 'node:path';
import type { Command } from 'commander';
import { DIALECT_NAMES, checkGeneratedUpToDate, dialectByName, generateRelease, type Dialect } from '../../compiler/index.js';
import { catalogRoot, resolveReleaseId, type GlobalOptions } from '../catalog-context.js';
import { EXIT, UsageError, type ExitCode } from '../exit-codes.js';
import { printJson, printLine } from '../output.js';
import { defaultSqlRoot } from '../project-paths.js';

export function selectedDialects(name: string | undefined): Dialect[] {
  if (name === undefined || name === 'all') return DIALECT_NAMES.map(dialectByName);
  if (!(DIALECT_NAMES as readonly string[]).includes(name)) throw new UsageError(`--dialect must be ${DIALECT_NAMES.join(', ')} or all, got "${name}"`);
  return [dialectByName(name)];
}

export function registerGenerate(program: Command, run: (action: () => Promise<ExitCode> | ExitCode) => Promise<void>): void {
  program
    .command('generate')
    .description('compile a card release to SQL files under sql/<release>/<dialect>/ (committed; a test fails when stale)')
    .option('--dialect <name>', `${DIALECT_NAMES.join(' | ')} | all`, 'all')
    .option('--sql-dir <dir>', 'where to write (default: ./sql)')
    .option('--check', 'write nothing; exit 1 if the files differ from a fresh compile')
    .action((options: { dialect?: string; sqlDir?: string; check?: boolean }) =>
      run(() => {
        const globals = program.opts<GlobalOptions>();
        const root = catalogRoot(globals);
        const releaseId = resolveReleaseId(globals);
        const dialects = selectedDialects(options.dialect);
        const sqlRoot = options.sqlDir ?? defaultSqlRoot();
        if (options.check) {
          const stale = checkGeneratedUpToDate(root, releaseId, sqlRoot, dialects);
          if (globals.json) printJson({ release: releaseId, stale: stale.map((file) => ({ ...file, path: relative(process.cwd(), file.path) })) });
          else if (stale.length === 0) printLine(`sql/${releaseId}: up to date (${dialects.map((d) => d.name).join(', ')})`);
          else for (const file of stale) printLine(`stale: ${relative(process.cwd(), file.path)} (${file.reason}); run \`cardgenius generate --release ${releaseId}\``);
          return stale.length === 0 ? EXIT.ok : EXIT.partial;
        }
        const written = generateRelease(root, releaseId, sqlRoot, dialects);
        if (globals.json) printJson({ release: releaseId, files: written.map((file) => relative(process.cwd(), file.path)) });
        else for (const file of written) printLine(`wrote ${relative(process.cwd(), file.path)}`);
        return EXIT.ok;
      }),
    );
}
