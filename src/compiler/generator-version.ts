/**
 * Recorded in every generated file's header and in cg_release. Bump it when the compiler or the
 * templates change what the SQL computes (not for layout-only changes, which the golden test shows).
 */
export const GENERATOR_VERSION = 'cardgenius-compiler 1.0.0';
