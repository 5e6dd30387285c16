import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Document } from '@gltf-transform/core';
import { describe, expect, it } from 'vitest';
import { buildCityFromData, sensorRegistry } from '../../../src/pipeline/build-city.ts';
import { cityToGlb } from '../../../src/pipeline/write-city.ts';
import { boundsOf, DEFAULT_GLB, featuresOf, readGlb, sharedData, trianglesOf } from './helpers.ts';

const REBUILD =
  'the generator no longer makes the committed city: run `npm run city -- build` and commit both files';
const SENSORS = join(import.meta.dirname, '../../../sensors/registry.default.json');

/** Triangles and bounds per surface, and triangles per feature: what a drift would change first. */
function shapeOf(doc: Document) {
  const bySurface = new Map<string, [number, number, number][]>();
  const perFeature = new Map<number, number>();
  for (const t of trianglesOf(doc)) {
    const points = bySurface.get(t.surface) ?? [];
    points.push(t.a, t.b, t.c);
    bySurface.set(t.surface, points);
    if (t.fid >= 0) perFeature.set(t.fid, (perFeature.get(t.fid) ?? 0) + 1);
  }
  const surfaces = [...bySurface].map(([surface, points]) => ({
    surface,
    triangles: points.length / 3,
    ...boundsOf(points),
  }));
  return { surfaces, perFeature: [...perFeature].sort((a, b) => a[0] - b[0]) };
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

// What `npm run city -- build` does: build from the shared data, write the GLB, derive the sensor registry.
describe('the city `npm run city -- build` makes', async () => {
  const city = await buildCityFromData(sharedData());
  const built = await cityToGlb(city);
  const committed = new Uint8Array(await readFile(DEFAULT_GLB));

  it('has the committed features, extras, triangles and bounds', async () => {
    const [ours, theirs] = [await readGlb(built), await readGlb(committed)];
    expect(featuresOf(ours), REBUILD).toEqual(featuresOf(theirs));
    expect(ours.getRoot().getExtras(), REBUILD).toEqual(theirs.getRoot().getExtras());
    expect(shapeOf(ours), REBUILD).toEqual(shapeOf(theirs));
  });

  it('is the committed assets/neubrandenburg.glb byte for byte', () => {
    expect(built.byteLength, REBUILD).toBe(committed.byteLength);
    expect(sha256(built), REBUILD).toBe(sha256(committed));
  });

  it('gives the committed sensor registry', async () => {
    const text = `${JSON.stringify(sensorRegistry(city), null, 2)}\n`;
    expect(text, REBUILD).toBe(await readFile(SENSORS, 'utf8'));
  });
});
