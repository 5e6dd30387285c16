import { InputError } from './input-error.ts';

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
    const match = /position (\d+)/.exec(message);
    // V8 reports no position for input that simply stops: the problem is then at the end.
    const offset = match?.[1] !== undefined ? Number(match[1]) : text.length;
    const { line, col } = lineColAt(text, offset);
    const detail = match ? message.replace(/\s*\(line \d+ column \d+\)/, '') : `${message} (truncated?)`;
    throw new InputError(file, `line ${line}:${col}`, `invalid JSON: ${detail}`);
  }
}
