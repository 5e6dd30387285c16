import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildCityFromData, DEFAULT_DATA_DIR } from '../../src/pipeline/build-city.ts';
import { cityToGlb } from '../../src/pipeline/write-city.ts';
import type { Figure } from './figure.ts';
import { triangleCount } from '../../src/pipeline/mesh/mesh.ts';

// Figures of the default city: GLB size against the same city uncompressed, and triangles/draw calls
// against one mesh per building. Built from the shared OSM data in the same run.
export default async function run(report: (f: Figure) => void): Promise<void> {
  const root = join(import.meta.dirname, '../..');
  const data = join(root, DEFAULT_DATA_DIR);
  if (!existsSync(data)) throw new Error(`no city data at ${data}`);
  const city = await buildCityFromData(data);
  const compressed = await cityToGlb(city);
  const plain = await cityToGlb(city, { compress: false });
  report({
    name: 'city GLB bytes (meshopt + quantized)',
    value: compressed.byteLength,
    unit: 'bytes',
    baseline: { name: 'same city, float32, no meshopt', value: plain.byteLength },
  });
  const triangles = city.layers.reduce((n, l) => n + triangleCount(l), 0);
  report({
    name: 'city triangles',
    value: triangles,
    unit: 'triangles',
    baseline: { name: 'budget', value: 750_000 },
  });
  const primitives = city.layers.filter((l) => l.indices.length > 0).length;
  const ground = city.layers.filter((l) => l.indices.length > 0 && !l.withFeatures).length;
  report({
    name: 'city primitives (draw calls)',
    value: primitives,
    unit: 'primitives',
    baseline: { name: 'one mesh per building plus ground layers', value: city.features.length + ground },
  });
}
