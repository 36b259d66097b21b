/**
 * The CLI entry the runner tests drive (in-process and in the SIGKILL child): src/cli/main.ts,
 * which registers run, status and db itself. No vitest import: the child process runs this too.
 */
import { main } from '../../../src/cli/main.js';
import type { ExitCode } from '../../../src/cli/exit-codes.js';

export function runnerMain(argv: readonly string[]): Promise<ExitCode> {
  return main(argv);
}
