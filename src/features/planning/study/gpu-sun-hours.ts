import {
  AddEquation,
  Color,
  CustomBlending,
  DataTexture,
  DepthTexture,
  FloatType,
  Mesh,
  NearestFilter,
  OneFactor,
  OrthographicCamera,
  PlaneGeometry,
  RGBAFormat,
  ShaderMaterial,
  Vector3,
  WebGLRenderTarget,
  type Object3D,
  type WebGLRenderer,
} from 'three';
import { sunDirection } from '../../../core/planning/sun-position.ts';
import type { SunStep } from '../../../core/planning/sun-hours.ts';
import type { FacadeSamples } from '../../../core/planning/facade-samples.ts';
import { cellsOf, type StudySite, type SunHoursGrid } from '../../../core/planning/sun-hours-grid.ts';
import { FACADE_LIFT } from '../../../core/planning/facade-samples.ts';
import { FACADE_SHADER, GROUND_SHADER } from './sun-hours-shaders.ts';

/** Options of the GPU study. */
export interface GpuSunHoursOptions {
  /** Largest side of the depth map rendered from the sun per step, texels. */
  depthSize: number;
  /** The depth map's texel for ground cells, metres, while the site fits in `depthSize` texels. */
  groundTexel: number;
  /** The same for façade patches. */
  facadeTexel: number;
}

/**
 * At most 2048 texels; 0.3 m for the ground (a 200 m site's map, 290 m across its diagonal, has about 1000,
 * plenty for 1 m cells) and 0.15 m for the walls, fine enough that their patches agree with ray casting
 * (at 0.3 m, 1.3 % of the patches differ by more than a step). A small site draws a small map.
 */
export const GPU_SUN_HOURS_DEFAULTS: GpuSunHoursOptions = {
  depthSize: 2048,
  groundTexel: 0.3,
  facadeTexel: 0.15,
};

/** Counts, per cell of a site or per façade patch, the steps in which the sun reaches it, on the GPU. */
export interface GpuSunHours {
  run(casters: readonly Object3D[], site: StudySite, steps: readonly SunStep[]): SunHoursGrid;
  /** Hours of sun per façade patch; `site` is the square the patches lie in. */
  runFacades(
    casters: readonly Object3D[],
    samples: FacadeSamples,
    site: StudySite,
    steps: readonly SunStep[],
  ): Float32Array;
  dispose(): void;
}

const FAR = 4000;
// Façade patches per row of the counting target (and of their position and normal textures).
const ROW = 512;
const towards = new Vector3();
type Kind = 'ground' | 'facade';
const clearColour = new Color();

/**
 * Sun hours by shadow mapping: for each step, the casters' depth seen from the sun (an orthographic camera
 * over the site), then one pass over the cells or patches that adds the step where one is nearer the sun
 * than what the sun sees there. One readback at the end.
 */
