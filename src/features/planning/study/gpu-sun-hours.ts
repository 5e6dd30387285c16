import {
  AddEquation,
  Color,
  CustomBlending,
  DepthTexture,
  Mesh,
  OneFactor,
  OrthographicCamera,
  PlaneGeometry,
  ShaderMaterial,
  Vector3,
  WebGLRenderTarget,
  type Object3D,
  type WebGLRenderer,
} from 'three';
import { sunDirection } from '../../../core/planning/sun-position.ts';
import type { SunStep } from '../../../core/planning/sun-hours.ts';
import { cellsOf, type StudySite, type SunHoursGrid } from '../../../core/planning/sun-hours-grid.ts';

/** Options of the GPU study. */
export interface GpuSunHoursOptions {
  /** Side of the depth map rendered from the sun per step, texels. */
  depthSize: number;
}

/** 1024 texels: about 0.28 m per texel over a 200 m site, sharp enough for 1 m cells. */
export const GPU_SUN_HOURS_DEFAULTS: GpuSunHoursOptions = { depthSize: 1024 };

/** Counts, per cell of a site, the steps in which the sun reaches it, on the GPU. */
export interface GpuSunHours {
  run(casters: readonly Object3D[], site: StudySite, steps: readonly SunStep[]): SunHoursGrid;
  dispose(): void;
}

const FAR = 4000;
// Each lit step adds one to the cell's red channel: exact in 8 bits for up to 255 steps (a day has 96).
const COUNT_SHADER = {
  vertexShader: 'void main() { gl_Position = vec4(position.xy, 0.0, 1.0); }',
  fragmentShader: `
uniform sampler2D depthMap;
uniform mat4 sunMatrix;
uniform vec2 origin;
uniform float cellSize;
uniform float groundY;
uniform float bias;
void main() {
  vec2 cell = floor(gl_FragCoord.xy) + 0.5;
  vec4 clip = sunMatrix * vec4(origin.x + cell.x * cellSize, groundY, origin.y + cell.y * cellSize, 1.0);
  vec3 ndc = clip.xyz / clip.w;
  float seen = texture2D(depthMap, ndc.xy * 0.5 + 0.5).r;
  float lit = ndc.z * 0.5 + 0.5 - bias <= seen ? 1.0 : 0.0;
  gl_FragColor = vec4(lit / 255.0, 0.0, 0.0, 0.0);
}`,
};

const towards = new Vector3();
const clearColour = new Color();

/**
 * Sun hours by shadow mapping: for each step, the casters' depth seen from the sun (an orthographic camera
 * over the site), then one pass over the site's cells that adds the step where a cell is nearer the sun than
 * what the sun sees there. One readback at the end.
 */
export function createGpuSunHours(
  renderer: WebGLRenderer,
  options: Partial<GpuSunHoursOptions> = {},
): GpuSunHours {
  const { depthSize } = { ...GPU_SUN_HOURS_DEFAULTS, ...options };
  if (!(depthSize >= 64 && depthSize <= 8192)) throw new Error('gpuSunHours: depthSize must be 64..8192');
  const depthTarget = new WebGLRenderTarget(depthSize, depthSize, {
    depthTexture: new DepthTexture(depthSize, depthSize),
  });
  const sunCamera = new OrthographicCamera(-1, 1, 1, -1, 1, FAR);
  const material = new ShaderMaterial({
    ...COUNT_SHADER,
    uniforms: {
      depthMap: { value: depthTarget.depthTexture },
      sunMatrix: { value: sunCamera.projectionMatrix.clone() },
      origin: { value: [0, 0] },
      cellSize: { value: 1 },
      groundY: { value: 0 },
      bias: { value: 0 },
    },
    blending: CustomBlending,
    blendEquation: AddEquation,
    blendSrc: OneFactor,
    blendDst: OneFactor,
    depthTest: false,
    depthWrite: false,
  });
  const quad = new Mesh(new PlaneGeometry(2, 2), material);
  quad.frustumCulled = false;
  const quadCamera = new OrthographicCamera(-1, 1, 1, -1, 0, 1);
  let countTarget: WebGLRenderTarget | null = null;

  return {
    run(casters, site, steps) {
      const cells = cellsOf(site);
      if (countTarget?.width !== cells) {
        countTarget?.dispose();
        countTarget = new WebGLRenderTarget(cells, cells);
      }
      const half = (site.size * Math.SQRT2) / 2 + 2;
      Object.assign(sunCamera, { left: -half, right: half, top: half, bottom: -half });
      sunCamera.updateProjectionMatrix();
      const u = material.uniforms;
      u.origin!.value = [site.x - site.size / 2, site.z - site.size / 2];
      u.cellSize!.value = site.size / cells;
      u.groundY!.value = site.y;
      u.bias!.value = 0.05 / FAR;
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
      renderer.setRenderTarget(countTarget);
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
          renderer.setRenderTarget(depthTarget);
          renderer.clear(false, true, false);
          for (const caster of casters) if (caster.visible) renderer.render(caster, sunCamera);
          u.sunMatrix!.value.multiplyMatrices(sunCamera.projectionMatrix, sunCamera.matrixWorldInverse);
          renderer.setRenderTarget(countTarget);
          renderer.render(quad, quadCamera);
        }
        const pixels = new Uint8Array(cells * cells * 4);
        renderer.readRenderTargetPixels(countTarget, 0, 0, cells, cells, pixels);
        const stepHours = steps[0]?.hours ?? 0;
        const hours = new Float32Array(cells * cells);
        for (let i = 0; i < hours.length; i++) hours[i] = pixels[i * 4]! * stepHours;
        return { site, cells, hours };
      } finally {
        renderer.setRenderTarget(saved.target);
        renderer.xr.enabled = saved.xr;
        renderer.autoClear = saved.autoClear;
      }
    },
    dispose() {
      depthTarget.depthTexture?.dispose();
      depthTarget.dispose();
      countTarget?.dispose();
      material.dispose();
      quad.geometry.dispose();
    },
  };
}
