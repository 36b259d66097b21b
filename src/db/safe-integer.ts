/**
 * COUNT(*) and other BIGINT results arrive as strings (`bigNumberStrings: true`). Counts are
 * plain integers, not money, so they become numbers here, refusing anything a double cannot hold.
 */
export function toSafeInteger(value: string | number | bigint): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || String(number) !== String(value)) {
    throw new RangeError(`Expected an integer within JavaScript's safe range, got ${String(value)}`);
  }
  return number;
}
