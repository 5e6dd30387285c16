// CityJSON read without holding the parsed document: a first pass over the file's tokens keeps the header and
// the vertices (in one typed array), a second hands over the CityObjects one at a time. CityJSON fixes no order
// of its keys, so the vertices may come after the objects that use them: hence two passes, both streamed.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { getManyValues, isMany, none } from 'stream-chain/defs.js';
import { jsonParser } from 'stream-json/core/parser.js';
import Assembler from 'stream-json/assembler.js';
import { InputError } from '../../core/input/input-error.ts';
import { parseJsonText } from '../../core/input/json-input.ts';
import { JsonReader } from '../../core/input/json-reader.ts';
import { readTransform, type CityJsonVertices } from './cityjson.ts';

interface Token {
  name: string;
  value?: unknown;
}

/** A sink for the tokens of one root key's value; `depth` counts the containers open around the token. */
type ValueSink = (t: Token, depth: number) => void;

/** The document without its CityObjects: `type`, `version`, `transform`, `metadata`, and its vertices. */
export interface CityJsonHead {
  root: JsonReader;
  vertices: CityJsonVertices;
}

// The keys of the root object the first pass keeps (small); everything else but the vertices is skipped.
const HEAD_KEYS = new Set(['type', 'version', 'transform', 'metadata']);
// A broken file up to this size is read again whole, to name the line:col where it breaks.
const LOCATE_LIMIT = 256e6;

/**
 * Pass one: the root's small keys as a reader, and every vertex scaled and translated, in a Float64Array. It
 * stops at a root `type` other than "CityJSON" (GeoJSON): the caller reads that file otherwise.
 */
export async function readCityJsonHead(file: string, name: string): Promise<CityJsonHead> {
  const head: Record<string, unknown> = {};
  const xyz = { raw: new Float64Array(3 * 4096), n: 0 };
  const other = (): boolean => head.type !== undefined && head.type !== 'CityJSON';
  const open = (key: string): ValueSink | null => {
    if (HEAD_KEYS.has(key)) return assemble((v) => (head[key] = v));
    return key === 'vertices' ? vertexSink(name, xyz) : null;
  };
  await walkRoot(file, name, open, other);
  const root = new JsonReader(name, head);
  const { scale, translate } = readTransform(root);
  const count = xyz.n / 3;
  const v = xyz.raw;
  for (let i = 0; i < xyz.n; i++) v[i] = v[i]! * scale[i % 3]! + translate[i % 3]!;
  const at = (i: number): [number, number, number] | undefined =>
    i >= 0 && i < count ? [v[3 * i]!, v[3 * i + 1]!, v[3 * i + 2]!] : undefined;
  return { root, vertices: { at, count } };
}

/** Pass two: each CityObject as `(id, value)` in file order, none kept. */
export async function streamCityObjects(
  file: string,
  name: string,
  onObject: (id: string, value: unknown) => void,
): Promise<void> {
  await walkRoot(file, name, (key) => {
    if (key !== 'CityObjects') return null;
    let id = '';
    let asm: Assembler | null = null;
    return (t, depth) => {
      if (depth === 1) {
        if (t.name !== 'startObject' && t.name !== 'endObject') fail(name, 'CityObjects', 'an object', t);
      } else if (!asm) {
        id = String(t.value);
        asm = new Assembler();
      } else {
        asm.consume(t as never);
        if (!asm.done) return;
        const value = asm.current;
        asm = null;
        onObject(id, value);
      }
    };
  });
}

function assemble(done: (value: unknown) => void): ValueSink {
  const asm = new Assembler();
  return (t) => {
    asm.consume(t as never);
    if (asm.done) done(asm.current);
  };
}

