// A module of the project bundled for a page or a worker as a plain script (vite, as the app is built), its
// exports on a global object: tests and benches run the real module in Chromium without the whole app.
import { build, type Rollup } from 'vite';

/** The script of `entry` (a path from the project root) that puts its exports on `globalThis[name]`. */
export async function browserBundle(entry: string, name: string): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry, name, formats: ['iife'] } },
  })) as Rollup.RollupOutput[];
  const chunk = output[0]!.output.find((o) => o.type === 'chunk')!;
  return chunk.code;
}
