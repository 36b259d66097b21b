/** `cardgenius recommend`: one user's spend → the ranked cards, as a table or the PRD's JSON rows. */
import type { Command } from 'commander';
import { TOP_N } from '../../contract/ranking.js';
import { recommendForUser } from '../../reference/recommend-user.js';
import { loadCatalogContext, type GlobalOptions } from '../catalog-context.js';
import { EXIT, UsageError, type ExitCode } from '../exit-codes.js';
import { formatTable, printJson, printLine } from '../output.js';

const SPEND_OPTIONS = ['amazon', 'flipkart', 'myntra', 'ajio', 'grocery', 'confirmed'] as const;

interface RecommendOptions {
  readonly amazon?: string;
  readonly flipkart?: string;
  readonly myntra?: string;
  readonly ajio?: string;
  readonly grocery?: string;
  readonly confirmed?: string;
  readonly all?: boolean;
}

export function registerRecommend(program: Command, run: (action: () => Promise<ExitCode> | ExitCode) => Promise<void>): void {
  const command = program
    .command('recommend')
    .description("rank the release's cards for one user's monthly spend (₹), exactly as the batch would store them");
  for (const name of SPEND_OPTIONS) command.option(`--${name} <rupees>`, `monthly ${name} GMV in ₹ (decimal; default 0)`);
  command
    .option('--all', 'rank every card instead of the top 10')
    .action((options: RecommendOptions) =>
      run(() => {
        const globals = program.opts<GlobalOptions>();
        const { release, mapping } = loadCatalogContext(globals);
        const row: Record<string, string | null> = {};
        for (const name of SPEND_OPTIONS) {
          const column = mapping.columns.get(name);
          if (!column) throw new UsageError(`--${name} has no column in the input mapping`);
          row[column] = options[name] ?? null;
        }
        const result = recommendForUser(release, mapping, row, options.all ? release.cards.length : TOP_N);
        if (!result.ok) throw new UsageError(result.reason.replace(/^invalid input: (avg_(\w+)_gmv)/, 'invalid input: --$2'));
        if (globals.json) {
          printJson({ recommendations: result.rows });
          return EXIT.ok;
        }
        printLine(`Release ${release.id} (${release.cards.length} cards) — ₹ per year; points are monthly.`);
        printLine(
          formatTable(
            ['rank', 'card', 'yearly savings', 'joining fee', 'extra benefits', 'net savings', 'redemption'],
            result.rows.map((entry) => [
              String(entry.rank),
              entry.card_name,
              entry.total_savings_yearly,
              entry.joining_fees,
              entry.total_extra_benefits,
              entry.net_savings,
              `${entry.redemption_method} @ ${entry.redemption_rate}`,
            ]),
            ['right', 'left', 'right', 'right', 'right', 'right', 'left'],
          ),
        );
        return EXIT.ok;
      }),
    );
}
