/** `cardgenius catalog import-cardgenius`: a CardGenius calculate response → a catalog release. */
export {
  CardGeniusImportError,
  IMPORT_COMMAND,
  importCardGeniusResponse,
  type ImportNote,
  type ImportOptions,
  type ImportResult,
} from './import-response.js';
export { writeRelease } from './write-release.js';
export { CardGeniusResponseError, parseCardGeniusResponse } from './response-schema.js';
export { intendedDecimal, shortestDecimal } from './float-decimal.js';
