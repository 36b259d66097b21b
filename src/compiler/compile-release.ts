/**
 * compileRelease: (release, input mapping, dialect) → the SQL files of sql/<release>/<dialect>/ and
 * the statements the runner executes. Pure: no database, clock, environment or randomness, so
 * the output is byte-stable and the committed files can be golden-tested.
 */
import { createHash } from 'node:crypto';
import { format } from 'sql-formatter';
import type { Release } from '../catalog/rule-tree.js';
import type { InputMapping } from '../contract/input-mapping.js';
import { CompileError } from './compile-error.js';
import type { Dialect, DialectName } from './dialects/dialect.js';
import { GENERATOR_VERSION } from './generator-version.js';
import { SQL_TYPE_TEXT } from './numeric-types.js';
import { planChunk, type ChunkPlan } from './plan-release.js';
import { quoteIdentifier } from './sql-literals.js';
import {
  CHUNK_PARAMETERS,
  createTemplateSet,
  parameterPlaceholder,
  procedureParameterName,
  type ChunkParameter,
  type TemplateName,
  type TemplateSet,
  type TemplateSources,
} from './templates.js';

export const COMPILED_FILE_NAMES = ['chunk.sql', 'procedure.sql', 'install.sql', 'uninstall.sql'] as const;
export type CompiledFileName = (typeof COMPILED_FILE_NAMES)[number];

/**
 * The chunk's statements, in the order they must run (one transaction). drop_chunk_users and the
 * fill_chunk_* statements exist only for a dialect with materializeChunkUsers, and
 * fill_chunk_candidates only when the plan prunes (see chunkStatements).
 */
export const CHUNK_STATEMENTS = [
  { name: 'delete_previous', template: 'statement-delete-previous' },
  { name: 'drop_chunk_users', template: 'statement-drop-chunk-users' },
  { name: 'fill_chunk_users', template: 'statement-fill-chunk-users' },
  { name: 'fill_chunk_strong', template: 'statement-fill-chunk-strong' },
  { name: 'fill_chunk_candidates', template: 'statement-fill-chunk-candidates' },
  { name: 'fill_chunk_rows', template: 'statement-fill-chunk-rows' },
  { name: 'insert_recommendations', template: 'statement-insert-recommendations' },
  { name: 'fail_invalid_users', template: 'statement-fail-invalid' },
  { name: 'fail_overflowing_users', template: 'statement-fail-overflow' },
  { name: 'delete_overflowing_rows', template: 'statement-delete-overflowing' },
  { name: 'complete_users', template: 'statement-complete' },
] as const satisfies readonly { name: string; template: TemplateName }[];
export type ChunkStatementName = (typeof CHUNK_STATEMENTS)[number]['name'];

const MATERIALIZING_STATEMENTS: readonly ChunkStatementName[] = ['drop_chunk_users', 'fill_chunk_users', 'fill_chunk_strong', 'fill_chunk_candidates', 'fill_chunk_rows'];

/** The temporary tables the fill_chunk_* statements create (per connection), and the CTEs that stand for them otherwise. */
export const CHUNK_USERS_TABLE = 'cg_chunk_users';
export const CHUNK_STRONG_TABLE = 'cg_chunk_strong';
export const CHUNK_CANDIDATES_TABLE = 'cg_chunk_candidates';
export const CHUNK_ROWS_TABLE = 'cg_chunk_rows';
const CTE_NAMES = { users: 'cg_users', strong: 'cg_strong', candidates: 'cg_candidates' } as const;

/** The statements a dialect's chunk runs, in order. */
export function chunkStatements(dialect: Dialect, pruning: boolean): readonly (typeof CHUNK_STATEMENTS)[number][] {
  return CHUNK_STATEMENTS.filter(
    ({ name }) => (dialect.materializeChunkUsers || !MATERIALIZING_STATEMENTS.includes(name)) && (pruning || name !== 'fill_chunk_candidates'),
  );
}

export interface CompiledStatement {
  readonly name: ChunkStatementName;
  /** Formatted SQL with `?` placeholders (no trailing semicolon). */
  readonly sql: string;
  /** What each `?` binds, in order. */
  readonly parameters: readonly ChunkParameter[];
  /** Which count the statement's affected rows add to. */
  readonly counts: 'inserted_rows' | 'removed_rows' | 'failed' | 'completed' | null;
}

