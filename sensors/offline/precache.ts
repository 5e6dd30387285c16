import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;

/** What the built app keeps for offline use: the app, the default city and what a Quest needs to show it. */
export interface PrecacheOptions {
  /** Paths in dist/ (files, or folders taken whole) precached on install; `assets/index-` stands for the bundle. */
  include: readonly string[];
}

/** The app shell, the default city, its registry and config, the glTF decoders, the Quest controllers. */
export const PRECACHE_DEFAULTS: PrecacheOptions = {
  include: [
    'index.html',
    'manifest.webmanifest',
    'favicon.svg',
    'stadtzwilling.config.json',
    'registry.json',
    'neubrandenburg.glb',
    'assets/index-',
    // The sensor worker: without it an offline page has no feed, not even the state that says it is offline.
    'assets/sensor.worker-',
    'decoders/draco/draco_decoder.js',
    'decoders/draco/draco_decoder.wasm',
    'decoders/draco/draco_wasm_wrapper.js',
    'decoders/basis/basis_transcoder.js',
    'decoders/basis/basis_transcoder.wasm',
    'input-profiles/profilesList.json',
    'input-profiles/meta-quest-touch-plus',
    'input-profiles/meta-quest-touch-plus-v2',
    'input-profiles/oculus-touch-v3',
    'input-profiles/generic-hand',
  ],
};

const WORKER = new URL('./service-worker.js', import.meta.url);

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Chunks the app is never offline without: an emulator the stand's own devices do not need. */
const ONLINE_ONLY = /^emulate$|room$/;

/**
 * Every chunk the entry needs to start (its static imports, at any depth) and those it loads later (dynamic
 * imports: the broker client of a headset, the EPSG set of a placed model), with their CSS; not the emulator.
 */
export function entryChunks(bundle: OutputBundle): string[] {
  const found = new Set<string>();
  const visit = (file: string): void => {
    const chunk = bundle[file];
    if (!chunk || chunk.type !== 'chunk' || found.has(file) || ONLINE_ONLY.test(chunk.name)) return;
    found.add(file);
    const css = (chunk as { viteMetadata?: { importedCss?: Set<string> } }).viteMetadata?.importedCss;
    for (const c of css ?? []) found.add(c);
    for (const next of [...chunk.imports, ...chunk.dynamicImports]) visit(next);
  };
  for (const [file, chunk] of Object.entries(bundle))
    if (chunk.type === 'chunk' && chunk.isEntry) visit(file);
  return [...found];
}

/**
 * The dist/ paths to precache: the included files that exist, every file below included folders, and the
 * bundle's own chunks (`chunks`, from entryChunks).
 */
export function precacheList(
  dist: string,
  options: PrecacheOptions = PRECACHE_DEFAULTS,
  chunks: readonly string[] = [],
): string[] {
  const all = listFiles(dist).map((f) => relative(dist, f).split(sep).join('/'));
  const wanted = (path: string): boolean =>
    options.include.some((p) => path === p || path.startsWith(p.endsWith('-') ? p : `${p}/`));
  // The config file is live (the server answers {} without one): precache it even though dist/ has none.
  const extra = options.include.includes('stadtzwilling.config.json') ? ['stadtzwilling.config.json'] : [];
  return ['./', ...new Set([...all.filter(wanted), ...chunks.filter((c) => all.includes(c)), ...extra])];
}

/** Write dist/sw.js and dist/manifest.webmanifest after the build; the version changes with any cached file. */
export function precache(options: PrecacheOptions = PRECACHE_DEFAULTS): Plugin {
  let outDir = 'dist';
  return {
    name: 'stadtzwilling-precache',
    apply: 'build',
    configResolved: (config) => void (outDir = config.build.outDir),
    writeBundle(_, bundle) {
      writeFileSync(join(outDir, 'manifest.webmanifest'), `${JSON.stringify(MANIFEST, null, 2)}\n`);
      const list = precacheList(outDir, options, entryChunks(bundle));
      const hash = createHash('sha256');
      for (const path of list) {
        const file = join(outDir, path);
        if (path !== './' && existsSync(file))
          hash
            .update(path)
            .update(String(statSync(file).size))
            .update(readFileSync(file));
      }
      const head = `const VERSION = ${JSON.stringify(hash.digest('hex').slice(0, 12))};\nconst PRECACHE = ${JSON.stringify(list)};\n`;
      writeFileSync(join(outDir, 'sw.js'), head + readFileSync(WORKER, 'utf8'));
    },
  };
}

/** The web app manifest: installable, full screen, the stand's start page. */
const MANIFEST = {
  name: 'Stadtzwilling Neubrandenburg',
  short_name: 'Stadtzwilling',
  lang: 'de',
  start_url: './?mode=exhibit',
  scope: './',
  display: 'fullscreen',
  background_color: '#b9d3ea',
  theme_color: '#1b5e7a',
  icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
};
