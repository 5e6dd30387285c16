// Bench: the city in Chromium (load to first frame, draw calls, triangles) and, in Node with three.js on the
// same GLB, picking per ray with and without the BVH and 10,000 sensor colours through the lookup texture
// against a material colour per building. Every figure carries a baseline measured in the same run.
import { join } from 'node:path';
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import {
  BufferAttribute,
  BufferGeometry,
  Matrix4,
  Mesh,
  MeshStandardMaterial,
  Raycaster,
  Vector3,
} from 'three';
import { MeshBVH, acceleratedRaycast } from 'three-mesh-bvh';
import { colourFor } from '../../src/core/colour/colour-scale.ts';
import { createFeatureColours } from '../../src/city/feature-colours.ts';
import { launchBrowser, waitReady } from '../support/browser.ts';
import { steady } from '../support/frames.ts';
import { startTestTwin } from '../support/twin.ts';
import type { Figure } from './figure.ts';

const ROOT = join(import.meta.dirname, '../..');
const CITY = join(ROOT, 'assets/neubrandenburg.glb');
const TINY = './fixtures/footprints/unsegmented.glb';
const FEATURE_ID = '_FEATURE_ID_0';

/** Run the bench and report each figure. */
export default async function run(report: (f: Figure) => void): Promise<void> {
  const city = await readCity();
  await browserFigures(city, report);
  pickingFigures(city, report);
  colourFigures(city.features, report);
}

async function browserFigures(city: NodeCity, report: (f: Figure) => void): Promise<void> {
  const twin = await startTestTwin();
  const browser = await launchBrowser();
  try {
    const firstFrame = async (
      query: string,
    ): Promise<{ ms: number; drawCalls: number; triangles: number; buildings: number }> => {
      const tab = await browser.open(twin.url + query);
      await waitReady(tab.page);
      const ms = await tab.page.evaluate(() => performance.now());
      // The figures of a settled frame at the start view: the draw calls the same three frames in a row.
      await steady(tab.page, () => window.cityTwin!.stats().drawCalls);
      const stats = await tab.page.evaluate(() => window.cityTwin!.stats());
      await tab.page.close();
      return { ms, drawCalls: stats.drawCalls, triangles: stats.triangles, buildings: stats.buildings };
    };
    const tiny: number[] = [];
    const full: number[] = [];
    let view = { drawCalls: 0, triangles: 0 };
    for (let i = 0; i < 3; i++) {
      tiny.push((await firstFrame(`?city=${TINY}`)).ms);
      const f = await firstFrame('');
      full.push(f.ms);
      view = f;
    }
    report({
      name: 'load to first frame, default city (navigation start to city:ready, median of 3)',
      value: Math.round(median(full)),
      unit: 'ms',
      baseline: { name: 'same page with a 16-triangle fixture city', value: Math.round(median(tiny)) },
    });
    report({
      name: 'draw calls, default city at the start view',
      value: view.drawCalls,
      unit: 'draw calls',
      // One mesh per building needs a draw call per building, plus the ground layers (counted in the GLB).
      baseline: {
        name: 'same city as one mesh per building (features + other primitives of the GLB)',
        value: city.features + city.otherPrimitives,
      },
    });
    report({
      name: 'triangles drawn, default city at the start view',
      value: view.triangles,
      unit: 'triangles',
      baseline: { name: 'budget of issue 3', value: 750_000 },
    });
  } finally {
    await browser.dispose();
    await twin.dispose();
  }
}

export interface NodeCity {
  meshes: Mesh[];
  features: number;
  /** Primitives without feature ids: ground, streets, water. */
  otherPrimitives: number;
}

export async function readCity(): Promise<NodeCity> {
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.read(CITY);
  const meshes: Mesh[] = [];
  let features = 0;
  let otherPrimitives = 0;
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    const matrix = new Matrix4().fromArray(node.getWorldMatrix());
    for (const primitive of mesh.listPrimitives()) {
      const ids = primitive.getAttribute(FEATURE_ID);
      const position = primitive.getAttribute('POSITION');
      const indices = primitive.getIndices();
      if (!ids) otherPrimitives++;
      if (!ids || !position || !indices) continue;
      // Dequantised world positions, as the GPU sees them.
      const xyz = new Float32Array(position.getCount() * 3);
      const p = new Vector3();
      const el: number[] = [];
      for (let i = 0; i < position.getCount(); i++) {
        position.getElement(i, el);
        p.set(el[0]!, el[1]!, el[2]!)
          .applyMatrix4(matrix)
          .toArray(xyz, i * 3);
        features = Math.max(features, ids.getScalar(i) + 1);
      }
      const geometry = new BufferGeometry();
      geometry.setAttribute('position', new BufferAttribute(xyz, 3));
      geometry.setIndex(new BufferAttribute(new Uint32Array(indices.getArray()!), 1));
      meshes.push(new Mesh(geometry));
    }
  }
  return { meshes, features, otherPrimitives };
}