export interface CompiledRelease {
  readonly releaseId: string;
  readonly dialect: DialectName;
  readonly catalogHash: string;
  readonly generatorVersion: string;
  readonly procedureName: string;
  readonly files: Readonly<Record<CompiledFileName, string>>;
  readonly statements: readonly CompiledStatement[];
  /** The CREATE PROCEDURE statement alone (procedure.sql without its header comment). */
  readonly createProcedure: string;
  /** SHA-256 (hex) of files['procedure.sql']: what cg_release.sql_sha256 must hold. */
  readonly procedureSha256: string;
  /** `CALL <procedure>(?, ?, ?)` and what its placeholders bind. */
  readonly call: { readonly sql: string; readonly parameters: readonly ChunkParameter[] };
  readonly tables: { readonly input: string; readonly output: string };
  /** The input table's user id column (from the mapping). */
  readonly userIdColumn: string;
  /** Collation declared on the procedure's user-id parameters; null: the database default at install. */
  readonly userIdCollation: string | null;
}

export interface CompileOptions {
  readonly generatorVersion?: string;
  /** user_spending_data by default; the runner's test mode targets copies. */
  readonly inputTable?: string;
  /** card_recommendations by default. */
  readonly outputTable?: string;
  /** Procedure name; default cg_process_chunk_<release id with - → _>. */
  readonly procedureName?: string;
  /** Cards evaluated for every user before the others are pruned (plan-release.ts DEFAULT_STRONG_CARDS; below 10: no pruning). */
  readonly strongCards?: number;
  /** Template sources (default: templates/*.hbs); tests pass mutated ones. */
  readonly templates?: TemplateSources;
  /**
   * The input table's user_id collation, when it differs from the database default: a procedure
   * parameter and a column of different collations cannot be compared (error 1267/1270), so the
   * procedure's user-id parameters must be declared with it. applyRelease checks this.
   */
  readonly userIdCollation?: string;
}

const COLLATION = /^([a-z0-9]+)_[a-z0-9_]+$/;

export const DEFAULT_INPUT_TABLE = 'user_spending_data';
export const DEFAULT_OUTPUT_TABLE = 'card_recommendations';

export function defaultProcedureName(releaseId: string): string {
  return `cg_process_chunk_${releaseId.replaceAll('-', '_')}`;
}

const STATEMENT_COUNTS: Readonly<Record<ChunkStatementName, CompiledStatement['counts']>> = {
  delete_previous: null,
  drop_chunk_users: null,
  fill_chunk_users: null,
  fill_chunk_strong: null,
  fill_chunk_candidates: null,
  fill_chunk_rows: null,
  insert_recommendations: 'inserted_rows',
  delete_overflowing_rows: 'removed_rows',
  fail_invalid_users: 'failed',
  fail_overflowing_users: 'failed',
  complete_users: 'completed',
};

/** Stable sql-formatter settings: any change here changes every generated file. */
function formatSql(sql: string, dialect: Dialect): string {
  return format(sql, {
    language: dialect.formatterLanguage,
    tabWidth: 2,
    useTabs: false,
    keywordCase: 'upper',
    dataTypeCase: 'upper',
    functionCase: 'upper',
    identifierCase: 'preserve',
    indentStyle: 'standard',
    logicalOperatorNewline: 'before',
    expressionWidth: 100,
    linesBetweenQueries: 1,
    denseOperators: false,
    newlineBeforeSemicolon: false,
  }).trim();
}

interface StatementContext extends ChunkPlan {
  readonly tables: { readonly input: string; readonly output: string };
  readonly types: typeof SQL_TYPE_TEXT;
  /** The dialect reads the chunk's users from the temporary table CHUNK_USERS_TABLE, not a CTE. */
  readonly materializedUsers: boolean;
  /** What the card SELECTs read the users from: CHUNK_USERS_TABLE or the CTE cg_users. */
  readonly usersTable: string;
  /** The strong cards' values: CHUNK_STRONG_TABLE or the CTE cg_strong. */
  readonly strongTable: string;
  /** The users with their pruning threshold: CHUNK_CANDIDATES_TABLE or the CTE cg_candidates. */
  readonly candidatesTable: string;
  /** The output rows before they are written (materializedUsers only): CHUNK_ROWS_TABLE. */
  readonly rowsTable: string;
}

interface RenderedStatement {
  readonly name: ChunkStatementName;
  /** Formatted, with parameter placeholders. */
  readonly sql: string;
  readonly parameters: readonly ChunkParameter[];
}

function renderStatements(templates: TemplateSet, context: StatementContext, dialect: Dialect): RenderedStatement[] {
  return chunkStatements(dialect, context.pruning).map(({ name, template }) => {
    const { text, parameters } = templates.render(template, context);
    return { name, sql: formatSql(text, dialect), parameters };
  });
}

