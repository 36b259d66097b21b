/** CI must run the database suites; anywhere else they may be skipped, loudly. */
export function isCi(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const value = env['CI']?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

export function skipBanner(reason: string, ci: boolean): string {
  const headline = ci
    ? 'DATABASE SUITES FAIL (CI is set, so they must run)'
    : 'DATABASE SUITES SKIPPED (set CARDGENIUS_TEST_DATABASE_URL or start a local server on 127.0.0.1:3306)';
  return `\n${'='.repeat(78)}\n${headline}: ${reason}\n${'='.repeat(78)}\n`;
}
