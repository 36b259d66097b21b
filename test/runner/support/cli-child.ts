/** Entry point of the child process spawned by spawnRunnerCli: the CLI, exit code as the process's. */
import { runnerMain } from './runner-program.js';

runnerMain(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 70;
  },
);
