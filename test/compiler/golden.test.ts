/**
 * sql/<release>/<dialect>/ is committed and reviewed like code; it must equal a fresh compile of
 * cards/<release> (sqlc-style golden files). After changing cards/, templates/ or the compiler:
 *   CARDGENIUS_UPDATE_GOLDEN=1 npx vitest run test/compiler/golden.test.ts
 */
import { appendFileSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listReleases } from '../../src/catalog/load-release.js';
import { DIALECTS, DIALECT_NAMES } from '../../src/compiler/dialects/index.js';
import { checkGeneratedUpToDate, generateRelease } from '../../src/compiler/generate-release.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const CATALOG = join(ROOT, 'cards');
const SQL = join(ROOT, 'sql');
const FIXTURE_CATALOG = new URL('../fixtures/compiler-catalog/', import.meta.url).pathname;
const dialects = DIALECT_NAMES.map((name) => DIALECTS[name]);
const update = process.env['CARDGENIUS_UPDATE_GOLDEN'] === '1';

describe('golden SQL (sql/<release>/<dialect>/)', () => {
  const releases = listReleases(CATALOG);

  it('covers every release of the catalog', () => {
    expect(releases).toContain('2026-04');
  });

  it.each(releases)('sql/%s equals a fresh compile', (releaseId) => {
    if (update) generateRelease(CATALOG, releaseId, SQL, dialects);
    const stale = checkGeneratedUpToDate(CATALOG, releaseId, SQL, dialects);
    expect(stale.map((file) => `${file.path} (${file.reason})`), 'stale generated SQL: run CARDGENIUS_UPDATE_GOLDEN=1 npx vitest run test/compiler/golden.test.ts').toEqual([]);
  }, 120_000);
});

describe('generateRelease / checkGeneratedUpToDate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-sql-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes four files per dialect and reports the ones that go stale or missing', () => {
    const written = generateRelease(FIXTURE_CATALOG, '2099-01-fixture', dir, dialects);
    expect(written.map((file) => `${file.dialect}/${file.file}`).sort()).toEqual(
      dialects.flatMap((dialect) => ['chunk.sql', 'install.sql', 'procedure.sql', 'uninstall.sql'].map((file) => `${dialect.name}/${file}`)).sort(),
    );
    expect(checkGeneratedUpToDate(FIXTURE_CATALOG, '2099-01-fixture', dir, dialects)).toEqual([]);

    appendFileSync(join(dir, '2099-01-fixture', 'mysql', 'chunk.sql'), '-- hand edit\n');
    unlinkSync(join(dir, '2099-01-fixture', 'mariadb', 'uninstall.sql'));
    const stale = checkGeneratedUpToDate(FIXTURE_CATALOG, '2099-01-fixture', dir, dialects);
    expect(stale.map((file) => [file.dialect, file.file, file.reason])).toEqual([
      ['mysql', 'chunk.sql', 'differs'],
      ['mariadb', 'uninstall.sql', 'missing'],
    ]);
  }, 60_000);
});
