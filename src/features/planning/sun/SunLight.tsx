import { useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Color, DirectionalLight, PCFShadowMap, Vector3 } from 'three';
import { sunDirection } from '../../../core/planning/sun-position.ts';
import { useTwinState } from '../../../twin/use-twin.ts';
import type { Planning } from '../planning.ts';
import { castCityShadows } from './city-shadows.ts';
import { shadowQuality } from './shadow-quality.ts';

const DISTANCE = 1000;
const SUN_INTENSITY = 3;
const towards = new Vector3();
const focus = new Vector3();
const noon = new Color('#fff4e0');
const dusk = new Color('#ffb070');

/**
 * The sun for the twin's clock: a directional light from where the sun stands over the city, and its
 * shadow map fitted to a square around the viewer (moved in whole texels, so shadows shimmer less as one
 * walks), sized by the quality setting, one step lower in VR.
 */
export function SunLight({ planning }: { planning: Planning }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const city = useTwinState((s) => s.city);
  const setting = planning.runtime.config.shadows;
  const light = useMemo(() => new DirectionalLight('#fff4e0', SUN_INTENSITY), []);
  // The sun of the last computed time: recomputed when the clock moved half a second, not every frame.
  const last = useMemo(() => ({ time: NaN, altitude: 0 }), []);
  useEffect(() => {
    scene.add(light, light.target);
    gl.shadowMap.enabled = setting !== 'off';
    gl.shadowMap.type = PCFShadowMap;
    light.shadow.bias = -0.0004;
    light.shadow.normalBias = 0.4;
    return () => {
      scene.remove(light, light.target);
      light.shadow.map?.dispose();
      light.shadow.map = null;
      light.dispose();
    };
  }, [gl, scene, light, setting]);
  useEffect(() => {
    if (!city || setting === 'off') return;
    const { undo, casters } = castCityShadows(city);
    planning.shadows.casters = casters;
    return undo;
  }, [city, setting, planning]);
  useFrame(({ camera }) => {
    const time = planning.runtime.time();
    if (!(Math.abs(time - last.time) < 500)) {
      const sun = planning.sun(time);
      const [x, y, z] = sunDirection(sun);
      towards.set(x, y, z);
      last.time = time;
      last.altitude = sun.altitudeDeg;
    }
    // Full strength from 3° up: a low winter sun still throws clear shadows across the sky's light.
    const up = Math.min(1, Math.max(0, last.altitude / 3));
    light.intensity = SUN_INTENSITY * up;
    light.color.lerpColors(dusk, noon, Math.min(1, Math.max(0, last.altitude / 25)));
    const quality = shadowQuality(setting, gl.xr.isPresenting);
    light.castShadow = quality !== null && up > 0;
    planning.shadows.enabled = light.castShadow;
    if (!quality) return;
    planning.shadows.mapSize = quality.mapSize;
    planning.shadows.extent = quality.extent;
    if (light.shadow.mapSize.x !== quality.mapSize) {
      light.shadow.mapSize.set(quality.mapSize, quality.mapSize);
      light.shadow.map?.dispose();
      light.shadow.map = null;
    }
    const cam = light.shadow.camera;
    if (cam.right !== quality.extent / 2) {
      Object.assign(cam, { left: -quality.extent / 2, right: quality.extent / 2, top: quality.extent / 2 });
      Object.assign(cam, { bottom: -quality.extent / 2, near: 1, far: DISTANCE * 2 });
      cam.updateProjectionMatrix();
    }
    camera.getWorldPosition(focus);
    const texel = quality.extent / quality.mapSize;
    focus.set(Math.round(focus.x / texel) * texel, 0, Math.round(focus.z / texel) * texel);
    light.target.position.copy(focus);
    light.position.copy(focus).addScaledVector(towards, DISTANCE);
    light.target.updateMatrixWorld();
  });
  return null;
}
