/** Exponential backoff with "full jitter" (a random delay up to the exponential bound). */
export interface BackoffPolicy {
  /** Delay bound before the first retry, in ms. */
  readonly baseMs: number;
  /** Upper bound of any single delay, in ms. */
  readonly maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 250, maxMs: 15_000 };

/**
 * Delay before retry number `retry` (1 = first retry): uniform in [bound/2, bound] with
 * bound = min(maxMs, baseMs × 2^(retry−1)). Half the bound is kept so two workers that collided
 * (a deadlock) still move apart, and never retry immediately.
 */
export function backoffDelay(retry: number, policy: BackoffPolicy = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  if (!Number.isInteger(retry) || retry < 1) throw new RangeError(`retry must be a positive integer, got ${retry}`);
  const bound = Math.min(policy.maxMs, policy.baseMs * 2 ** (retry - 1));
  return Math.round(bound / 2 + (random() * bound) / 2);
}

/** Resolves after `ms`, or early (without error) when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) {
      resolve();
      return;
    }
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
