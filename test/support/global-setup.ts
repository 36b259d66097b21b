import type { TestProject } from 'vitest/node';
import { isCi, skipBanner } from './skip-banner.js';
import { resolveTestServer } from './test-server.js';

/**
 * Resolves the database server once per `vitest run` (one container at most, not one per file)
 * and hands it to the test files through `inject('cardgeniusTestServer')`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await resolveTestServer();
  project.provide('cardgeniusTestServer', server.info);
  if (!server.info.available) console.warn(skipBanner(server.info.reason, isCi()));
  return () => server.stop();
}
