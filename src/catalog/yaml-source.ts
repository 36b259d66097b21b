/**
 * Reads a YAML file keeping source positions, so that any validation problem (schema or hygiene)
 * can be reported at file:line of the offending node.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import type { CatalogProblem } from './catalog-error.js';

export interface YamlSource {
  readonly file: string;
  readonly text: string;
  readonly data: unknown;
  /** Problems found while parsing (syntax errors, duplicate keys). */
  readonly problems: readonly CatalogProblem[];
  /** Locates a path in the document; falls back to the nearest existing ancestor. */
  locate(path: readonly (string | number)[], field?: string, message?: string): CatalogProblem;
}

export function readYamlSource(absolutePath: string, displayPath: string): YamlSource {
  const text = readFileSync(absolutePath, 'utf8');
  return parseYamlSource(text, displayPath);
}

export function parseYamlSource(text: string, displayPath: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems: CatalogProblem[] = doc.errors.map((error) => {
    const offset = error.pos[0];
    const { line, col } = lineCounter.linePos(offset);
    return { file: displayPath, line, column: col, field: '', message: `YAML: ${error.message.split('\n')[0]}` };
  });
  const data = problems.length === 0 ? doc.toJS({ maxAliasCount: 50 }) : undefined;

  function locate(path: readonly (string | number)[], field = path.join('.'), message = ''): CatalogProblem {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return { file: displayPath, line, column: col, field, message };
      }
    }
    return { file: displayPath, line: 1, column: 1, field, message };
  }

  return { file: displayPath, text, data, problems, locate };
}
