/**
 * Typed database errors. The CLI maps each class to an exit code; nothing here prints or exits.
 *
 * Every message is built from a redacted URL and scrubbed of the password, and no raw driver
 * error is kept as `cause`: a logger that serialises causes must not be able to leak a secret.
 */

/** The connection URL itself is malformed or uses an unsupported option (a usage error). */
export class InvalidDatabaseUrlError extends Error {
  override readonly name = 'InvalidDatabaseUrlError';
}

/** The server could not be reached or refused us: refused, unknown host, access denied, unknown database... */
export class DatabaseUnreachableError extends Error {
  override readonly name = 'DatabaseUnreachableError';

  constructor(
    message: string,
    /** Driver error code, e.g. `ECONNREFUSED`, `ER_ACCESS_DENIED_ERROR`, `ER_BAD_DB_ERROR`. */
    readonly code: string | undefined,
    /** Server error number when the server answered (1045 access denied, 1049 unknown database). */
    readonly errno: number | undefined,
  ) {
    super(message);
  }
}

/** A migration of our schema failed; `migration` names the one that did. */
export class MigrationFailedError extends Error {
  override readonly name = 'MigrationFailedError';

  constructor(
    message: string,
    readonly migration: string | undefined,
  ) {
    super(message);
  }
}

interface DriverErrorFields {
  message: string;
  code: string | undefined;
  errno: number | undefined;
}

/** Reads the fields we keep from a mysql2 (or Node socket) error, with `secret` scrubbed out of the message. */
export function driverErrorFields(error: unknown, secret: string | undefined): DriverErrorFields {
  const record = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  return {
    message: scrubSecret(messageOf(error), secret),
    code: typeof record['code'] === 'string' ? record['code'] : undefined,
    errno: typeof record['errno'] === 'number' ? record['errno'] : undefined,
  };
}

/** Node reports a failed dual-stack connect as an AggregateError with an empty message. */
function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.message === '') {
    return error.errors.map(messageOf).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Removes a secret (as typed and percent-encoded) from a text. mysql2 does not put passwords in
 * its messages today; this guards against a future driver or a server echoing one back.
 */
export function scrubSecret(text: string, secret: string | undefined): string {
  if (secret === undefined || secret === '') return text;
  let scrubbed = text;
  for (const form of new Set([secret, encodeURIComponent(secret)])) {
    scrubbed = scrubbed.split(form).join('***');
  }
  return scrubbed;
}
