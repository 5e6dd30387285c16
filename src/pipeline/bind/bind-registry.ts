// `npm run city -- bind`: a registry whose rows give positions becomes a plain registry of building ids.
import { readFile } from 'node:fs/promises';
import type { Document } from '@gltf-transform/core';
import {
  FACADE_BINDING_DEFAULTS,
  bindToFacades,
  wallSegmentOf,
  type FacadeBindingResult,
  type FacadeOutline,
} from './facade-binding.ts';
import { UTM33N, createGeoFrame, type GeoFrame } from '../../core/geo/geo-frame.ts';
import { parseRegistrySource } from '../../core/sensors/registry.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import { cityOriginOf, featuresOf, readGlb, trianglesOf } from '../gltf/read-glb.ts';

/** Options of `bindRegistryFile`. */
export interface BindRegistryOptions {
  /** Farthest a sensor may be from a building façade, metres. */
  maxDistance: number;
  /** Feature uses that are not buildings and never bind (the city wall segments get no sensors). */
  skipUses: readonly string[];
}

/** Defaults: the core's 30 m reach; city wall segments are skipped. */
export const BIND_REGISTRY_DEFAULTS: BindRegistryOptions = {
  maxDistance: FACADE_BINDING_DEFAULTS.maxDistance,
  skipUses: ['wall'],
};

/** A city model ready for binding: its façades, every feature id and its frame. */
export interface BindableCity {
  outlines: FacadeOutline[];
  knownIds: Set<string>;
  frame: GeoFrame | null;
}

/** Reads registry and city, binds positions to façades and writes the plain registry; returns summary lines. */
export async function bindRegistryFile(
  registryPath: string,
  cityPath: string,
  outPath: string,
  options: Partial<BindRegistryOptions> = {},
): Promise<string[]> {
  const opts = { ...BIND_REGISTRY_DEFAULTS, ...options };
  let text: string;
  try {
    text = await readFile(registryPath, 'utf8');
  } catch (err) {
    throw new Error(`${registryPath}: cannot read the registry (${reason(err)})`);
  }
  const rows = parseRegistrySource(text, registryPath);
  let doc: Document;
  try {
    doc = await readGlb(cityPath);
  } catch (err) {
    throw new Error(`${cityPath}: not a readable GLB (${reason(err)})`);
  }
  const city = bindableCity(doc, opts.skipUses);
  const context = { fileName: registryPath, cityName: cityPath, ...city };
  const result = bindToFacades(rows, city.outlines, context, opts.maxDistance);
  await writeFileAtomic(outPath, `${JSON.stringify(result.entries, null, 2)}\n`);
  return summaryOf(result, outPath);
}

/** The façades (wall triangles seen from above) of every building of a city document, its ids and frame. */
export function bindableCity(
  doc: Document,
  skipUses: readonly string[] = BIND_REGISTRY_DEFAULTS.skipUses,
): BindableCity {
  const features = featuresOf(doc);
  const segments = features.map((): number[] => []);
  for (const t of trianglesOf(doc)) {
    const feature = features[t.fid];
    const list = segments[t.fid];
    if (!feature || !list || skipUses.includes(feature.use)) continue;
    const s = wallSegmentOf(t.a, t.b, t.c);
    if (s) list.push(...s);
  }
  const outlines = features
    .map((f, i) => ({ id: f.id, segments: segments[i] ?? [] }))
    .filter((o) => o.segments.length > 0);
  const origin = cityOriginOf(doc);
  // The frame is only trusted when the origin is in the CRS createGeoFrame projects to.
  const frame =
    origin?.epsg === UTM33N ? createGeoFrame(origin.easting, origin.northing, origin.height) : null;
  return { outlines, knownIds: new Set(features.map((f) => f.id)), frame };
}

function summaryOf(result: FacadeBindingResult, outPath: string): string[] {
  const n = result.entries.length;
  const m = result.bound.length;
  const lines = [`wrote ${outPath}: ${n} sensors, ${n - m} kept as given, ${m} bound by position`];
  for (const b of result.bound) {
    lines.push(
      `  line ${b.line}: ${b.sensor} -> ${b.building} (façade ${b.distance.toFixed(2)} m from x ${b.x.toFixed(1)}, z ${b.z.toFixed(1)})`,
    );
  }
  return lines;
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message.split('\n')[0] || err.name : String(err);
}
