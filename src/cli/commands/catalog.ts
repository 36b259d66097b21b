/** `cardgenius catalog validate | import-cardgenius`. */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadRelease } from '../../catalog/load-release.js';
import { loadInputMapping } from '../../contract/input-mapping.js';
import { catalogRoot, resolveReleaseId, type GlobalOptions } from '../catalog-context.js';
import { EXIT, UsageError, type ExitCode } from '../exit-codes.js';
import { printJson, printLine } from '../output.js';
import { importCardGeniusResponse, writeRelease } from '../../catalog/import-cardgenius/index.js';
import { sourceLabelFor } from '../../catalog/import-cardgenius/source-label.js';

export function registerCatalog(program: Command, run: (action: () => Promise<ExitCode> | ExitCode) => Promise<void>): void {
  const catalog = program.command('catalog').description('validate and import card releases (cards/<release>/)');

  catalog
    .command('validate')
    .description('check a release (schema and hygiene) and the input mapping; problems are printed as file:line')
    .action(() =>
      run(() => {
        const globals = program.opts<GlobalOptions>();
        const root = catalogRoot(globals);
        const release = loadRelease(root, resolveReleaseId(globals));
        loadInputMapping(root, release);
        if (globals.json) printJson({ release: release.id, cards: release.cards.length, contentHash: release.contentHash, valid: true });
        else printLine(`release ${release.id}: ${release.cards.length} cards valid; input mapping valid (content hash ${release.contentHash.slice(0, 12)})`);
        return EXIT.ok;
      }),
    );

  catalog
    .command('import-cardgenius')
    .description('turn a CardGenius calculate response into cards/<release>/ (overwrites that release)')
    .argument('<response.json>', 'the saved CardGenius response')
    // --release <id> (the release to write, e.g. 2026-05) is the global option, required here.
    .option('--effective-date <YYYY-MM-DD>', 'effective date for the manifest')
    .addHelpText('after', '\nThe release to write is given with --release <id>, e.g.\n  cardgenius catalog import-cardgenius response.json --release 2026-05')
    .action((file: string, options: { effectiveDate?: string }) =>
      run(() => {
        const globals = program.opts<GlobalOptions>();
        const releaseId = globals.release;
        if (!releaseId) throw new UsageError('catalog import-cardgenius needs --release <id>, the release to write (e.g. 2026-05)');
        if (!/^[0-9]{4}-[0-9]{2}(?:-[a-z0-9]+)?$/.test(releaseId)) throw new UsageError(`--release must look like 2026-05 or 2026-05-b, got "${releaseId}"`);
        if (options.effectiveDate !== undefined && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(options.effectiveDate)) {
          throw new UsageError(`--effective-date must be YYYY-MM-DD, got "${options.effectiveDate}"`);
        }
        let text: string;
        let json: unknown;
        try {
          text = readFileSync(file, 'utf8');
          json = JSON.parse(text);
        } catch (error) {
          throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
        }
        const result = importCardGeniusResponse(json, {
          releaseId,
          sourceLabel: sourceLabelFor(file, text),
          ...(options.effectiveDate ? { effectiveDate: options.effectiveDate } : {}),
        });
        const root = catalogRoot(globals);
        writeRelease(root, result);
        const release = loadRelease(root, releaseId);
        if (globals.json) printJson({ release: release.id, cards: release.cards.length, notes: result.report.length });
        else printLine(`wrote ${root}/${release.id}: ${release.cards.length} cards, ${result.report.length} import notes`);
        return EXIT.ok;
      }),
    );
}
