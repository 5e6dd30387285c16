// A Node script of the project (`tsx <file>`) run as a child process, as `npm run <script>` runs it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** A running script: what it printed, a wait for a line, and its exit. */
export interface RunningScript {
  child: ChildProcessWithoutNullStreams;
  output(): string;
  /** Resolves once the output matches; rejects if the script exits first. */
  printed(pattern: RegExp): Promise<void>;
  exited: Promise<number | null>;
}

/** Start `tsx <file> <args>` with colour off. */
export function runScript(file: string, args: readonly string[]): RunningScript {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  let output = '';
  const waiting: { pattern: RegExp; resolve: () => void; reject: (e: Error) => void }[] = [];
  const seen = (chunk: Buffer): void => {
    output += chunk.toString();
    for (const w of waiting.filter((x) => x.pattern.test(output))) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve();
    }
  };
  child.stdout.on('data', seen);
  child.stderr.on('data', seen);
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      for (const w of waiting.splice(0))
        w.reject(new Error(`${file} exited (${code}) before ${w.pattern}:\n${output}`));
      resolve(code);
    }),
  );
  return {
    child,
    output: () => output,
    printed: (pattern) =>
      pattern.test(output)
        ? Promise.resolve()
        : new Promise((resolve, reject) => waiting.push({ pattern, resolve, reject })),
    exited,
  };
}
