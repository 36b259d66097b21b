/** `cardgenius replay <response.json>`: the response's own request through the reference engine. */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadRelease } from '../../catalog/load-release.js';
import { replayCardGenius } from '../../verify/replay.js';
import { catalogRoot, resolveReleaseId, type GlobalOptions } from '../catalog-context.js';
import { EXIT, UsageError, type ExitCode } from '../exit-codes.js';
import { formatTable, printJson, printLine } from '../output.js';

export function registerReplay(program: Command, run: (action: () => Promise<ExitCode> | ExitCode) => Promise<void>): void {
  program
    .command('replay')
    .description('replay a saved CardGenius response through the reference engine and report every mismatch')
    .argument('<response.json>', 'a CardGenius calculate response (request + savings)')
    .action((file: string) =>
      run(() => {
        const globals = program.opts<GlobalOptions>();
        let json: unknown;
        try {
          json = JSON.parse(readFileSync(file, 'utf8'));
        } catch (error) {
          throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
        }
        const release = loadRelease(catalogRoot(globals), resolveReleaseId(globals));
        const report = replayCardGenius(release, json);
        if (globals.json) {
          printJson(report);
        } else {
          const m = report.matched;
          printLine(`Replay of ${file} against release ${release.id}`);
          printLine(`cards: ${report.cards}`);
          printLine(`  total_savings_yearly within ₹1: ${m.total_savings_yearly}/${report.cards}`);
          printLine(`  total_extra_benefits within ₹1: ${m.total_extra_benefits}/${report.cards}`);
          printLine(`  roi within ₹1:                  ${m.roi}/${report.cards}`);
          printLine(`  category savings within ₹0.01:  ${m.category_savings}/${report.category_entries}`);
          if (report.mismatches.length > 0) {
            printLine('\nMismatches:');
            printLine(
              formatTable(
                ['card', 'field', 'category', 'cardgenius', 'reference'],
                report.mismatches.map((x) => [x.card_id, x.field, x.category ?? '', x.expected, x.actual]),
                ['left', 'left', 'left', 'right', 'right'],
              ),
            );
          }
        }
        return report.mismatches.length === 0 ? EXIT.ok : EXIT.partial;
      }),
    );
}
