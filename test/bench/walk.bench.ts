// Bench: walking on the default city. In Node with three.js on the same GLB: the JavaScript time of one VR
// frame of locomotion and collision (stick walking with ground following and wall tests, plus a teleport arc
// cast), with the BVH against the same code over one flat leaf (every triangle tested). In Chromium with
// IWER's emulated Quest 3: draw calls per eye while presenting, controller models included, against the
// desktop view's draw calls.
import { join } from 'node:path';
import { NodeIO, type Node as GltfNode } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { BufferAttribute, BufferGeometry, Matrix4, Mesh, Ray, Vector3 } from 'three';
import { readCityExtras } from '../../src/core/city/city-extras.ts';
import { forwardOf, LOCOMOTION_DEFAULTS, walkStep, yawOfHeading } from '../../src/core/walk/locomotion.ts';
import { ARC_DEFAULTS, sampleArc } from '../../src/core/walk/arc.ts';
import { createWalkCollider, type WalkCollider } from '../../src/walk/walk-collider.ts';
import { moveBody, settleBody, type Body } from '../../src/walk/walk-mover.ts';
import { launchBrowser, waitReady } from '../support/browser.ts';
import { frames, steady } from '../support/frames.ts';
import { startTestTwin } from '../support/twin.ts';
import { iwerInitScript, pitchUp, setControllerPose } from '../support/xr.ts';
import type { Figure } from './figure.ts';

const CITY = join(import.meta.dirname, '../../assets/neubrandenburg.glb');
const WALKABLE = new Set(['ground', 'street', 'square', 'green']);
const HZ = 72;

/** Run the bench and report each figure. */
export default async function run(report: (f: Figure) => void): Promise<void> {
  await frameFigures(report);
  await drawCallFigures(report);
}

async function frameFigures(report: (f: Figure) => void): Promise<void> {
  const { walkable, solid, start } = await readCity();
  const t0 = performance.now();
  const bvh = createWalkCollider(walkable, solid);
  const buildMs = performance.now() - t0;
  const t1 = performance.now();
  const flat = createWalkCollider(walkable, solid, LOCOMOTION_DEFAULTS, { maxDepth: 0, verbose: false });
  const flatMs = performance.now() - t1;
  try {
    simulate(bvh, start, 200);
    const withBvh = simulate(bvh, start, 3000);
    simulate(flat, start, 5);
    const without = simulate(flat, start, 60);
    const triangles = bvh.triangles.solid + bvh.triangles.walkable;
    report({
      name: `JS per VR frame: stick walk + collision + teleport arc, BVH (${triangles} triangles)`,
      value: round(withBvh),
      unit: 'ms',
      baseline: { name: 'same frame, every triangle tested (one flat leaf)', value: round(without) },
    });
    report({
      name: 'walk collider build (merge + two BVHs)',
      value: round(buildMs),
      unit: 'ms',
      baseline: { name: 'the same merge into one flat leaf, no tree', value: round(flatMs) },
    });
  } finally {
    bvh.dispose();
    flat.dispose();
  }
}

/** Average milliseconds per simulated 72 Hz frame over `frames` frames from the start viewpoint. */
function simulate(
  collider: WalkCollider,
  start: { eye: Vector3; headingDeg: number },
  frames: number,
): number {
  const body: Body = { feet: start.eye.clone().setY(start.eye.y - 1.6), grounded: false };
  settleBody(collider, body);
  let yaw = yawOfHeading(start.headingDeg);
  let seed = 7;
  const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const arc = new Float32Array(ARC_DEFAULTS.maxPoints * 3);
  const ray = new Ray();
  const a = new Vector3();
  const b = new Vector3();
  const t0 = performance.now();
  for (let frame = 0; frame < frames; frame++) {
    const step = walkStep(0, -1, yaw, 1.4, 1 / HZ);
    const moved = moveBody(collider, body, step.x, step.z);
    // Blocked, or every three seconds: wander off in another direction.
    if (moved < 0.5 * Math.hypot(step.x, step.z) || frame % (3 * HZ) === 0) yaw += (random() - 0.5) * Math.PI;
    const f = forwardOf(yaw);
    const n = sampleArc(arc, [body.feet.x, body.feet.y + 1.2, body.feet.z], [f.x, 0.4, f.z]);
    for (let i = 0; i + 1 < n; i++) {
      a.fromArray(arc, i * 3);
      b.fromArray(arc, i * 3 + 3);
      const length = a.distanceTo(b);
      ray.set(a, b.sub(a).divideScalar(length));
      const hit = collider.raycast(ray, length);
      if (hit) {
        if (hit.walkable) collider.fits(hit.point);
        break;
      }
    }
  }
  return (performance.now() - t0) / frames;
}

