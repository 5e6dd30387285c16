import { Group, type Camera, type Mesh, type Object3D, type WebGLRenderer } from 'three';
import { TilesRenderer } from '3d-tiles-renderer/three';
import type { Tile } from '3d-tiles-renderer/core';
import { ImplicitTilingPlugin } from '3d-tiles-renderer/core/plugins';
import { GLTFExtensionsPlugin } from '3d-tiles-renderer/three/plugins';
import { DRACOLoader } from 'three/addons/loaders/DRACOLoader.js';
import { KTX2Loader } from 'three/addons/loaders/KTX2Loader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
import { createFeatureIndex } from '../../core/city/feature-index.ts';
import type { Notice } from '../../core/notice.ts';
import { measureFeatures, type CityModel } from '../../city/city-model.ts';
import { createFeatureColours } from '../../city/feature-colours.ts';
import { FEATURE_ID_ATTRIBUTE } from '../../city/feature-material.ts';
import { createTileColliders, type GroundArea } from './tile-colliders.ts';
import { bindTileFeatures, releaseTileFeatures, type TileFeatures } from './tile-features.ts';
import { TileFetchPlugin } from './tile-fetch-plugin.ts';
import type { TilesOptions } from './tiles-options.ts';
import { placeTileset } from './tiles-placement.ts';
import { createTilesView, type TilesStats } from './tiles-view.ts';
import { createTilesFlattening } from './tiles-flattening.ts';

/** What a tiles city needs from the twin. */
export interface TilesCityContext {
  renderer: WebGLRenderer;
  options: TilesOptions;
  notify(notice: Notice): void;
  /** Paint buildings a tile brought in from their sensors (a no-op until the city is shown). */
  paint(ids: readonly string[]): void;
}

/** A streaming 3D Tiles city: its model once the first view is in, and the per-frame update that feeds it. */
export interface TilesCity {
  /** The model, once the root tileset is read and the first tiles are loaded; rejects with `{ reason }`. */
  readonly ready: Promise<CityModel>;
  /** Choose, load and unload tiles for this camera; build walk trees within the frame budget. */
  update(camera: Camera): void;
  stats(): TilesStats;
  dispose(): void;
}

/** Frames after the root without any load in flight before the first view counts as complete. */
const SETTLE_FRAMES = 5;

