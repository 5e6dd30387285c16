import { Vector3, type Material, type Mesh } from 'three';
import { createBuildingTable, toBuildingRecord } from '../../core/city/building-table.ts';
import {
  createFeatureBounds,
  extendFeatureBounds,
  type FeatureBounds,
} from '../../core/city/feature-bounds.ts';
import {
  parseFootprints,
  type FootprintProjection,
  type FootprintSet,
} from '../../core/geo/footprint-geojson.ts';
import { rasterLookup } from '../../core/geo/footprint-raster.ts';
import { createGeoFrame } from '../../core/geo/geo-frame.ts';
import type { Notice } from '../../core/notice.ts';
import type { CityModel } from '../../city/city-model.ts';
import { createFeatureColours } from '../../city/feature-colours.ts';
import { applyFootprintColours } from './footprint-material.ts';
import { createFootprintLayer, type FootprintLayer } from './footprint-layer.ts';

/**
 * For a model without building ids and a configured footprints URL: fetch the GeoJSON and identify the
 * buildings by footprint. Otherwise, or when the file cannot be used (a notice says why), the model as it is.
 */
export async function withConfiguredFootprints(
  model: CityModel,
  url: string,
  notify: (notice: Notice) => void,
  signal?: AbortSignal,
): Promise<CityModel> {
  if (model.featureSource !== 'none' || url.trim() === '') return model;
  try {
    const response = await fetch(new URL(url, document.baseURI), { cache: 'no-cache', signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const set = parseFootprints(await response.json(), projectionFor(model));
    if (set.polygons.length === 0) throw new Error('no polygon footprints');
    return withFootprints(model, set);
  } catch (error) {
    // A load given up on (another city asked for) is no fault of the footprints.
    if (signal?.aborted) return model;
    notify({
      code: 'footprints.failed',
      params: { url, reason: error instanceof Error ? error.message : String(error) },
      severity: 'warning',
    });
    return model;
  }
}

function projectionFor(model: CityModel): FootprintProjection {
  const origin = model.extras.origin;
  if (!origin) return {};
  const frame = createGeoFrame(origin.easting, origin.northing, origin.height);
  return {
    origin: Number.isFinite(origin.lon) ? { lon: origin.lon, lat: origin.lat } : frame.origin,
    lonLat: (lon, lat) => frame.lonLatToEN(lon, lat),
    utm: (e, n) => frame.utmToEN(e, n),
  };
}

/** The same city identified by footprints: a building table from their properties, one lookup, one patch. */
export function withFootprints(model: CityModel, set: FootprintSet): CityModel {
  const layer = createFootprintLayer(set);
  const buildings = createBuildingTable(set.properties.map((p, i) => toBuildingRecord(p, i)));
  const colours = createFeatureColours(Math.max(1, buildings.count));
  // The whole mesh takes part: what no footprint covers keeps the model's own colour.
  const patched = new WeakSet<Material>();
  const patch = (meshes: readonly Mesh[]): void => {
    for (const mesh of meshes)
      for (const material of [mesh.material].flat()) {
        if (patched.has(material)) continue;
        applyFootprintColours(material, colours, layer);
        patched.add(material);
      }
  };
  const featureMeshes: Mesh[] = model.onMeshes
    ? []
    : model.solid.length > 0
      ? [...model.solid]
      : collectMeshes(model);
  patch(featureMeshes);
  // A streaming city (3D Tiles) brings meshes tile by tile: each is patched as it arrives, forgotten as it goes.
  const unsubscribe = model.onMeshes?.((added, removed) => {
    patch(added);
    featureMeshes.push(...added);
    for (const mesh of removed) {
      const at = featureMeshes.indexOf(mesh);
      if (at >= 0) featureMeshes.splice(at, 1);
    }
  });
  let bounds: FeatureBounds | null = null;
  return {
    ...model,
    buildings,
    colours,
    featureSource: 'footprints',
    featureMeshes,
    footprints: layer,
    bounds: () =>
      model.onMeshes
        ? measureFootprints(set, layer, featureMeshes, buildings.count)
        : (bounds ??= measureFootprints(set, layer, featureMeshes, buildings.count)),
    dispose() {
      unsubscribe?.();
      colours.dispose();
      layer.dispose();
      model.dispose();
    },
  };
}

function collectMeshes(model: CityModel): Mesh[] {
  const meshes: Mesh[] = [];
  model.scene.traverse((o) => {
    if ((o as Mesh).isMesh) meshes.push(o as Mesh);
  });
  return meshes;
}

/** Ground extent from the outlines; heights from the mesh's vertices on and around each footprint. */
function measureFootprints(
  set: FootprintSet,
  layer: FootprintLayer,
  meshes: readonly Mesh[],
  count: number,
): FeatureBounds {
  const heights = createFeatureBounds(count);
  const p = new Vector3();
  const { raster } = layer;
  const r = raster.cell * 0.75;
  for (const mesh of meshes) {
    mesh.updateWorldMatrix(true, false);
    const position = mesh.geometry.getAttribute('position');
    for (let i = 0; i < position.count; i++) {
      p.fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld);
      // Vertices of walls and roof edges lie on the outline, so look around them, not only under them.
      for (const dx of [-r, 0, r])
        for (const dz of [-r, 0, r]) {
          const id = rasterLookup(raster, p.x + dx, -(p.z + dz));
          if (id >= 0) extendFeatureBounds(heights, id, p.x, p.y, p.z);
        }
    }
  }
  const bounds = createFeatureBounds(count);
  for (const polygon of set.polygons) {
    const o = polygon.index * 6;
    const low = Number.isFinite(heights[o + 1]!) ? heights[o + 1]! : 0;
    const high = Number.isFinite(heights[o + 4]!) ? heights[o + 4]! : low;
    for (const ring of polygon.rings)
      for (const [east, north] of ring) {
        extendFeatureBounds(bounds, polygon.index, east, low, -north);
        extendFeatureBounds(bounds, polygon.index, east, high, -north);
      }
  }
  return bounds;
}
