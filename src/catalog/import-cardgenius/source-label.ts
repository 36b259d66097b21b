/**
 * The source a release records (manifest `source`, every file header): the response's file name and
 * content hash, so the generated files depend on what was imported, never on where it was read from.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';

export function sourceLabelFor(path: string, text: string): string {
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return `CardGenius response ${basename(path)} (sha256 ${digest}…)`;
}