/** Replaces the parameter placeholders: `?` for bound statements, the procedure's parameters in it. */
function bindParameters(statement: RenderedStatement, style: 'bind' | 'procedure'): CompiledStatement {
  let sql = statement.sql;
  const found: ChunkParameter[] = [];
  const pattern = new RegExp(CHUNK_PARAMETERS.map((parameter) => escapeRegExp(parameterPlaceholder(parameter))).join('|'), 'g');
  sql = sql.replace(pattern, (placeholder) => {
    const parameter = CHUNK_PARAMETERS.find((candidate) => parameterPlaceholder(candidate) === placeholder);
    if (!parameter) throw new CompileError(`unknown placeholder ${placeholder}`);
    found.push(parameter);
    return style === 'bind' ? '?' : quoteIdentifier(procedureParameterName(parameter));
  });
  // Every placeholder came from the `param` helper, in this order; anything else (catalog text
  // that happened to contain one) is refused rather than bound.
  if (found.join(',') !== statement.parameters.join(',')) {
    throw new CompileError(`statement ${statement.name}: parameter placeholders ${found.join(',')} do not match the template's ${statement.parameters.join(',')}`);
  }
  return { name: statement.name, sql, parameters: style === 'bind' ? found : [], counts: STATEMENT_COUNTS[statement.name] };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function compileRelease(release: Release, mapping: InputMapping, dialect: Dialect, options: CompileOptions = {}): CompiledRelease {
  const generatorVersion = options.generatorVersion ?? GENERATOR_VERSION;
  const tables = { input: options.inputTable ?? DEFAULT_INPUT_TABLE, output: options.outputTable ?? DEFAULT_OUTPUT_TABLE };
  const procedureName = options.procedureName ?? defaultProcedureName(release.id);
  quoteIdentifier(procedureName);
  if (!/^[0-9a-f]{64}$/.test(release.contentHash)) throw new CompileError(`release ${release.id} has no SHA-256 content hash`);
  const templates = createTemplateSet(options.templates);

  const plan = planChunk(release, mapping, options.strongCards === undefined ? {} : { strongCards: options.strongCards });
  const materializedUsers = dialect.materializeChunkUsers;
  const context: StatementContext = {
    ...plan,
    tables,
    types: SQL_TYPE_TEXT,
    materializedUsers,
    usersTable: materializedUsers ? CHUNK_USERS_TABLE : CTE_NAMES.users,
    strongTable: materializedUsers ? CHUNK_STRONG_TABLE : CTE_NAMES.strong,
    candidatesTable: materializedUsers ? CHUNK_CANDIDATES_TABLE : CTE_NAMES.candidates,
    rowsTable: CHUNK_ROWS_TABLE,
  };
  const rendered = renderStatements(templates, context, dialect);
  const statements = rendered.map((statement) => bindParameters(statement, 'bind'));
  const procedureStatements = rendered.map((statement) => bindParameters(statement, 'procedure'));

  const header = { releaseId: release.id, catalogHash: release.contentHash, generatorVersion, dialect: dialect.name };
  const numbered = (list: readonly CompiledStatement[]) =>
    list.map((statement, index) => ({
      number: index + 1,
      name: statement.name,
      sql: statement.sql,
      parameterList: statement.parameters.length > 0 ? statement.parameters.join(', ') : 'none',
      countsInserted: statement.counts === 'inserted_rows',
      countsRemoved: statement.counts === 'removed_rows',
      countsFailed: statement.counts === 'failed',
      countsCompleted: statement.counts === 'completed',
    }));
  const collation = options.userIdCollation ?? null;
  const charset = collation === null ? null : COLLATION.exec(collation)?.[1];
  if (collation !== null && !charset) throw new CompileError(`not a collation name: ${JSON.stringify(collation)}`);
  const fileContext = {
    header,
    procedureName,
    userIdCollation: collation === null ? null : { charset, collation },
    dialectLabel: dialect.label,
    statementCount: statements.length,
  };
  const render = (name: TemplateName, extra: object) => templates.render(name, { ...fileContext, ...extra }).text;

  const createProcedure = render('procedure-create', { statements: numbered(procedureStatements) }).trimEnd();
  const procedureSql = `${render('file-procedure', { createProcedure }).trimEnd()}\n`;
  const procedureSha256 = createHash('sha256').update(procedureSql, 'utf8').digest('hex');
  const files: Record<CompiledFileName, string> = {
    'chunk.sql': `${render('file-chunk', { statements: numbered(statements) }).trimEnd()}\n`,
    'procedure.sql': procedureSql,
    'install.sql': `${render('file-install', { createProcedure, procedureSha256 }).trimEnd()}\n`,
    'uninstall.sql': `${render('file-uninstall', {}).trimEnd()}\n`,
  };

  return {
    releaseId: release.id,
    dialect: dialect.name,
    catalogHash: release.contentHash,
    generatorVersion,
    procedureName,
    files,
    statements,
    createProcedure,
    procedureSha256,
    call: { sql: `CALL ${quoteIdentifier(procedureName)}(?, ?, ?)`, parameters: [...CHUNK_PARAMETERS] },
    tables,
    userIdColumn: mapping.userIdColumn,
    userIdCollation: collation,
  };
}
