import type { GeoOrigin } from '../../core/geo/geo-frame.ts';
import type { MeshLayer } from './mesh.ts';
import type { PackedLayer } from './packed-layer.ts';

/** One row of the building property table (names match the EXT_structural_metadata properties). */
export interface BuildingFeature {
  /** Stable id, e.g. `osm-way-123` or `gen-b12-3`. */
  id: string;
  name: string;
  address: string;
  /** Height above ground in metres. */
  height: number;
  /** gabled, flat, hipped, spire, stepped ... */
  roof: string;
  /** residential, retail, church, gate, wall, public ... */
  use: string;
  source: 'osm' | 'generated' | 'import';
  /** OSM id as text, empty for generated features. */
  osm_id: string;
}

/**
 * A named place to stand as the pipeline writes it to root extras (flat `name_de`/`name_en`): glTF
 * position of the eye and a compass heading (0 north, 90 east). The app reads it back as `Viewpoint`.
 */
export interface ViewpointRecord {
  id: string;
  name_de: string;
  name_en: string;
  position: [number, number, number];
  headingDeg: number;
}

/**
 * A city as the pipeline builds it, before it becomes a GLB: layers (one glTF primitive each), the
 * feature table and its georeference. Not the app's loaded `CityModel`.
 */
export interface BuiltCity {
  layers: MeshLayer[];
  /** Layers already packed into typed arrays (a large import's buildings, chunk by chunk), drawn after `layers`. */
  packed?: PackedLayer[];
  features: BuildingFeature[];
  viewpoints: ViewpointRecord[];
  origin: GeoOrigin;
  attribution: string;
}

/** An append-only feature table handing out ids 0..N-1. */
export class FeatureTable {
  readonly rows: BuildingFeature[] = [];
  private readonly ids = new Set<string>();

  /** True when the id is taken. */
  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Adds a feature and returns its feature id; ids must be unique. */
  add(feature: BuildingFeature): number {
    if (this.ids.has(feature.id)) throw new Error(`duplicate feature id ${feature.id}`);
    this.ids.add(feature.id);
    this.rows.push(feature);
    return this.rows.length - 1;
  }
}
