/**
 * The Handlebars environment: templates lay out text, and catalog data reaches SQL only through
 * the validating helpers (`ident`, `decimal`, `int`, `str`, `comment`). `param` renders a run-time
 * value as a bind parameter `?` (recording its name, in order) or as a procedure parameter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { commentText, decimalLiteral, integerLiteral, quoteIdentifier, stringLiteral } from './sql-literals.js';

/** templates/ at the package root (two levels above src/compiler/ and dist/compiler/). */
export const DEFAULT_TEMPLATE_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** Template sources by name (file name without `.hbs`); `partial-*` are registered as partials. */
export type TemplateSources = Readonly<Record<string, string>>;

export const TEMPLATE_NAMES = [
  'statement-delete-previous',
  'statement-drop-chunk-users',
  'statement-fill-chunk-users',
  'statement-fill-chunk-strong',
  'statement-fill-chunk-candidates',
  'statement-fill-chunk-rows',
  'statement-insert-recommendations',
  'statement-delete-overflowing',
  'statement-fail-invalid',
  'statement-fail-overflow',
  'statement-complete',
  'procedure-create',
  'file-chunk',
  'file-procedure',
  'file-install',
  'file-uninstall',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

const PARTIAL_PREFIX = 'partial-';

let defaultSources: TemplateSources | undefined;

/** Reads every `*.hbs` of a folder (once for the default folder). */
export function loadTemplateSources(dir: string = DEFAULT_TEMPLATE_DIR): TemplateSources {
  if (dir === DEFAULT_TEMPLATE_DIR && defaultSources) return defaultSources;
  const sources: Record<string, string> = {};
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.hbs')).sort()) {
    sources[file.slice(0, -'.hbs'.length)] = readFileSync(join(dir, file), 'utf8');
  }
  if (dir === DEFAULT_TEMPLATE_DIR) defaultSources = sources;
  return sources;
}

/** Run-time values of a chunk: bound as `?` in statements, procedure parameters in the procedure. */
export const CHUNK_PARAMETERS = ['batch_id', 'first_user_id', 'last_user_id'] as const;
export type ChunkParameter = (typeof CHUNK_PARAMETERS)[number];

export function procedureParameterName(parameter: ChunkParameter): string {
  return `p_${parameter}`;
}

/**
 * `param` renders a placeholder identifier; after formatting, compile-release.ts turns each into
 * `?` (statements) or the procedure parameter (procedure), so each statement is formatted once.
 */
export function parameterPlaceholder(parameter: ChunkParameter): string {
  return quoteIdentifier(`cg_param_${parameter}`);
}

interface RenderData {
  readonly parameters: ChunkParameter[];
}

export interface TemplateSet {
  /** Renders a template; `parameters` lists the `param` placeholders in text order. */
  render(name: TemplateName, context: object): { text: string; parameters: ChunkParameter[] };
  /** Renders a one-off template with the same helpers and partials (tests exercise single partials). */
  renderInline(source: string, context: object): string;
}

function isChunkParameter(value: unknown): value is ChunkParameter {
  return typeof value === 'string' && (CHUNK_PARAMETERS as readonly string[]).includes(value);
}

export function createTemplateSet(sources: TemplateSources = loadTemplateSources()): TemplateSet {
  const handlebars = Handlebars.create();
  handlebars.registerHelper('ident', (name: unknown) => quoteIdentifier(name as string));
  handlebars.registerHelper('decimal', (text: unknown) => decimalLiteral(text as string));
  handlebars.registerHelper('int', (value: unknown) => integerLiteral(value as number));
  handlebars.registerHelper('str', (text: unknown) => stringLiteral(text as string));
  handlebars.registerHelper('comment', (text: unknown) => commentText(text as string));
  handlebars.registerHelper('indent', (text: unknown, width: unknown) => {
    if (typeof text !== 'string' || typeof width !== 'number') throw new TypeError('indent needs a text and a width');
    const pad = ' '.repeat(width);
    return text
      .split('\n')
      .map((line) => (line === '' ? line : pad + line))
      .join('\n');
  });
  handlebars.registerHelper('param', function (this: unknown, name: unknown, options: Handlebars.HelperOptions) {
    if (!isChunkParameter(name)) throw new TypeError(`unknown chunk parameter ${JSON.stringify(name)}`);
    (options.data as RenderData).parameters.push(name);
    return parameterPlaceholder(name);
  });
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const [name, source] of Object.entries(sources)) {
    if (name.startsWith(PARTIAL_PREFIX)) {
      handlebars.registerPartial(name.slice(PARTIAL_PREFIX.length), source);
    } else {
      compiled.set(name, handlebars.compile(source, { noEscape: true, strict: true }));
    }
  }
  for (const name of TEMPLATE_NAMES) {
    if (!compiled.has(name)) throw new Error(`template ${name}.hbs is missing`);
  }
  return {
    render(name, context) {
      const template = compiled.get(name);
      if (!template) throw new Error(`template ${name}.hbs is missing`);
      const parameters: ChunkParameter[] = [];
      const text = template(context, { data: { parameters } satisfies RenderData });
      return { text, parameters };
    },
    renderInline(source, context) {
      const parameters: ChunkParameter[] = [];
      return handlebars.compile(source, { noEscape: true, strict: true })(context, { data: { parameters } satisfies RenderData });
    },
  };
}
