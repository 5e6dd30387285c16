/** A problem with an input file, located at a place inside it (line:col, JSON path or byte offset). */
export class InputError extends Error {
  /** The file the problem is in, as given by the caller. */
  readonly file: string;
  /** Where in the file: `line 3:14`, `CityObjects["x"].geometry[0]`, `byte 1024 (JSON chunk)`. */
  readonly place: string;

  constructor(file: string, place: string, detail: string) {
    super(`${file}: ${place}: ${detail}`);
    this.name = 'InputError';
    this.file = file;
    this.place = place;
  }
}

/** A step in a JSON path: array index, object member, or dictionary key (always printed as `["key"]`). */
export type JsonPathSegment = string | number | { key: string };

/** Formats a JSON path segment list like `features[2].properties["height"]`. */
export function formatJsonPath(segments: readonly JsonPathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'object') out += `[${JSON.stringify(s.key)}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out || '(root)';
}
