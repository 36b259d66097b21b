/**
 * Writes the committed artifacts sql/<release>/<dialect>/*.sql and checks them for staleness.
 * The only file-system side of the compiler; compileRelease itself stays pure.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRelease } from '../catalog/load-release.js';
import { loadInputMapping } from '../contract/input-mapping.js';
import { COMPILED_FILE_NAMES, compileRelease, type CompileOptions, type CompiledFileName, type CompiledRelease } from './compile-release.js';
import type { Dialect } from './dialects/dialect.js';

export function releaseSqlDirectory(sqlRoot: string, releaseId: string, dialect: Dialect): string {
  return join(sqlRoot, releaseId, dialect.name);
}

/** Compiles a release of the catalog for each dialect. */
export function compileCatalogRelease(catalogRoot: string, releaseId: string, dialects: readonly Dialect[], options: CompileOptions = {}): CompiledRelease[] {
  const release = loadRelease(catalogRoot, releaseId);
  const mapping = loadInputMapping(catalogRoot, release);
  return dialects.map((dialect) => compileRelease(release, mapping, dialect, options));
}

export interface GeneratedFile {
  readonly path: string;
  readonly dialect: string;
  readonly file: CompiledFileName;
}

/** Writes sql/<release>/<dialect>/{chunk,procedure,install,uninstall}.sql; returns the paths written. */
export function generateRelease(catalogRoot: string, releaseId: string, sqlRoot: string, dialects: readonly Dialect[]): GeneratedFile[] {
  const written: GeneratedFile[] = [];
  const compiled = compileCatalogRelease(catalogRoot, releaseId, dialects);
  dialects.forEach((dialect, index) => {
    const release = compiled[index];
    if (!release) return;
    const dir = releaseSqlDirectory(sqlRoot, releaseId, dialect);
    mkdirSync(dir, { recursive: true });
    for (const file of COMPILED_FILE_NAMES) {
      const path = join(dir, file);
      writeFileSync(path, release.files[file], 'utf8');
      written.push({ path, dialect: dialect.name, file });
    }
  });
  return written;
}

export interface StaleFile extends GeneratedFile {
  readonly reason: 'missing' | 'differs';
}

/** The committed files that are missing or differ from a fresh compile (empty: up to date). */
export function checkGeneratedUpToDate(catalogRoot: string, releaseId: string, sqlRoot: string, dialects: readonly Dialect[]): StaleFile[] {
  const stale: StaleFile[] = [];
  const compiled = compileCatalogRelease(catalogRoot, releaseId, dialects);
  dialects.forEach((dialect, index) => {
    const release = compiled[index];
    if (!release) return;
    const dir = releaseSqlDirectory(sqlRoot, releaseId, dialect);
    for (const file of COMPILED_FILE_NAMES) {
      const path = join(dir, file);
      if (!existsSync(path)) stale.push({ path, dialect: dialect.name, file, reason: 'missing' });
      else if (readFileSync(path, 'utf8') !== release.files[file]) stale.push({ path, dialect: dialect.name, file, reason: 'differs' });
    }
  });
  return stale;
}