/** Open the tileset at `href` with the app's own decoders, the fetch guard and the shared feature index. */
export function createTilesCity(href: string, ctx: TilesCityContext): TilesCity {
  const { options } = ctx;
  const tiles = new TilesRenderer(href);
  const base = new URL('./', document.baseURI);
  tiles.registerPlugin(new TileFetchPlugin());
  // 3D Tiles 1.1 implicit tiling: subtree files expand into tiles as the camera comes near.
  tiles.registerPlugin(new ImplicitTilingPlugin());
  tiles.registerPlugin(
    new GLTFExtensionsPlugin({
      metadata: true,
      meshoptDecoder: MeshoptDecoder,
      dracoLoader: new DRACOLoader().setDecoderPath(new URL('decoders/draco/', base).href),
      ktxLoader: new KTX2Loader()
        .setTranscoderPath(new URL('decoders/basis/', base).href)
        .detectSupport(ctx.renderer),
    }),
  );
  tiles.errorTarget = options.errorTarget;
  tiles.lruCache.maxBytesSize = options.maxBytes;
  tiles.lruCache.minBytesSize = options.maxBytes * 0.75;
  const scene = new Group();
  scene.name = 'tiles-city';
  scene.add(tiles.group);
  // One texel more than buildings: the last one is never handed out and shows no colour.
  const index = createFeatureIndex(options.maxFeatures - 1);
  const colours = createFeatureColours(options.maxFeatures);
  const colliders = createTileColliders();
  const bound = new Map<Tile, TileFeatures>();
  const meshes = new Map<Tile, Mesh[]>();
  const allMeshes = new Map<Tile, Mesh[]>();
  const meshListeners = new Set<(added: readonly Mesh[], removed: readonly Mesh[]) => void>();
  const featureMeshes: Mesh[] = [];
  let meshesDirty = false;
  let frames = -1;
  let shown = false;
  let disposed = false;
  let fail: (reason: string) => void = () => undefined;
  let succeed: () => void = () => undefined;
  const settled = new Promise<void>((resolve, reject) => {
    succeed = resolve;
    fail = (reason) => reject(Object.assign(new Error(reason), { reason }));
  });
  const view = createTilesView(tiles, colliders, options);
  const flattening = createTilesFlattening(tiles);
  // Ground boxes whose mesh the flattening has pressed down or given back since the last update.
  const reflattened: GroundArea[] = [];
  const flatten = (outline: readonly (readonly [number, number])[], y: number): (() => void) => {
    const area = areaOf(outline);
    const undo = flattening.flatten(outline, y);
    reflattened.push(area);
    return () => {
      undo();
      reflattened.push(area);
    };
  };

  const listeners: [string, (event: never) => void][] = [
    [
      'load-model',
      ({ scene: tileScene, tile }: { scene: Object3D; tile: Tile }) => {
        const features = bindTileFeatures(tileScene, index, colours, options.idProperties);
        bound.set(tile, features);
        const all: Mesh[] = [];
        tileScene.traverse((o) => void ((o as Mesh).isMesh && all.push(o as Mesh)));
        meshes.set(
          tile,
          all.filter((m) => m.geometry.hasAttribute(FEATURE_ID_ATTRIBUTE)),
        );
        allMeshes.set(tile, all);
        for (const listener of meshListeners) listener(all, []);
        colliders.add(tile, tileScene);
        if (shown && features.added.length > 0) ctx.paint(features.added);
      },
    ],
    [
      'dispose-model',
      ({ tile }: { tile: Tile }) => {
        const features = bound.get(tile);
        if (features) releaseTileFeatures(features, index, colours);
        bound.delete(tile);
        meshes.delete(tile);
        const gone = allMeshes.get(tile) ?? [];
        allMeshes.delete(tile);
        for (const listener of meshListeners) listener([], gone);
        colliders.remove(tile);
        meshesDirty = true;
      },
    ],
    [
      'tile-visibility-change',
      ({ tile, visible }: { tile: Tile; visible: boolean }) => {
        meshesDirty = true;
        // The plugin flattens (or gives back) a tile's mesh as it is shown: its trees follow its mesh.
        if (visible && flattening.used) colliders.refresh(tile);
      },
    ],
    [
      // The flattening plugin moves the mesh at the start of the update that follows a change.
      'update-after',
      () => {
        for (const area of reflattened.splice(0)) colliders.refreshArea(area);
      },
    ],
    [
      'load-root-tileset',
      ({ tileset }: { tileset: { extras?: unknown } }) => {
        try {
          view.placement = placeTileset(tiles, tileset.extras, options);
          frames = 0;
        } catch (error) {
          fail(`the tileset cannot be placed (${(error as Error).message})`);
        }
      },
    ],
    ['tiles-load-end', () => frames >= 0 && succeed()],
    [
      'load-error',
      ({ tile, error, url }: { tile: Tile | null; error: Error; url: string | URL }) => {
        if (!tile) return fail(error.message);
        const file = new URL(String(url), document.baseURI).pathname;
        ctx.notify({
          code: 'tiles.tile-failed',
          params: { file, reason: error.message },
          severity: 'warning',
        });
      },
    ],
  ];
  const on = tiles.addEventListener.bind(tiles) as (type: string, listener: (event: never) => void) => void;
  for (const [type, listener] of listeners) on(type, listener);

  const model: CityModel = {
    scene,
    buildings: index,
    colours,
    get extras() {
      return view.placement?.extras ?? { origin: null, attribution: '', viewpoints: [] };
    },
    get featureSource() {
      return index.count > 0 ? 'mesh-features' : 'none';
    },
    featureMeshes,
    walkable: [],
    solid: [],
    bounds: () => measureFeatures(featureMeshes, index.count),
    createCollider: () => colliders.collider(() => tiles.visibleTiles),
    onMeshes(listener) {
      meshListeners.add(listener);
      listener([...allMeshes.values()].flat(), []);
      return () => void meshListeners.delete(listener);
    },
    flatten,
    stats: () => view.stats(),
    dispose: () => handle.dispose(),
  };

  const handle: TilesCity = {
    ready: settled.then(() => {
      shown = true;
      return model;
    }),
    update(camera) {
      view.update(camera, ctx.renderer);
      if (frames >= 0 && ++frames > SETTLE_FRAMES && !view.loading()) succeed();
      if (meshesDirty) {
        meshesDirty = false;
        featureMeshes.length = 0;
        for (const tile of tiles.visibleTiles) featureMeshes.push(...(meshes.get(tile) ?? []));
      }
    },
    stats: () => view.stats(),
    dispose() {
      // Closed by the load being given up and by the shown model alike: the second call finds nothing to do.
      if (disposed) return;
      disposed = true;
      const off = tiles.removeEventListener.bind(tiles) as typeof on;
      for (const [type, listener] of listeners) off(type, listener);
      fail('the tiles city was closed');
      meshListeners.clear();
      flattening.dispose();
      tiles.dispose();
      colliders.dispose();
      colours.dispose();
    },
  };
  return handle;
}

/** The ground box of an outline (x z). */
function areaOf(outline: readonly (readonly [number, number])[]): GroundArea {
  const xs = outline.map((p) => p[0]);
  const zs = outline.map((p) => p[1]);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minZ: Math.min(...zs), maxZ: Math.max(...zs) };
}