export function createGpuSunHours(
  renderer: WebGLRenderer,
  options: Partial<GpuSunHoursOptions> = {},
): GpuSunHours {
  const { depthSize, groundTexel, facadeTexel } = { ...GPU_SUN_HOURS_DEFAULTS, ...options };
  if (!(depthSize >= 64 && depthSize <= 8192)) throw new Error('gpuSunHours: depthSize must be 64..8192');
  if (![groundTexel, facadeTexel].every((t) => t > 0 && t <= 100))
    throw new Error('gpuSunHours: groundTexel and facadeTexel must be in (0, 100] m');
  /** The map's side for a square of `2 * half` metres in texels of `texel`. */
  const mapSize = (half: number, texel: number): number =>
    Math.min(depthSize, Math.max(64, Math.ceil((2 * half) / texel)));
  // One depth map per kind, kept while its size stays (a study runs each kind twice).
  const depths = new Map<Kind, WebGLRenderTarget>();
  const depthOf = (kind: Kind, size: number): WebGLRenderTarget => {
    let target = depths.get(kind);
    if (target?.width === size) return target;
    target?.depthTexture?.dispose();
    target?.dispose();
    target = new WebGLRenderTarget(size, size, { depthTexture: new DepthTexture(size, size) });
    depths.set(kind, target);
    return target;
  };
  const sunCamera = new OrthographicCamera(-1, 1, 1, -1, 1, FAR);
  const counting = (shader: typeof GROUND_SHADER, uniforms: Record<string, { value: unknown }>) =>
    new ShaderMaterial({
      ...shader,
      uniforms: {
        depthMap: { value: null },
        sunMatrix: { value: sunCamera.projectionMatrix.clone() },
        bias: { value: 0.05 / FAR },
        ...uniforms,
      },
      blending: CustomBlending,
      blendEquation: AddEquation,
      blendSrc: OneFactor,
      blendDst: OneFactor,
      depthTest: false,
      depthWrite: false,
    });
  const ground = counting(GROUND_SHADER, {
    origin: { value: [0, 0] },
    cellSize: { value: 1 },
    groundY: { value: 0 },
  });
  const facade = counting(FACADE_SHADER, {
    points: { value: null },
    normals: { value: null },
    size: { value: [1, 1] },
    towards: { value: towards },
    offset: { value: FACADE_LIFT },
  });
  const quad = new Mesh(new PlaneGeometry(2, 2), ground);
  quad.frustumCulled = false;
  const quadCamera = new OrthographicCamera(-1, 1, 1, -1, 0, 1);
  // One counting target per kind, kept while its size stays (a study runs with and without the proposals).
  const targets = new Map<Kind, WebGLRenderTarget>();
  const targetOf = (kind: Kind, width: number, height: number): WebGLRenderTarget => {
    let target = targets.get(kind);
    if (target?.width !== width || target.height !== height) {
      target?.dispose();
      target = new WebGLRenderTarget(width, height);
      targets.set(kind, target);
    }
    return target;
  };

  /** Render every step's depth map and count pass into `target`; the red channel of each texel, back. */
  function count(
    casters: readonly Object3D[],
    site: StudySite,
    reach: number,
    material: ShaderMaterial,
    target: WebGLRenderTarget,
    steps: readonly SunStep[],
  ): Uint8Array {
    const half = Math.hypot(site.size / Math.SQRT2, reach) + 2;
    const kind = material === ground ? 'ground' : 'facade';
    const depth = depthOf(kind, mapSize(half, kind === 'ground' ? groundTexel : facadeTexel));
    material.uniforms.depthMap!.value = depth.depthTexture;
    Object.assign(sunCamera, { left: -half, right: half, top: half, bottom: -half });
    sunCamera.updateProjectionMatrix();
    quad.material = material;
    const saved = {
      target: renderer.getRenderTarget(),
      xr: renderer.xr.enabled,
      autoClear: renderer.autoClear,
    };
    // Off-screen passes, also during a VR session: without XR the camera given is the one used.
    renderer.xr.enabled = false;
    renderer.autoClear = false;
    const alpha = renderer.getClearAlpha();
    renderer.getClearColor(clearColour);
    renderer.setRenderTarget(target);
    renderer.setClearColor(0x000000, 0);
    renderer.clear(true, false, false);
    renderer.setClearColor(clearColour, alpha);
    try {
      for (const step of steps) {
        const [dx, dy, dz] = sunDirection(step.sun);
        towards.set(dx, dy, dz);
        sunCamera.position.set(site.x, site.y, site.z).addScaledVector(towards, FAR / 2);
        sunCamera.lookAt(site.x, site.y, site.z);
        sunCamera.updateMatrixWorld();
        renderer.setRenderTarget(depth);
        renderer.clear(false, true, false);
        for (const caster of casters) if (caster.visible) renderer.render(caster, sunCamera);
        const sunMatrix = material.uniforms.sunMatrix!.value as typeof sunCamera.projectionMatrix;
        sunMatrix.multiplyMatrices(sunCamera.projectionMatrix, sunCamera.matrixWorldInverse);
        renderer.setRenderTarget(target);
        renderer.render(quad, quadCamera);
      }
      const pixels = new Uint8Array(target.width * target.height * 4);
      renderer.readRenderTargetPixels(target, 0, 0, target.width, target.height, pixels);
      return pixels;
    } finally {
      renderer.setRenderTarget(saved.target);
      renderer.xr.enabled = saved.xr;
      renderer.autoClear = saved.autoClear;
    }
  }

  const toHours = (pixels: Uint8Array, length: number, steps: readonly SunStep[]): Float32Array => {
    const stepHours = steps[0]?.hours ?? 0;
    const hours = new Float32Array(length);
    for (let i = 0; i < length; i++) hours[i] = pixels[i * 4]! * stepHours;
    return hours;
  };

  return {
    run(casters, site, steps) {
      const cells = cellsOf(site);
      const u = ground.uniforms;
      u.origin!.value = [site.x - site.size / 2, site.z - site.size / 2];
      u.cellSize!.value = site.size / cells;
      u.groundY!.value = site.y;
      const pixels = count(casters, site, 0, ground, targetOf('ground', cells, cells), steps);
      return { site, cells, hours: toHours(pixels, cells * cells, steps) };
    },
    runFacades(casters, samples, site, steps) {
      if (samples.count === 0) return new Float32Array(0);
      const width = Math.min(ROW, samples.count);
      const height = Math.ceil(samples.count / width);
      const texture = (values: Float32Array): DataTexture => {
        const data = new Float32Array(width * height * 4);
        for (let i = 0; i < samples.count; i++) data.set(values.subarray(i * 3, i * 3 + 3), i * 4);
        const t = new DataTexture(data, width, height, RGBAFormat, FloatType);
        t.magFilter = t.minFilter = NearestFilter;
        t.needsUpdate = true;
        return t;
      };
      const points = texture(samples.positions);
      const normals = texture(samples.normals);
      let top = 0;
      for (let i = 0; i < samples.count; i++) top = Math.max(top, samples.positions[i * 3 + 1]! - site.y);
      const half = Math.hypot(site.size / Math.SQRT2, top) + 2;
      const u = facade.uniforms;
      Object.assign(u.points!, { value: points });
      Object.assign(u.normals!, { value: normals });
      u.size!.value = [width, height];
      // Where the CPU's ray starts; on a larger site, two depth-map texels, so its own wall never shades it.
      u.offset!.value = Math.max(FACADE_LIFT, (4 * half) / mapSize(half, facadeTexel));
      try {
        const pixels = count(casters, site, top, facade, targetOf('facade', width, height), steps);
        return toHours(pixels, samples.count, steps);
      } finally {
        points.dispose();
        normals.dispose();
      }
    },
    dispose() {
      for (const depth of depths.values()) {
        depth.depthTexture?.dispose();
        depth.dispose();
      }
      for (const target of targets.values()) target.dispose();
      ground.dispose();
      facade.dispose();
      quad.geometry.dispose();
    },
  };
}
