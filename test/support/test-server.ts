import { createDatabase } from '../../src/db/pool.js';
import { redactUrl } from '../../src/db/connection-url.js';

/** Where DB-backed tests run, as handed from the global setup to every test file. */
export type TestServerInfo =
  | { readonly available: true; readonly url: string; readonly source: 'env' | 'local' | 'container' }
  | { readonly available: false; readonly reason: string };

declare module 'vitest' {
  export interface ProvidedContext {
    cardgeniusTestServer: TestServerInfo;
  }
}

export const TEST_DATABASE_URL_ENV = 'CARDGENIUS_TEST_DATABASE_URL';
const LOCAL_SERVER_URL = 'mysql://root@127.0.0.1:3306';
const CONTAINER_IMAGE = 'mysql:8.4';

export interface ResolvedTestServer {
  readonly info: TestServerInfo;
  /** Stops what resolution started (the container); a no-op otherwise. */
  stop(): Promise<void>;
}

const nothingToStop = (): Promise<void> => Promise.resolve();

/**
 * `CARDGENIUS_TEST_DATABASE_URL` if set (and then only it: an explicit choice that does not
 * answer is reported, not silently replaced), else the local server if it answers within ~2 s,
 * else a `mysql:8.4` testcontainer, else unavailable with the reasons.
 */
export async function resolveTestServer(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<ResolvedTestServer> {
  const fromEnv = env[TEST_DATABASE_URL_ENV]?.trim();
  if (fromEnv) {
    const failure = await probe(fromEnv, 10_000);
    return failure === undefined
      ? { info: { available: true, url: fromEnv, source: 'env' }, stop: nothingToStop }
      : { info: { available: false, reason: `${TEST_DATABASE_URL_ENV} does not answer: ${failure}` }, stop: nothingToStop };
  }

  const localFailure = await probe(LOCAL_SERVER_URL, 2_000);
  if (localFailure === undefined) {
    return { info: { available: true, url: LOCAL_SERVER_URL, source: 'local' }, stop: nothingToStop };
  }

  try {
    // Imported lazily: most runs never need Docker, and the import itself is heavy.
    const { MySqlContainer } = await import('@testcontainers/mysql');
    const container = await new MySqlContainer(CONTAINER_IMAGE).start();
    const url = `mysql://root:${encodeURIComponent(container.getRootPassword())}@${container.getHost()}:${container.getPort()}`;
    return {
      info: { available: true, url, source: 'container' },
      stop: async () => {
        await container.stop();
      },
    };
  } catch (error) {
    const containerFailure = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      info: {
        available: false,
        reason:
          `no ${TEST_DATABASE_URL_ENV}; local server ${redactUrl(LOCAL_SERVER_URL)} failed (${localFailure}); ` +
          `${CONTAINER_IMAGE} testcontainer failed (${containerFailure})`,
      },
      stop: nothingToStop,
    };
  }
}

/** Undefined when the server answers; otherwise why not (already redacted). */
async function probe(url: string, timeoutMs: number): Promise<string | undefined> {
  try {
    const db = await createDatabase(url, { connectionLimit: 1, connectTimeoutMs: timeoutMs });
    await db.close();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
