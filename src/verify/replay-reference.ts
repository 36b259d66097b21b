/**
 * Where the reference CardGenius response (the ground truth the 2026-04 release is imported from and
 * replayed against) is found: the shared workspace beside the project, or an explicit path.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REFERENCE_RESPONSE_FILE = 'calculate-2026-04-28-138cards.json';
/** Where the shared workspace keeps it, relative to its root. */
const SHARED_LOCATION = join('reference', 'cardgenius', REFERENCE_RESPONSE_FILE);
export const REFERENCE_RELEASE_ID = '2026-04';
/** Environment variable naming the response file explicitly. */
export const REFERENCE_RESPONSE_ENV = 'CARDGENIUS_REFERENCE_RESPONSE';

/** Candidate locations, first existing wins: $CARDGENIUS_REFERENCE_RESPONSE, then the shared workspace's (../shared). */
export function referenceResponseCandidates(packageRoot: string, env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const explicit = env[REFERENCE_RESPONSE_ENV]?.trim();
  return [
    ...(explicit ? [resolve(explicit)] : []),
    resolve(packageRoot, '..', 'shared', SHARED_LOCATION),
  ];
}

export function findReferenceResponse(packageRoot: string, env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  return referenceResponseCandidates(packageRoot, env).find((path) => existsSync(path)) ?? null;
}
