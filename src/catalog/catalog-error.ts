/** A problem in a catalog file, located at file:line:column and the offending field. */
export interface CatalogProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Dotted path of the offending field, e.g. "categories.amazon_spends.earn.per". */
  readonly field: string;
  readonly message: string;
}

export function formatProblem(problem: CatalogProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  return problem.field ? `${where} ${problem.field}: ${problem.message}` : `${where} ${problem.message}`;
}

/** Thrown when a release (or the input mapping) fails validation; carries every problem found. */
export class CatalogValidationError extends Error {
  readonly problems: readonly CatalogProblem[];

  constructor(problems: readonly CatalogProblem[]) {
    const shown = problems.slice(0, 50).map(formatProblem).join('\n  ');
    const more = problems.length > 50 ? `\n  … and ${problems.length - 50} more` : '';
    super(`catalog validation failed with ${problems.length} problem(s):\n  ${shown}${more}`);
    this.name = 'CatalogValidationError';
    this.problems = problems;
  }
}
