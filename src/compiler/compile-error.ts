/** The release, mapping or options cannot be compiled to exact SQL (a value would not fit, a rule cannot be mapped). */
export class CompileError extends Error {
  override readonly name = 'CompileError';
}
