/** The compiler's public surface: release + input mapping + dialect → SQL. */
export { compileRelease, defaultProcedureName, COMPILED_FILE_NAMES, CHUNK_STATEMENTS, CHUNK_USERS_TABLE, CHUNK_STRONG_TABLE, CHUNK_CANDIDATES_TABLE, CHUNK_ROWS_TABLE, chunkStatements, DEFAULT_INPUT_TABLE, DEFAULT_OUTPUT_TABLE } from './compile-release.js';
export type { CompiledRelease, CompiledStatement, CompileOptions, CompiledFileName, ChunkStatementName } from './compile-release.js';
export { CompileError } from './compile-error.js';
export { DIALECTS, DIALECT_NAMES, dialectByName } from './dialects/index.js';
export type { Dialect, DialectName } from './dialects/index.js';
export { generateRelease, checkGeneratedUpToDate, compileCatalogRelease, releaseSqlDirectory } from './generate-release.js';
export type { GeneratedFile, StaleFile } from './generate-release.js';
export { GENERATOR_VERSION } from './generator-version.js';
export { SqlLiteralError } from './sql-literals.js';
export type { ChunkParameter } from './templates.js';
