import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeatureTable } from '../../../src/pipeline/mesh/city-features.ts';
import { addGates, type GatePlacement } from '../../../src/pipeline/default-city/landmarks.ts';
import { createLayer } from '../../../src/pipeline/mesh/mesh.ts';
import { parseOverpass } from '../../../src/pipeline/default-city/osm.ts';
import { ringCentroid, type Vec2 } from '../../../src/pipeline/mesh/polygon.ts';
import { DEFAULT_CITY_DEFAULTS } from '../../../src/pipeline/default-city/default-city.ts';
import { createGeoFrame } from '../../../src/core/geo/geo-frame.ts';
import { featuresOf, rayHit, readGlb, trianglesOf, type WorldTriangle } from './helpers.ts';
import { DEFAULT_GLB as GLB, sharedData } from './helpers.ts';

const DATA = sharedData();

type Vec = [number, number, number];

/** The gates with their passages, placed from the shared OSM data the way the builder places them. */
async function gatePlacements(): Promise<GatePlacement[]> {
  const file = join(DATA, 'altstadt-osm.json');
  const osm = parseOverpass(JSON.parse(await readFile(file, 'utf8')), file);
  const o = DEFAULT_CITY_DEFAULTS;
  const frame = createGeoFrame(o.easting, o.northing, o.height);
  const toEN = (lon: number, lat: number): Vec2 => frame.lonLatToEN(lon, lat);
  const wallPoints = osm.ways
    .filter((w) => w.tags.barrier === 'city_wall')
    .flatMap((w) => w.geometry.map(([lo, la]) => toEN(lo, la)));
  return addGates(
    createLayer('wall', true),
    new FeatureTable(),
    osm.ways.filter((w) => w.tags.historic === 'city_gate'),
    toEN,
    ringCentroid(wallPoints),
    osm.ways.filter((w) => w.tags.highway),
  );
}

/** Hits of a ray within `far` on the given triangles, as distances. */
function hits(tris: readonly WorldTriangle[], origin: Vec, dir: Vec, far: number): number[] {
  const out: number[] = [];
  for (const t of tris) {
    const d = rayHit(origin, dir, t);
    if (d !== null && d <= far) out.push(d);
  }
  return out;
}

/** A 1 m raster of the city seen from above: street/square cells, and cells with something solid at body height. */
function walkRaster(tris: readonly WorldTriangle[], half = 600) {
  const size = 2 * half;
  const paved = new Uint8Array(size * size);
  const blocked = new Uint8Array(size * size);
  const cell = (x: number, z: number): number => {
    const i = Math.floor(x + half);
    const j = Math.floor(z + half);
    return i < 0 || j < 0 || i >= size || j >= size ? -1 : j * size + i;
  };
  for (const t of tris) {
    const xs = [t.a[0], t.b[0], t.c[0]];
    const zs = [t.a[2], t.b[2], t.c[2]];
    if (t.surface === 'street' || t.surface === 'square') {
      // Cell centres inside the (horizontal) triangle seen from above.
      const side = (p: Vec, q: Vec, x: number, z: number): number =>
        (q[0] - p[0]) * (z - p[2]) - (q[2] - p[2]) * (x - p[0]);
      for (let z = Math.floor(Math.min(...zs)) + 0.5; z <= Math.max(...zs); z++)
        for (let x = Math.floor(Math.min(...xs)) + 0.5; x <= Math.max(...xs); x++) {
          const s = [side(t.a, t.b, x, z), side(t.b, t.c, x, z), side(t.c, t.a, x, z)];
          const k = cell(x, z);
          if (k >= 0 && (s.every((v) => v >= 0) || s.every((v) => v <= 0))) paved[k] = 1;
        }
    } else if (t.surface === 'wall' || t.surface === 'building') {
      // Sample the triangle every 0.25 m; mark what it covers between knee and head height.
      const len = Math.max(
        Math.hypot(t.b[0] - t.a[0], t.b[1] - t.a[1], t.b[2] - t.a[2]),
        Math.hypot(t.c[0] - t.a[0], t.c[1] - t.a[1], t.c[2] - t.a[2]),
      );
      const steps = Math.max(1, Math.ceil(len / 0.25));
      for (let i = 0; i <= steps; i++)
        for (let j = 0; i + j <= steps; j++) {
          const u = i / steps;
          const v = j / steps;
          const y = t.a[1] + (t.b[1] - t.a[1]) * u + (t.c[1] - t.a[1]) * v;
          if (y < 0.35 || y > 1.8) continue;
          const k = cell(
            t.a[0] + (t.b[0] - t.a[0]) * u + (t.c[0] - t.a[0]) * v,
            t.a[2] + (t.b[2] - t.a[2]) * u + (t.c[2] - t.a[2]) * v,
          );
          if (k >= 0) blocked[k] = 1;
        }
    }
  }
  /** Whether a walk on paved, unobstructed cells (4-neighbour steps) leads from one point to the other. */
  const connected = (from: Vec2, to: Vec2): boolean => {
    const start = cell(from[0], -from[1]);
    const goal = cell(to[0], -to[1]);
    const seen = new Uint8Array(size * size);
    const queue = [start];
    seen[start] = 1;
    for (let q = 0; q < queue.length; q++) {
      const k = queue[q] as number;
      if (k === goal) return true;
      for (const next of [k - 1, k + 1, k - size, k + size]) {
        if (next < 0 || next >= size * size || seen[next] || !paved[next] || blocked[next]) continue;
        seen[next] = 1;
        queue.push(next);
      }
    }
    return false;
  };
  return { paved, blocked, cell, connected };
}

