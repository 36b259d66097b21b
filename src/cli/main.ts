/**
 * The `cardgenius` command line. Each command lives in commands/; this file wires them, parses
 * global options and maps every error to an exit code in one place.
 */
import { Command, CommanderError } from 'commander';
import { GENERATOR_VERSION } from '../compiler/generator-version.js';
import { formatProblem, CatalogValidationError } from '../catalog/catalog-error.js';
import { registerApply } from './commands/apply.js';
import { registerCatalog } from './commands/catalog.js';
import { registerDb } from './commands/db.js';
import { registerGenerate } from './commands/generate.js';
import { registerRecommend } from './commands/recommend.js';
import { registerReplay } from './commands/replay.js';
import { registerRun } from './commands/run.js';
import { registerStatus } from './commands/status.js';
import { registerVerify } from './commands/verify.js';
import { EXIT, EXIT_CODES_HELP, exitCodeFor, type ExitCode } from './exit-codes.js';
import { printError } from './output.js';

export function buildProgram(setExit: (code: ExitCode) => void): Command {
  const program = new Command('cardgenius')
    .description('CardGenius server-side recommendation engine: card releases, SQL generation, batch runs, verification')
    .version(GENERATOR_VERSION)
    .option('--release <id>', 'card release to use (default: CARDGENIUS_RELEASE or the newest under cards/)')
    .option('--catalog-dir <dir>', 'folder holding the releases and input-mapping.yaml (default: ./cards)')
    .option('--json', 'machine-readable JSON output')
    .addHelpText('after', EXIT_CODES_HELP)
    .showHelpAfterError()
    .exitOverride();

  const run = async (action: () => Promise<ExitCode> | ExitCode): Promise<void> => {
    try {
      setExit(await action());
    } catch (error) {
      const code = exitCodeFor(error);
      if (error instanceof CatalogValidationError) {
        printError(`error: catalog validation failed (${error.problems.length} problem(s)):`);
        for (const problem of error.problems) printError(`  ${formatProblem(problem)}`);
      } else if (code === EXIT.internal) {
        printError(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      } else {
        printError(`error: ${error instanceof Error ? error.message : String(error)}`);
      }
      setExit(code);
    }
  };

  registerRecommend(program, run);
  registerCatalog(program, run);
  registerReplay(program, run);
  registerGenerate(program, run);
  registerApply(program, run);
  registerDb(program, run);
  registerRun(program, run);
  registerStatus(program, run);
  registerVerify(program, run);
  return program;
}

/** Runs the CLI; resolves to the process exit code (never calls process.exit itself). */
export async function main(argv: readonly string[]): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT.ok;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  program.commands.forEach(function overrideAll(command: Command) {
    command.exitOverride();
    command.commands.forEach(overrideAll);
  });
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version are successes; everything else commander rejects is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.config;
    }
    throw error;
  }
  return exitCode;
}
