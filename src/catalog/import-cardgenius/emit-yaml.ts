/**
 * Deterministic YAML text: keys in the order the object was built, every string double-quoted (so
 * a decimal can never be read back as a float), small maps (rates, caps) in flow style, no line
 * folding, and a header comment naming the generator and its source.
 */
import { Document, isMap, isPair, isScalar, visit } from 'yaml';

/** Maps written on one line: `earn: {points: "5", per: "150"}`. */
const FLOW_KEYS = new Set(['earn', 'cap', 'card_cap', 'annual_waiver', 'flags']);

export function emitYaml(value: unknown, header: readonly string[]): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && FLOW_KEYS.has(String(pair.key.value)) && isMap(pair.value)) {
        pair.value.flow = true;
      }
    },
  });
  doc.commentBefore = header.map((line) => ` ${line}`).join('\n');
  return doc.toString({
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
    minContentWidth: 0,
    indentSeq: true,
    flowCollectionPadding: false,
  });
}
