/** The runner's CLI in-process (test/cli/run-cli.ts) and as a child process. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../src/cli/project-paths.js';

/** In-process, output captured (stderr is not a TTY here, so runs log one JSON line per chunk). */
export { runCli as runRunnerCli, type CliResult } from '../../cli/run-cli.js';

/** JSON log lines of a run's stdout. */
export function logLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The CLI in a child process (through tsx, straight from src/), for tests that kill it. */
export function spawnRunnerCli(args: readonly string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(PACKAGE_ROOT, 'test', 'runner', 'support', 'cli-child.ts'), ...args], {
    cwd: PACKAGE_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: '' },
  });
}
