/** Printing helpers: the CLI's only writers to stdout/stderr. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLine(text = ''): void {
  process.stdout.write(`${text}\n`);
}

export function printError(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** A plain fixed-width table; numeric columns (align 'right') are right-aligned. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly ('left' | 'right')[] = []): string {
  const widths = headers.map((header, index) => Math.max(header.length, ...rows.map((row) => (row[index] ?? '').length)));
  const cell = (text: string, index: number) =>
    align[index] === 'right' ? text.padStart(widths[index] ?? 0) : text.padEnd(widths[index] ?? 0);
  const line = (row: readonly string[]) => row.map((text, index) => cell(text, index)).join('  ').trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