function pickingFigures(city: NodeCity, report: (f: Figure) => void): void {
  const box = {
    min: new Vector3(Infinity, Infinity, Infinity),
    max: new Vector3(-Infinity, -Infinity, -Infinity),
  };
  for (const mesh of city.meshes) {
    mesh.geometry.computeBoundingBox();
    box.min.min(mesh.geometry.boundingBox!.min);
    box.max.max(mesh.geometry.boundingBox!.max);
  }
  // Rays as visitors cast them: from eye height on the ground and from a raised view, towards buildings.
  let seed = 7;
  const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const rays = Array.from({ length: 2000 }, (_, i) => {
    const at = (): Vector3 =>
      new Vector3(
        box.min.x + random() * (box.max.x - box.min.x),
        0,
        box.min.z + random() * (box.max.z - box.min.z),
      );
    const origin = at().setY(i % 2 === 0 ? 1.7 : 60);
    const target = at().setY(random() * 15);
    return { origin, direction: target.sub(origin).normalize() };
  });
  const raycaster = new Raycaster();
  const cast = (count: number): { ms: number; hits: number[] } => {
    const hits: number[] = [];
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      raycaster.set(rays[i]!.origin, rays[i]!.direction);
      const found = raycaster.intersectObjects(city.meshes, false);
      hits.push(found[0]?.distance ?? -1);
    }
    return { ms: (performance.now() - t0) / count, hits };
  };
  const plain = cast(150);
  // Scale for the build: one pass over the same vertices.
  const b0 = performance.now();
  for (const mesh of city.meshes) mesh.geometry.computeBoundingBox();
  const boxMs = performance.now() - b0;
  const t0 = performance.now();
  for (const mesh of city.meshes) {
    mesh.geometry.boundsTree = new MeshBVH(mesh.geometry);
    mesh.raycast = acceleratedRaycast;
  }
  const buildMs = performance.now() - t0;
  raycaster.firstHitOnly = true;
  cast(200);
  const fast = cast(rays.length);
  const mismatches = plain.hits.filter((d, i) => Math.abs(d - fast.hits[i]!) > 1e-3).length;
  if (mismatches > 0) throw new Error(`BVH and plain raycasts disagree on ${mismatches} rays`);
  report({
    name: 'picking: time per ray on the default city, BVH (first hit)',
    value: Number((fast.ms * 1000).toFixed(1)),
    unit: 'µs/ray',
    baseline: { name: 'three.js Mesh.raycast without BVH', value: Number((plain.ms * 1000).toFixed(1)) },
  });
  report({
    name: 'picking: BVH build for the feature meshes (once per city)',
    value: Math.round(buildMs),
    unit: 'ms',
    baseline: { name: 'one bounding-box pass over the same vertices', value: Number(boxMs.toFixed(2)) },
  });
  for (const mesh of city.meshes) mesh.geometry.dispose();
}

function colourFigures(features: number, report: (f: Figure) => void): void {
  const n = Math.max(10_000, features);
  const colours = createFeatureColours(n);
  const materials = Array.from({ length: n }, () => new MeshStandardMaterial());
  const lookupTimes: number[] = [];
  const materialTimes: number[] = [];
  for (let round = 0; round < 12; round++) {
    const rgb = Array.from({ length: n }, (_, i) => colourFor(5 + ((i * 7 + round * 3) % 30)));
    let t0 = performance.now();
    for (let i = 0; i < n; i++) colours.setTarget(i, rgb[i]!);
    // One tick longer than the fade: every texel reaches its colour and the texture is marked for upload.
    colours.tick(1);
    const lookup = performance.now() - t0;
    t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const [r, g, b] = rgb[i]!;
      materials[i]!.color.setRGB(r / 255, g / 255, b / 255, 'srgb');
    }
    const material = performance.now() - t0;
    if (round >= 3) {
      lookupTimes.push(lookup);
      materialTimes.push(material);
    }
  }
  report({
    name: `colours: ${n.toLocaleString('en')} readings into the lookup texture (one material, one upload)`,
    value: Number(median(lookupTimes).toFixed(2)),
    unit: 'ms/batch',
    baseline: {
      name: `MeshStandardMaterial per building, color.set (CPU only; it also costs ${n} draw calls per frame)`,
      value: Number(median(materialTimes).toFixed(2)),
    },
  });
  colours.dispose();
  for (const m of materials) m.dispose();
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
