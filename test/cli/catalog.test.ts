import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/cli/project-paths.js';
import { findReferenceResponse } from '../../src/verify/replay-reference.js';
import { runCli } from './run-cli.js';

let scratch = '';
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = '';
});

function copyOfCatalog(): string {
  scratch = mkdtempSync(join(tmpdir(), 'cg-cli-catalog-'));
  cpSync(join(PACKAGE_ROOT, 'cards'), scratch, { recursive: true });
  return scratch;
}

describe('cardgenius catalog validate', () => {
  it('passes on the shipped release', async () => {
    const result = await runCli('catalog', 'validate', '--release', '2026-04');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^release 2026-04: 138 cards valid; input mapping valid/);
  });

  it('fails with file:line and the field on a broken card, exit code 2', async () => {
    const root = copyOfCatalog();
    const file = join(root, '2026-04', 'cards', 'axis-ace.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('point_value: "1"', 'point_value: "-1"').replace('earn: {percent: "1.5"}', 'earn: {percent: "150"}'));
    const result = await runCli('--catalog-dir', root, 'catalog', 'validate', '--release', '2026-04');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cards/2026-04/cards/axis-ace.yaml:16:14 point_value: must be a non-negative decimal string like "1500" or "0.25"');
  });

  it('fails on a broken input mapping', async () => {
    const root = copyOfCatalog();
    const file = join(root, 'input-mapping.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('grocery_spends_online: [grocery]', 'grocery_spends: [grocery]'));
    const result = await runCli('--catalog-dir', root, 'catalog', 'validate');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cards\/input-mapping\.yaml:\d+:\d+ categories\.grocery_spends: release 2026-04 has no category "grocery_spends"/);
  });
});

describe('cardgenius catalog import-cardgenius', () => {
  const reference = findReferenceResponse(PACKAGE_ROOT);
  it.skipIf(reference === null)('writes a new release from a response in one command, identical to the shipped one but for its id', async () => {
    const root = copyOfCatalog();
    const result = await runCli('--catalog-dir', root, 'catalog', 'import-cardgenius', reference ?? '', '--release', '2026-05', '--effective-date', '2026-04-01');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2026-05: 138 cards');
    const shipped = readFileSync(join(PACKAGE_ROOT, 'cards', '2026-04', 'cards', 'axis-ace.yaml'), 'utf8');
    expect(readFileSync(join(root, '2026-05', 'cards', 'axis-ace.yaml'), 'utf8')).toBe(shipped);
    const validate = await runCli('--catalog-dir', root, 'catalog', 'validate', '--release', '2026-05');
    expect(validate.code).toBe(0);
  });

  it('needs --release', async () => {
    const result = await runCli('catalog', 'import-cardgenius', 'response.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('needs --release <id>');
  });
});
