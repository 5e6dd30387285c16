import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Figure } from './figure.ts';

// `npm run bench [-- name ...]`: run every test/bench/*.bench.ts (or those named) and print one JSON line
// per figure, each with the baseline it was measured against in the same run.
const dir = import.meta.dirname;
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

let failed = 0;
for (const file of files) {
  const bench = basename(file, '.bench.ts');
  const report = (figure: Figure): void => {
    const ratio =
      figure.baseline && figure.baseline.value !== 0 ? figure.value / figure.baseline.value : undefined;
    console.log(
      JSON.stringify({
        bench,
        ...figure,
        ...(ratio === undefined ? {} : { ratio: Number(ratio.toFixed(4)) }),
      }),
    );
  };
  try {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as {
      default: (r: typeof report) => Promise<void>;
    };
    await module.default(report);
  } catch (error) {
    failed++;
    console.log(JSON.stringify({ bench, error: error instanceof Error ? error.message : String(error) }));
  }
}
process.exit(failed > 0 ? 1 : 0);
