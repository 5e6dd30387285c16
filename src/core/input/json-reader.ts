import { InputError, formatJsonPath, type JsonPathSegment } from './input-error.ts';

type Segment = JsonPathSegment;

/** A typed cursor into untrusted JSON that reports the JSON path of any type mismatch. */
export class JsonReader {
  readonly file: string;
  readonly path: readonly Segment[];
  readonly value: unknown;

  constructor(file: string, value: unknown, path: readonly Segment[] = []) {
    this.file = file;
    this.value = value;
    this.path = path;
  }

  /** Throws an InputError at this path. */
  fail(detail: string): never {
    throw new InputError(this.file, formatJsonPath(this.path), detail);
  }

  /** True when the value is absent (undefined or null). */
  isMissing(): boolean {
    return this.value === undefined || this.value === null;
  }

  /** A child reader for an object key. */
  key(name: string, asDictKey = false): JsonReader {
    const obj = this.value;
    const child =
      obj !== null && typeof obj === 'object' && !Array.isArray(obj)
        ? (obj as Record<string, unknown>)[name]
        : undefined;
    return new JsonReader(this.file, child, [...this.path, asDictKey ? { key: name } : name]);
  }

  /** The value as an object's entries (printed as `["key"]` in paths), or a failure naming the path. */
  entries(): [string, JsonReader][] {
    const obj = this.value;
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj))
      this.fail(`expected an object, found ${kindOf(obj)}`);
    return Object.keys(obj as object).map((k) => [k, this.key(k, true)]);
  }

  /** The value as an array of child readers. */
  items(): JsonReader[] {
    const arr = this.value;
    if (!Array.isArray(arr)) this.fail(`expected an array, found ${kindOf(arr)}`);
    return (arr as unknown[]).map((v, i) => new JsonReader(this.file, v, [...this.path, i]));
  }

  /** The value as a finite number. */
  number(): number {
    const v = this.value;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(`expected a number, found ${kindOf(v)}`);
    return v as number;
  }

  /** The value as a string. */
  string(): string {
    const v = this.value;
    if (typeof v !== 'string') this.fail(`expected a string, found ${kindOf(v)}`);
    return v as string;
  }

  /** A number, or the fallback when absent; a present non-number still fails. */
  optionalNumber(fallback: number): number {
    return this.isMissing() ? fallback : this.number();
  }

  /** A string, or the fallback when absent. */
  optionalString(fallback: string): string {
    return this.isMissing() ? fallback : this.string();
  }
}

/** Names the JSON type of a value for error messages. */
export function kindOf(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number' && !Number.isFinite(v)) return 'a non-finite number';
  return `a ${typeof v}`;
}
