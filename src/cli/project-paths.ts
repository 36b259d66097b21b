/** Where the shipped catalog and generated SQL live, whatever the working directory. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: dist/cli/ (built) or src/cli/ (tests) are two levels below it. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function defaultCatalogRoot(): string {
  const local = resolve('cards');
  return existsSync(join(local, 'input-mapping.yaml')) ? local : join(PACKAGE_ROOT, 'cards');
}

export function defaultSqlRoot(): string {
  return existsSync(resolve('cards', 'input-mapping.yaml')) ? resolve('sql') : join(PACKAGE_ROOT, 'sql');
}
