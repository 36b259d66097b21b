/**
 * A small smoke run of the benchmark harness (the large runs are documented commands, never CI):
 * proves `npm run bench` seeds, measures the floor, runs the engine, verifies and runs the
 * baseline, and writes the JSON with the keys BENCHMARKS.md relies on.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/cli/project-paths.js';
import { describeWithDatabase, onServer, requireServerUrl } from '../support/test-database.js';

describeWithDatabase('benchmark harness (smoke)', () => {
  it('runs 2,000 users end to end and writes the result JSON', { timeout: 300_000 }, async () => {
    const serverUrl = requireServerUrl();
    const database = `cg_test_bench_${randomBytes(4).toString('hex')}`;
    const scratch = mkdtempSync(join(tmpdir(), 'cg-bench-'));
    const resultFile = join(scratch, 'latest.json');
    // The engine phase runs the CLI as operators do (bin/cardgenius.js → dist/): build it first.
    execFileSync('npm', ['run', 'build'], { cwd: PACKAGE_ROOT, stdio: 'ignore' });
    try {
      const output = execFileSync(
        join(PACKAGE_ROOT, 'node_modules', '.bin', 'tsx'),
        ['bench/run-bench.ts', '--users', '2000', '--chunk-size', '1000', '--baseline-users', '200', '--verify-sample', '100', '--database', database, '--server-url', serverUrl, '--output', resultFile],
        { cwd: PACKAGE_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
      expect(output).toMatch(/write floor/);
      const result = JSON.parse(readFileSync(resultFile, 'utf8')) as Record<string, unknown>;
      for (const key of ['users', 'engine_seconds', 'floor_seconds', 'baseline_seconds', 'engine_users_per_second', 'engine_to_floor_ratio', 'baseline_to_engine_ratio', 'runner_peak_rss_mb', 'server']) {
        expect(result, key).toHaveProperty(key);
      }
      expect(result.users).toBe(2000);
      expect(result.baseline_users).toBe(200);
      expect((result.verify as { match_rate: string }).match_rate).toBe('100.00');
      expect(Number(result.engine_seconds)).toBeGreaterThan(0);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
      await onServer(serverUrl, (admin) => admin.pool.query(`DROP DATABASE IF EXISTS \`${database}\``));
    }
  });
});
