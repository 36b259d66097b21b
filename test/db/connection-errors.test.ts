import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DatabaseUnreachableError } from '../../src/db/errors.js';
import { createDatabase } from '../../src/db/pool.js';
import { describeWithDatabase, requireServerUrl } from '../support/test-database.js';

const SECRET = 'Wr0ng$ecret/p@ss:w#rd';

/** Every form in which an error could reach a log: message, stack, inspect, JSON. */
async function connectFailure(url: string): Promise<{ error: DatabaseUnreachableError; printed: string }> {
  const error = await createDatabase(url, { connectTimeoutMs: 5_000 }).then(
    () => {
      throw new Error(`expected ${url} to be unreachable`);
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DatabaseUnreachableError);
  const typed = error as DatabaseUnreachableError;
  const printed = [String(typed), typed.stack ?? '', inspect(typed, { depth: 5 }), JSON.stringify(typed)].join('\n');
  return { error: typed, printed };
}

function expectNoSecret(printed: string): void {
  expect(printed).not.toContain(SECRET);
  expect(printed).not.toContain(encodeURIComponent(SECRET));
}

describe('connection errors without a server', () => {
  it('a refused port is DatabaseUnreachableError with the password redacted', async () => {
    const { error, printed } = await connectFailure(`mysql://root:${encodeURIComponent(SECRET)}@127.0.0.1:1/cashkaro`);
    expect(error.code).toBe('ECONNREFUSED');
    expect(error.message).toContain('mysql://root:***@127.0.0.1:1/cashkaro');
    expectNoSecret(printed);
  });

  it('an unknown host is DatabaseUnreachableError', async () => {
    const { error, printed } = await connectFailure(`mysql://root:${encodeURIComponent(SECRET)}@no-such-host.invalid/cashkaro`);
    expect(['ENOTFOUND', 'EAI_AGAIN']).toContain(error.code);
    expectNoSecret(printed);
  });
});

describeWithDatabase('connection errors from a live server', () => {
  /** The test server's URL with its credentials or database swapped. */
  function variant(change: (url: URL) => void): string {
    const url = new URL(requireServerUrl());
    change(url);
    return url.toString();
  }

  it('a wrong password is DatabaseUnreachableError (access denied) and never shows the password', async () => {
    const { error, printed } = await connectFailure(
      variant((url) => {
        url.password = encodeURIComponent(SECRET);
      }),
    );
    expect(error.code).toBe('ER_ACCESS_DENIED_ERROR');
    expect(error.errno).toBe(1045);
    expect(error.message).toContain(':***@');
    expectNoSecret(printed);
  });

  it('an unknown database is DatabaseUnreachableError (ER_BAD_DB_ERROR)', async () => {
    const { error } = await connectFailure(
      variant((url) => {
        url.pathname = '/cg_test_does_not_exist';
      }),
    );
    expect(error.code).toBe('ER_BAD_DB_ERROR');
    expect(error.message).toContain('cg_test_does_not_exist');
  });
});
