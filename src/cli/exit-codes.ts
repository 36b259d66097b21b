/**
 * The one place typed errors become exit codes. Documented in `cardgenius --help` and the README.
 */
import { CatalogValidationError } from '../catalog/catalog-error.js';

export const EXIT = {
  /** Everything succeeded. */
  ok: 0,
  /** The command ran but found failures: some users failed, or verification found differences. */
  partial: 1,
  /** Bad options, configuration or catalog (nothing was changed). */
  config: 2,
  /** The database could not be reached (connection refused, access denied, unknown database). */
  databaseUnreachable: 3,
  /** An unexpected internal error (a bug: please report it with the log). */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_CODES_HELP = `
Exit codes:
  0   success
  1   partial failure: some users failed, or verify/replay found differences
  2   configuration, option or catalog error (nothing was changed)
  3   database unreachable
  70  internal error`;

/** A problem with what the user asked for (bad option value, unknown release...). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Errors (by name, so lower layers need not import the CLI) that mean bad input or configuration. */
const CONFIG_ERRORS = new Set(['UsageError', 'InvalidDatabaseUrlError', 'CardGeniusResponseError', 'CardGeniusImportError']);

export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof CatalogValidationError) return EXIT.config;
  if (error instanceof Error && CONFIG_ERRORS.has(error.name)) return EXIT.config;
  if (error instanceof Error && error.name === 'DatabaseUnreachableError') return EXIT.databaseUnreachable;
  return EXIT.internal;
}
