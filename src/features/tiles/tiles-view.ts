import type { Camera, WebGLRenderer } from 'three';
import type { TilesRenderer } from '3d-tiles-renderer/three';
import type { TileColliders } from './tile-colliders.ts';
import type { TilesOptions } from './tiles-options.ts';
import type { TilesPlacement } from './tiles-placement.ts';

/** What `cityTwin.stats().tiles` reports. */
export interface TilesStats {
  loaded: number;
  visible: number;
  /** Tiles queued, downloading or being parsed. */
  downloading: number;
  failed: number;
  /** Bytes of tile content in the cache. */
  cacheBytes: number;
  cacheLimit: number;
  errorTarget: number;
  /** Tiles whose walk trees are not built yet. */
  colliderPending: number;
  /** Milliseconds of the last frame's tiles update and walk-tree building. */
  updateMs: number;
}

/** The renderer's view of the tiles: which camera and resolution choose them, and the figures. */
export interface TilesView {
  placement: TilesPlacement | null;
  update(camera: Camera, renderer: WebGLRenderer): void;
  loading(): boolean;
  stats(): TilesStats;
}

interface RendererInternals {
  isLoading?: boolean;
  stats: { loaded: number; queued: number; downloading: number; parsing: number; failed: number };
  lruCache: { cachedBytes: number; maxBytesSize: number };
}

/**
 * Per frame: register the camera that draws (in VR the headset's, whose screen-space error is measured on
 * one eye's viewport, as each eye is drawn separately), update the tiles, then build walk trees in the budget.
 */
export function createTilesView(
  tiles: TilesRenderer,
  colliders: TileColliders,
  options: TilesOptions,
): TilesView {
  const internals = tiles as unknown as RendererInternals;
  let updateMs = 0;
  const view: TilesView = {
    placement: null,
    update(camera, renderer) {
      const start = performance.now();
      let cam = camera;
      let width = 0;
      let height = 0;
      if (renderer.xr.isPresenting) {
        const xrCamera = renderer.xr.getCamera();
        const eye = xrCamera.cameras[0];
        cam = xrCamera;
        width = eye?.viewport.z ?? 0;
        height = eye?.viewport.w ?? 0;
      }
      if (!tiles.hasCamera(cam)) {
        for (const old of [...tiles.cameras]) tiles.deleteCamera(old);
        tiles.setCamera(cam);
      }
      if (width > 0 && height > 0) tiles.setResolution(cam, width, height);
      else tiles.setResolutionFromRenderer(cam, renderer);
      cam.updateMatrixWorld();
      tiles.update();
      if (view.placement) colliders.build(options.colliderBudgetMs, tiles.group.matrixWorld);
      updateMs = performance.now() - start;
    },
    loading() {
      const s = internals.stats;
      return Boolean(internals.isLoading) || s.queued + s.downloading + s.parsing > 0;
    },
    stats() {
      const s = internals.stats;
      return {
        loaded: s.loaded,
        visible: tiles.visibleTiles.size,
        downloading: s.queued + s.downloading + s.parsing,
        failed: s.failed,
        cacheBytes: internals.lruCache.cachedBytes,
        cacheLimit: internals.lruCache.maxBytesSize,
        errorTarget: tiles.errorTarget,
        colliderPending: colliders.pending,
        updateMs,
      };
    },
  };
  return view;
}