describe('the gates of the committed default city', async () => {
  const doc = await readGlb(GLB);
  const features = featuresOf(doc);
  const tris = trianglesOf(doc);
  const gates = await gatePlacements();
  const solid = tris.filter((t) => t.surface === 'wall' || t.surface === 'building');
  const fidOf = new Map(features.map((f, i) => [f.osm_id, i]));

  it('finds all seven gate buildings, four passages from OSM passage ways', () => {
    expect(gates).toHaveLength(7);
    expect(gates.filter((g) => g.passage.from === 'osm')).toHaveLength(4);
    for (const g of gates) expect(fidOf.has(`way/${g.osmId}`)).toBe(true);
  });

  it('leads from outside every gate through its passages along streets to the Marktplatz', async () => {
    const json = (await import('../../../src/pipeline/gltf/io.ts')).createCityIO;
    const extras = (await (await json()).binaryToJSON(new Uint8Array(await readFile(GLB)))).json.extras as {
      stadtzwilling: { viewpoints: { id: string; position: number[] }[] };
    };
    const markt = extras.stadtzwilling.viewpoints.find((v) => v.id === 'marktplatz')!.position;
    const raster = walkRaster(tris);
    for (const name of ['Treptower Tor', 'Friedländer Tor', 'Stargarder Tor', 'Neues Tor']) {
      const outermost = gates
        .filter((g) => g.name === name)
        .sort((a, b) => Number(b.outer) - Number(a.outer))[0]!;
      const p = outermost.passage;
      const out = p.halfLength + 3;
      const start: Vec2 = [p.center[0] + Math.cos(p.angle) * out, p.center[1] + Math.sin(p.angle) * out];
      expect(raster.connected(start, [markt[0]!, -markt[2]!]), name).toBe(true);
    }
  });

  for (const name of ['Treptower Tor', 'Friedländer Tor', 'Stargarder Tor', 'Neues Tor']) {
    it(`${name}: open through the passage, masonry beside and above it, street under it`, () => {
      for (const gate of gates.filter((g) => g.name === name)) {
        const p = gate.passage;
        const own = solid.filter((t) => t.fid === fidOf.get(`way/${gate.osmId}`));
        expect(own.length).toBeGreaterThan(20);
        const u: Vec = [Math.cos(p.angle), 0, -Math.sin(p.angle)];
        const n: Vec2 = [-Math.sin(p.angle), Math.cos(p.angle)];
        const at = (side: number, along: number, y: number): Vec => [
          p.center[0] + n[0] * side + Math.cos(p.angle) * along,
          y,
          -(p.center[1] + n[1] * side + Math.sin(p.angle) * along),
        ];
        const reach = p.halfLength + 2;
        const clear = p.width / 2 - 0.4;
        // Horizontal rays along the lane: nothing solid (gate, wall or house) inside the opening...
        for (const side of [-clear, 0, clear])
          for (const y of [0.5, 1.6, 3.4]) expect(hits(solid, at(side, -reach, y), u, 2 * reach)).toEqual([]);
        // ...while the same rays just beside the opening run into the gate's piers.
        for (const side of [-(p.width / 2 + 0.8), p.width / 2 + 0.8])
          expect(hits(own, at(side, -reach, 1.6), u, 2 * reach).length).toBeGreaterThan(0);
        // A vertical ray at the centre: no gate triangle from 0.3 m to 3.5 m, the vault above, the street below.
        const down = hits(own, at(0, 0, 3.5), [0, -1, 0], 3.2);
        expect(down).toEqual([]);
        const up = hits(own, at(0, 0, 0.3), [0, 1, 0], 10);
        expect(Math.min(...up) + 0.3).toBeGreaterThan(3.5);
        expect(Math.min(...up) + 0.3).toBeLessThan(6);
        const streets = tris.filter((t) => t.surface === 'street');
        const floor = hits(streets, at(0, 0, 1), [0, -1, 0], 2);
        expect(floor.length).toBeGreaterThan(0);
      }
    });
  }
});
