import type { Dialect } from './dialect.js';

export const mysqlDialect: Dialect = {
  name: 'mysql',
  label: 'MySQL 8.0+',
  serverFlavor: 'mysql',
  // MySQL's reserved words (`rank` since 8.0.2) and function-call spacing.
  // https://dev.mysql.com/doc/refman/8.4/en/keywords.html
  formatterLanguage: 'mysql',
  // MySQL materializes a CTE referenced many times once, and cannot refer to a TEMPORARY table
  // more than once in one query (ER_CANT_REOPEN_TABLE), so the chunk keeps the users CTE.
  // https://dev.mysql.com/doc/refman/8.4/en/temporary-table-problems.html
  materializeChunkUsers: false,
};
