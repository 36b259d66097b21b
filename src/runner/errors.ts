/** Typed runner errors; the CLI maps them to exit codes (nothing in the runner prints or exits). */

/**
 * This chunk's lease is no longer ours: it expired, or another runner reclaimed and re-claimed
 * its users. The transaction is rolled back; whatever the chunk still holds is released.
 */
export class LeaseLostError extends Error {
  override readonly name = 'LeaseLostError';
}

/** A run option or the state of the ledger makes the run impossible (nothing was changed). */
export class RunConfigurationError extends Error {
  override readonly name = 'RunConfigurationError';
}

/**
 * The chunk executor left some of the chunk's users `pending`: a bug in the compiled SQL or the
 * executor. The chunk is rolled back and the run stops, rather than commit half a chunk.
 */
export class ChunkIncompleteError extends Error {
  override readonly name = 'ChunkIncompleteError';
}
