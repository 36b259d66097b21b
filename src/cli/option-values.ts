/** Parsing of numeric option values, shared by the commands: one message for one mistake. */
import { UsageError } from './exit-codes.js';

/** A positive whole number option (`--sample 10`), or a UsageError naming the option. */
export function positiveInteger(name: string, value: string): number {
  if (!/^[1-9][0-9]{0,9}$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${name} must be a positive whole number, got "${value}"`);
  }
  return Number(value);
}
