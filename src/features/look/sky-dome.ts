import { BackSide, Color, Mesh, SRGBColorSpace, ShaderMaterial, SphereGeometry, Vector3 } from 'three';
import type { SkyColours } from '../../core/look/sky-colours.ts';

/** The sky around the viewer: a gradient from the horizon to the zenith, the sun's disc and glow, stars at night. */
export interface SkyDome {
  readonly mesh: Mesh;
  /** Colour the sky for the sun towards `sun` (unit vector, model frame); allocates nothing. */
  update(colours: SkyColours, sun: Vector3): void;
  dispose(): void;
}

// Directions only: the dome is drawn as if at infinity around each eye, before everything else and without
// depth, so it costs one pass over the pixels the city leaves free and never cuts into far geometry.
const VERTEX = /* glsl */ `
varying vec3 vDirection;
void main() {
  vDirection = position;
  vec4 clip = projectionMatrix * vec4(mat3(viewMatrix) * position, 1.0);
  gl_Position = vec4(clip.xy, 0.0, clip.w);
}`;

const FRAGMENT = /* glsl */ `
uniform vec3 zenith;
uniform vec3 horizon;
uniform vec3 sunDirection;
uniform float sunStrength;
uniform float stars;
varying vec3 vDirection;
float hash(vec3 p) { return fract(sin(dot(p, vec3(12.9898, 78.233, 37.719))) * 43758.5453); }
void main() {
  vec3 d = normalize(vDirection);
  float up = clamp(d.y, 0.0, 1.0);
  vec3 colour = mix(horizon, zenith, pow(up, 0.45));
  float towards = max(dot(d, sunDirection), 0.0);
  colour += sunStrength * (vec3(1.0, 0.85, 0.6) * pow(towards, 48.0) * 0.35 + vec3(1.0, 0.95, 0.85) * smoothstep(0.9994, 0.9997, towards) * 4.0);
  vec3 cell = floor(d * 240.0);
  colour += stars * step(0.9975, hash(cell)) * smoothstep(0.02, 0.2, d.y) * vec3(0.8);
  gl_FragColor = vec4(colour, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}`;

/** Create the dome; add `mesh` to the scene, and `dispose()` it when done. */
export function createSkyDome(): SkyDome {
  const geometry = new SphereGeometry(1, 48, 24);
  const uniforms = {
    zenith: { value: new Color() },
    horizon: { value: new Color() },
    sunDirection: { value: new Vector3(0, 1, 0) },
    sunStrength: { value: 0 },
    stars: { value: 0 },
  };
  const material = new ShaderMaterial({
    name: 'look-sky',
    vertexShader: VERTEX,
    fragmentShader: FRAGMENT,
    uniforms,
    side: BackSide,
    depthTest: false,
    depthWrite: false,
    fog: false,
  });
  const mesh = new Mesh(geometry, material);
  mesh.name = 'look-sky';
  mesh.frustumCulled = false;
  mesh.renderOrder = -1000;
  // The dome is not something to pick, walk on or cast a shadow with.
  mesh.raycast = () => {};
  return {
    mesh,
    update(colours, sun) {
      uniforms.zenith.value.setRGB(...colours.zenith, SRGBColorSpace);
      uniforms.horizon.value.setRGB(...colours.horizon, SRGBColorSpace);
      uniforms.sunDirection.value.copy(sun);
      uniforms.sunStrength.value = colours.sun;
      uniforms.stars.value = colours.stars;
    },
    dispose() {
      mesh.removeFromParent();
      geometry.dispose();
      material.dispose();
    },
  };
}
