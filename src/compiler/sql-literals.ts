/**
 * The only way catalog or configuration data becomes SQL text. Each function validates its input
 * and throws `SqlLiteralError` rather than emit something whose meaning could depend on server
 * settings (sql_mode, character set) or that could end a literal early.
 */

export class SqlLiteralError extends Error {
  override readonly name = 'SqlLiteralError';
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Canonical: no sign, no leading zeros, no trailing fractional zeros, no exponent. */
const CANONICAL_DECIMAL = /^(?:0|[1-9][0-9]*)(?:\.[0-9]*[1-9])?$/;
/**
 * Both servers read a literal with more than 65 digits, or (MySQL) more than 30 decimals, as an
 * approximate DOUBLE, which would silently break exactness.
 * https://dev.mysql.com/doc/refman/8.4/en/precision-math-numbers.html
 */
const MAX_LITERAL_DIGITS = 65;
const MAX_LITERAL_SCALE = 30;
/**
 * Backslash: under the default sql_mode `\'` escapes the quote, under NO_BACKSLASH_ESCAPES it does
 * not, so a literal holding one would mean different things on different servers. Control
 * characters (NUL included) and lone surrogates have no business in card names.
 */
const UNSAFE_STRING = /[\\\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A backtick-quoted identifier; only plain ASCII names, so no quoting rules can matter. */
export function quoteIdentifier(name: string): string {
  if (typeof name !== 'string' || !IDENTIFIER.test(name)) {
    throw new SqlLiteralError(`not a plain SQL identifier: ${JSON.stringify(name)} (expected ${IDENTIFIER.source})`);
  }
  return `\`${name}\``;
}

/** An exact DECIMAL literal from a canonical non-negative decimal string ("0", "12.5", "0.000001"). */
export function decimalLiteral(text: string): string {
  if (typeof text !== 'string' || !CANONICAL_DECIMAL.test(text)) {
    throw new SqlLiteralError(`not a canonical non-negative decimal: ${JSON.stringify(text)}`);
  }
  const [whole = '', fraction = ''] = text.split('.');
  const digits = (whole === '0' ? '' : whole).length + fraction.length;
  if (digits > MAX_LITERAL_DIGITS || fraction.length > MAX_LITERAL_SCALE) {
    throw new SqlLiteralError(`decimal literal ${text} would be read as an approximate number (max ${MAX_LITERAL_DIGITS} digits, ${MAX_LITERAL_SCALE} decimals)`);
  }
  return text;
}

/** A small non-negative integer (ordinals, day counts, ranks). */
export function integerLiteral(value: number): string {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new SqlLiteralError(`not a non-negative safe integer: ${String(value)}`);
  }
  return String(value);
}

/**
 * A string literal: single quotes doubled (the SQL-standard escape every sql_mode honours), with
 * the `_utf8mb4` introducer so the bytes mean the same whatever the connection character set
 * (the mysql client may connect as utf8mb3 or latin1).
 * https://dev.mysql.com/doc/refman/8.4/en/charset-introducer.html
 */
export function stringLiteral(text: string): string {
  if (typeof text !== 'string') throw new SqlLiteralError(`not a string: ${String(text)}`);
  const unsafe = UNSAFE_STRING.exec(text);
  if (unsafe) {
    throw new SqlLiteralError(`string ${JSON.stringify(text)} holds ${JSON.stringify(unsafe[0])}: backslashes, control characters and lone surrogates are not allowed in SQL literals`);
  }
  return `_utf8mb4'${text.replaceAll("'", "''")}'`;
}

/** A `-- ` comment line from text that cannot end the comment or hide SQL (no newlines, no control characters). */
export function commentText(text: string): string {
  if (typeof text !== 'string' || UNSAFE_STRING.test(text) || text.includes('*/')) {
    throw new SqlLiteralError(`not safe in a comment: ${JSON.stringify(text)}`);
  }
  return text;
}
