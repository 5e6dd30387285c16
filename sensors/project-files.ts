import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve, relative, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { checkRequestPath } from './security/request-path.ts';

/** A URL prefix served from a folder of the project or of node_modules. */
export interface ServedFolder {
  url: string;
  dir: string;
  /** Only these names (files or folders) directly below `dir`; all when absent. */
  only?: readonly string[];
}

/** Where the project's live files live; overridable by the start script through the environment. */
export const PROJECT_FILES = {
  config: process.env.STADTZWILLING_CONFIG ?? resolve('stadtzwilling.config.json'),
  registry: process.env.STADTZWILLING_REGISTRY ?? resolve('sensors/registry.default.json'),
};

/** Folders the app needs at run time, copied from node_modules so nothing comes from a CDN. */
export const SERVED_FOLDERS: ServedFolder[] = [
  { url: '/decoders/draco/', dir: 'node_modules/three/examples/jsm/libs/draco/gltf' },
  { url: '/decoders/basis/', dir: 'node_modules/three/examples/jsm/libs/basis' },
  // Controller models and layouts for the XR store (src/xr/xr-store.ts): the Quest family and generic fallbacks.
  {
    url: '/input-profiles/',
    dir: 'node_modules/@webxr-input-profiles/assets/dist/profiles',
    only: [
      'profilesList.json',
      'generic-trigger',
      'generic-trigger-squeeze',
      'generic-trigger-thumbstick',
      'generic-trigger-squeeze-thumbstick',
      'oculus-touch',
      'oculus-touch-v2',
      'oculus-touch-v3',
      'meta-quest-touch-plus',
      'meta-quest-touch-plus-v2',
      'meta-quest-touch-pro',
      'generic-hand',
    ],
  },
  // Test fixtures (small city models) only when a test server asks for them (the test build runs without it).
  ...(process.env.STADTZWILLING_TEST_FIXTURES === '1' ? [{ url: '/fixtures/', dir: 'test/fixtures' }] : []),
];

/** Serve the config file and registry live (so a city edits them without a rebuild) and the decoder folders. */
export function projectFiles(folders: readonly ServedFolder[] = SERVED_FOLDERS): Plugin {
  const live: Record<string, () => string | undefined> = {
    '/stadtzwilling.config.json': () => PROJECT_FILES.config,
    '/registry.json': () => PROJECT_FILES.registry,
  };
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const checked = checkRequestPath(req.url);
    // A path that does not decode cleanly is none of these files (the twin's server has answered it with a 400).
    if (!checked.ok) return next();
    const path = checked.path;
    const file = live[path]?.() ?? folderFile(folders, path);
    if (path === '/stadtzwilling.config.json' && file && !existsSync(file)) {
      // No config file means the embedded defaults; answer so, rather than with an error the page would log.
      res.setHeader('Content-Type', 'application/json');
      return void res.end('{}');
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) return next();
    res.setHeader('Content-Type', contentType(file));
    res.setHeader('Cache-Control', 'no-cache');
    res.end(readFileSync(file));
  };
  return {
    name: 'stadtzwilling-project-files',
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
    generateBundle() {
      // The registry ships with the bundle; the config file is the deploying city's own, placed beside index.html.
      if (existsSync(PROJECT_FILES.registry)) {
        this.emitFile({
          type: 'asset',
          fileName: 'registry.json',
          source: readFileSync(PROJECT_FILES.registry),
        });
      }
      for (const folder of folders) {
        for (const file of listFiles(folder)) {
          this.emitFile({
            type: 'asset',
            fileName: (folder.url.slice(1) + relative(folder.dir, file)).split(sep).join('/'),
            source: readFileSync(file),
          });
        }
      }
    },
  };
}

function folderFile(folders: readonly ServedFolder[], path: string): string | undefined {
  for (const folder of folders) {
    if (!path.startsWith(folder.url)) continue;
    const file = resolve(folder.dir, path.slice(folder.url.length));
    // Never serve outside the folder, and check the allowlist on the path as resolved, whatever the URL says.
    const inside = relative(resolve(folder.dir), file);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
    const top = inside.split(sep)[0] ?? '';
    return !folder.only || folder.only.includes(top) ? file : undefined;
  }
  return undefined;
}

function listFiles(folder: ServedFolder): string[] {
  if (!existsSync(folder.dir)) return [];
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : [full];
    });
  const tops = folder.only ?? readdirSync(folder.dir);
  return tops
    .map((name) => join(folder.dir, name))
    .flatMap((p) => (statSync(p).isDirectory() ? walk(p) : [p]));
}

const TYPES: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  js: 'text/javascript',
  wasm: 'application/wasm',
  glb: 'model/gltf-binary',
  gltf: 'model/gltf+json',
  geojson: 'application/geo+json',
};

function contentType(file: string): string {
  return TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream';
}
