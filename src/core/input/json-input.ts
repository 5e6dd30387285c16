import { InputError } from './input-error.ts';
import { findJsonErrorOffset } from './json-locate.ts';

/** Converts a character offset into a 1-based `line:col`. */
export function lineColAt(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: end - lineStart + 1 };
}

/** Parses JSON text; a syntax error becomes an InputError at `line L:col C`. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const found = findJsonErrorOffset(text);
    const offset = found >= 0 ? found : text.length;
    const { line, col } = lineColAt(text, offset);
    const short = message.split(/, "|\s+in JSON at|\n/)[0] ?? message;
    const detail = offset >= text.length ? `${short} (the file ends early: truncated?)` : short;
    throw new InputError(file, `line ${line}:${col}`, `invalid JSON: ${detail}`);
  }
}
