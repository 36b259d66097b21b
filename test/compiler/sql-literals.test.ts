import { describe, expect, it } from 'vitest';
import {
  SqlLiteralError,
  commentText,
  decimalLiteral,
  integerLiteral,
  quoteIdentifier,
  stringLiteral,
} from '../../src/compiler/sql-literals.js';

describe('ident', () => {
  it('backtick-quotes plain identifiers, reserved words included', () => {
    expect(quoteIdentifier('rank')).toBe('`rank`');
    expect(quoteIdentifier('cg_s_amazon_spends')).toBe('`cg_s_amazon_spends`');
    expect(quoteIdentifier('_x9')).toBe('`_x9`');
  });

  it.each([['user id'], ['a`b'], ['1abc'], [''], ['x'.repeat(65)], ['naïve'], ['a-b'], ['a;DROP']])('rejects %j', (name) => {
    expect(() => quoteIdentifier(name)).toThrow(SqlLiteralError);
  });
});

describe('str', () => {
  it("doubles single quotes and marks the literal utf8mb4", () => {
    expect(stringLiteral("Echo's Twin")).toBe("_utf8mb4'Echo''s Twin'");
    expect(stringLiteral("''")).toBe("_utf8mb4''''''");
    expect(stringLiteral('₹ "quoted" — ok')).toBe(`_utf8mb4'₹ "quoted" — ok'`);
  });

  it.each([
    ['a backslash', 'C:\\cards'],
    ['a backslash before a quote', "\\'"],
    ['NUL', 'a\u0000b'],
    ['a newline', 'a\nb'],
    ['a tab', 'a\tb'],
    ['DEL', 'a\u007fb'],
    ['a C1 control', 'a\u0085b'],
    ['a lone surrogate', 'a\ud800b'],
  ])('rejects %s (meaning would depend on sql_mode or encoding)', (_what, text) => {
    expect(() => stringLiteral(text)).toThrow(SqlLiteralError);
  });

  it('accepts characters outside the BMP (a valid surrogate pair)', () => {
    expect(stringLiteral('card 💳')).toBe("_utf8mb4'card 💳'");
  });
});

describe('decimal', () => {
  it.each([['0'], ['12'], ['0.25'], ['0.000001'], ['9999999999.99'], ['1'.repeat(65)]])('passes canonical %s through', (text) => {
    expect(decimalLiteral(text)).toBe(text);
  });

  it.each([['-1'], ['1.50'], ['01'], ['1e5'], ['.5'], ['1.'], [' 1'], ['NaN'], ['1'.repeat(66)], [`0.${'1'.repeat(31)}`]])('rejects %j', (text) => {
    expect(() => decimalLiteral(text)).toThrow(SqlLiteralError);
  });
});

describe('int', () => {
  it('renders non-negative safe integers', () => {
    expect(integerLiteral(0)).toBe('0');
    expect(integerLiteral(137)).toBe('137');
  });

  it.each([[-1], [1.5], [Number.NaN], [2 ** 53]])('rejects %s', (value) => {
    expect(() => integerLiteral(value)).toThrow(SqlLiteralError);
  });
});

describe('comment', () => {
  it('rejects text that could end a comment or start a line', () => {
    expect(commentText('axis-ace')).toBe('axis-ace');
    expect(() => commentText('a */ DROP')).toThrow(SqlLiteralError);
    expect(() => commentText('a\nDROP')).toThrow(SqlLiteralError);
  });
});
