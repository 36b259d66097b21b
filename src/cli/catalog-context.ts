/** Loads the release and input mapping a command works on, from the global options. */
import { listReleases, loadRelease } from '../catalog/load-release.js';
import type { Release } from '../catalog/rule-tree.js';
import { loadInputMapping, type InputMapping } from '../contract/input-mapping.js';
import { UsageError } from './exit-codes.js';
import { defaultCatalogRoot } from './project-paths.js';

export interface GlobalOptions {
  readonly release?: string;
  readonly catalogDir?: string;
  readonly json?: boolean;
}

export function catalogRoot(options: GlobalOptions): string {
  return options.catalogDir ?? defaultCatalogRoot();
}

/** The release named by --release / CARDGENIUS_RELEASE, else the newest under the catalog. */
export function resolveReleaseId(options: GlobalOptions): string {
  const root = catalogRoot(options);
  const named = options.release ?? process.env.CARDGENIUS_RELEASE;
  const releases = listReleases(root);
  if (named) {
    if (!releases.includes(named)) {
      throw new UsageError(`unknown release "${named}" (available under ${root}: ${releases.join(', ') || 'none'})`);
    }
    return named;
  }
  const newest = releases.at(-1);
  if (!newest) throw new UsageError(`no card release found under ${root}`);
  return newest;
}

export interface CatalogContext {
  readonly release: Release;
  readonly mapping: InputMapping;
}

export function loadCatalogContext(options: GlobalOptions): CatalogContext {
  const root = catalogRoot(options);
  const release = loadRelease(root, resolveReleaseId(options));
  return { release, mapping: loadInputMapping(root, release) };
}