async function readCity(): Promise<{
  walkable: Mesh[];
  solid: Mesh[];
  start: { eye: Vector3; headingDeg: number };
}> {
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.read(CITY);
  const surfaceOf = (node: GltfNode | null): string | undefined => {
    for (let n = node; n; n = n.getParentNode()) {
      const s = n.getExtras().surface;
      if (typeof s === 'string') return s;
    }
    return undefined;
  };
  const walkable: Mesh[] = [];
  const solid: Mesh[] = [];
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    const surface = surfaceOf(node);
    if (surface === 'water') continue;
    for (const prim of mesh.listPrimitives()) {
      const geometry = new BufferGeometry();
      geometry.setAttribute('position', new BufferAttribute(prim.getAttribute('POSITION')!.getArray()!, 3));
      const indices = prim.getIndices()?.getArray();
      if (indices) geometry.setIndex(new BufferAttribute(indices, 1));
      const m = new Mesh(geometry);
      m.matrixAutoUpdate = false;
      m.matrix.copy(new Matrix4().fromArray(node.getWorldMatrix()));
      (WALKABLE.has(surface ?? '') ? walkable : solid).push(m);
    }
  }
  const viewpoint = readCityExtras(doc.getRoot().getExtras()).viewpoints.find((v) => v.id === 'marktplatz');
  if (!viewpoint) throw new Error(`${CITY} has no marktplatz viewpoint`);
  return {
    walkable,
    solid,
    start: { eye: new Vector3(...viewpoint.position), headingDeg: viewpoint.headingDeg },
  };
}

async function drawCallFigures(report: (f: Figure) => void): Promise<void> {
  const twin = await startTestTwin();
  const browser = await launchBrowser();
  try {
    const tab = await browser.open(twin.url, { beforeLoad: iwerInitScript({ stereo: true }) });
    const models: string[] = [];
    tab.page.on('response', (r) => {
      if (/\/input-profiles\/.*\.glb$/.test(r.url()) && r.ok()) models.push(r.url());
    });
    await waitReady(tab.page);
    const desktop = await steady(tab.page, () => window.cityTwin!.stats().drawCalls);
    await tab.page.getByTestId('enter-vr').click();
    await tab.page.waitForFunction(() => window.cityTwin!.walk()?.mode === 'vr', undefined, {
      timeout: 60_000,
    });
    // Both controller models fetched (they are parsed and drawn in the frames after).
    for (let i = 0; i < 600 && models.length < 2; i++) await frames(tab.page, 1);
    // Both controllers held up in front of the eyes, so none is culled out of the count.
    await setControllerPose(tab.page, 'left', [-0.15, 1.45, -0.45], pitchUp(-10));
    await setControllerPose(tab.page, 'right', [0.15, 1.45, -0.45], pitchUp(-10));
    // Models are parsed and added over a few (slow, software-rendered) frames: wait for the count to settle.
    const both = await steady(tab.page, () => window.cityTwin!.stats().drawCalls, { frames: 10 });
    report({
      name: `draw calls per eye presenting in VR (IWER Quest 3, stereo, ${models.length} controller models)`,
      value: both / 2,
      unit: 'calls',
      baseline: { name: 'desktop view, same start viewpoint', value: desktop },
    });
    if (tab.problems.length > 0) throw new Error(`console: ${tab.problems.join(' | ')}`);
  } finally {
    await browser.dispose();
    await twin.dispose();
  }
}

const round = (v: number): number => Number(v.toFixed(4));
