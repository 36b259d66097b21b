/** Writes an ImportResult as cards/<release>/ (replacing that release's card files). */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CARDS_DIR, MANIFEST_FILE, releaseDirectory } from '../load-release.js';
import type { ImportResult } from './import-response.js';

export function writeRelease(catalogRoot: string, result: ImportResult): { directory: string; files: number } {
  const directory = releaseDirectory(catalogRoot, result.releaseId);
  const cardsDirectory = join(directory, CARDS_DIR);
  mkdirSync(cardsDirectory, { recursive: true });
  // A card dropped from the source must not survive as a stale file.
  for (const name of readdirSync(cardsDirectory)) {
    if (name.endsWith('.yaml')) rmSync(join(cardsDirectory, name));
  }
  writeFileSync(join(directory, MANIFEST_FILE), result.manifestYaml);
  for (const card of result.cards) writeFileSync(join(cardsDirectory, card.fileName), card.yaml);
  return { directory, files: result.cards.length + 1 };
}
