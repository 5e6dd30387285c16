// Writes assets/utilities/sample-network.geojson: a plausible utility network under the default city's
// streets, in EPSG:25833, marked as sample data. Run: npx tsx src/pipeline/utilities/make-sample-network.ts
import { join } from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';
import { cityOriginOf, readGlb, trianglesOf } from '../gltf/read-glb.ts';
import type { Vec2 } from '../mesh/polygon.ts';
import { sampleNetwork } from './sample-network.ts';

const root = join(import.meta.dirname, '../../..');
const doc = await readGlb(join(root, 'assets/neubrandenburg.glb'));
const origin = cityOriginOf(doc);
if (!origin) throw new Error('the default city has no georeference origin');
// Street triangles on the ground plane ([east, north] = [x, -z]), in 4 m buckets for the point test.
const buckets = new Map<string, [Vec2, Vec2, Vec2][]>();
const key = (e: number, n: number): string => `${Math.floor(e / 4)},${Math.floor(n / 4)}`;
for (const t of trianglesOf(doc)) {
  if (t.surface !== 'street' && t.surface !== 'square') continue;
  const tri = [t.a, t.b, t.c].map((p): Vec2 => [p[0], -p[2]]) as [Vec2, Vec2, Vec2];
  const es = tri.map((p) => p[0]);
  const ns = tri.map((p) => p[1]);
  for (let e = Math.floor(Math.min(...es) / 4); e <= Math.floor(Math.max(...es) / 4); e++)
    for (let n = Math.floor(Math.min(...ns) / 4); n <= Math.floor(Math.max(...ns) / 4); n++) {
      const list = buckets.get(`${e},${n}`) ?? [];
      list.push(tri);
      buckets.set(`${e},${n}`, list);
    }
}
const side = (p: Vec2, a: Vec2, b: Vec2): number =>
  (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
const onStreet = (p: Vec2): boolean =>
  (buckets.get(key(p[0], p[1])) ?? []).some(([a, b, c]) => {
    const s = [side(p, a, b), side(p, b, c), side(p, c, a)];
    return s.every((v) => v >= 0) || s.every((v) => v <= 0);
  });
const lines = sampleNetwork(onStreet);
const collection = {
  type: 'FeatureCollection',
  name: 'Beispielnetz Altstadt Neubrandenburg',
  sample: true,
  note: 'Sample data generated along the streets of the default city model: not the lines of any real network operator.',
  crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25833' } },
  features: lines.map((line) => ({
    type: 'Feature',
    id: line.id,
    properties: { type: line.type, diameterM: line.diameterM, depthM: line.depthM, owner: line.owner },
    geometry: {
      type: 'LineString',
      coordinates: line.points.map(([e, n]) => [
        Math.round((origin.easting + e) * 100) / 100,
        Math.round((origin.northing + n) * 100) / 100,
      ]),
    },
  })),
};
await writeFileAtomic(
  join(root, 'assets/utilities/sample-network.geojson'),
  `${JSON.stringify(collection)}\n`,
);
console.log(`${lines.length} sample lines written`);
