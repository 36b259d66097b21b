import type { Dialect } from './dialect.js';

export const mysqlDialect: Dialect = {
  name: 'mysql',
  label: 'MySQL 8.0+',
  serverFlavor: 'mysql',
  // MySQL's reserved words (`rank` since 8.0.2) and function-call spacing.
  // https://dev.mysql.com/doc/refman/8.4/en/keywords.html
  formatterLanguage: 'mysql',
};
