/**
 * Texts the SQL writes must equal the reference engine's, character for character. The compiler
 * may not import the reference (architecture rule), so it keeps its own copy and this test holds
 * the two together.
 */
import { expect, it } from 'vitest';
import { OUTPUT_OVERFLOW_REASON as compilerReason } from '../../src/compiler/plan-release.js';
import { OUTPUT_OVERFLOW_REASON as referenceReason } from '../../src/reference/recommend-user.js';

it('the output-overflow reason is the reference engine’s', () => {
  expect(compilerReason).toBe(referenceReason);
});