/** The vertices' tokens into `xyz` (grown by doubling), each checked for three numbers. */
function vertexSink(name: string, xyz: { raw: Float64Array; n: number }): ValueSink {
  let vertex = -1;
  let inVertex = 0;
  const at = (): string => `vertices[${vertex}]`;
  return (t, depth) => {
    if (depth === 1) {
      if (t.name !== 'startArray' && t.name !== 'endArray') fail(name, 'vertices', 'an array', t);
    } else if (depth === 2 && t.name === 'startArray') {
      vertex++;
      inVertex = 0;
    } else if (depth === 2 && t.name === 'endArray') {
      if (inVertex < 3) throw new InputError(name, at(), `a vertex needs 3 coordinates, found ${inVertex}`);
    } else if (depth === 2) {
      vertex++;
      fail(name, at(), 'an array', t);
    } else if (depth === 3 && t.name === 'numberValue') {
      if (inVertex++ >= 3) return;
      if (xyz.n === xyz.raw.length) {
        const grown = new Float64Array(xyz.raw.length * 2);
        grown.set(xyz.raw);
        xyz.raw = grown;
      }
      xyz.raw[xyz.n++] = Number(t.value);
    } else if (inVertex < 3) fail(name, `${at()}[${inVertex}]`, 'a number', t);
  };
}

/**
 * Feeds the tokens of each root key's value to the sink `open` returns for it (null: the value is skipped),
 * until the document ends or `stop` says so. The tokenizer is driven by hand, chunk by chunk: a stream of
 * token objects costs a promise per token, six times the tokenizing itself.
 */
async function walkRoot(
  file: string,
  name: string,
  open: (key: string) => ValueSink | null,
  stop: () => boolean = () => false,
): Promise<void> {
  let depth = 0;
  let sink: ValueSink | null = null;
  let stopped = false;
  const take = (t: Token): void => {
    if (depth === 0 && t.name !== 'startObject') fail(name, '(root)', 'an object', t);
    if (depth === 1 && t.name === 'keyValue') sink = open(String(t.value));
    else if (t.name === 'startObject' || t.name === 'startArray') {
      if (depth > 0) sink?.(t, depth);
      depth++;
    } else if (t.name === 'endObject' || t.name === 'endArray') {
      depth--;
      if (depth > 0) sink?.(t, depth);
    } else sink?.(t, depth);
  };
  const feed = (out: unknown): void => {
    if (out === none) return;
    for (const t of isMany(out) ? (getManyValues(out) as Token[]) : [out as Token]) {
      take(t);
      if ((stopped = stop())) return;
    }
  };
  const tokenize = jsonParser({ streamValues: false }) as unknown as (text: string | typeof none) => unknown;
  // 64 KB at a time: a chunk's tokens are an array the size of the chunk, and a larger one is kept longer.
  const source = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 });
  let first = true;
  try {
    for await (const chunk of source) {
      // The bare tokenizer takes a byte-order mark for an error; a file may start with one.
      feed(tokenize(first ? (chunk as string).replace(/^\uFEFF/, '') : (chunk as string)));
      first = false;
      if (stopped) return;
    }
    feed(tokenize(none));
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw await located(file, name, err);
  } finally {
    source.destroy();
  }
}

/** The parser's error as an InputError at the line:col where the text breaks (found by parsing it once more). */
async function located(file: string, name: string, err: unknown): Promise<InputError> {
  const message = err instanceof Error ? err.message : String(err);
  if ((await stat(file)).size <= LOCATE_LIMIT) {
    try {
      parseJsonText(await readFile(file, 'utf8'), name);
    } catch (e) {
      if (e instanceof InputError) return e;
    }
  }
  return new InputError(name, 'JSON', `invalid JSON: ${message}`);
}

const KINDS: Record<string, string> = {
  startObject: 'an object',
  startArray: 'an array',
  stringValue: 'a string',
  numberValue: 'a number',
  trueValue: 'a boolean',
  falseValue: 'a boolean',
  nullValue: 'null',
};

function fail(name: string, place: string, expected: string, t: Token): never {
  throw new InputError(name, place, `expected ${expected}, found ${KINDS[t.name] ?? t.name}`);
}
