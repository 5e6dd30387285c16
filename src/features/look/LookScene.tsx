import { useEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { Fog } from 'three';
import { useStore } from 'zustand';
import { lookEffectsFor } from '../../core/look/look-setting.ts';
import { useTwinState } from '../../twin/use-twin.ts';
import { occludeCity } from './city-occlusion.ts';
import type { Look } from './look.ts';
import { createSkyDome } from './sky-dome.ts';

/** The look in the 3D scene: the sky dome, the fog and the city's occlusion, each on while its effect is. */
export function LookScene({ look }: { look: Look }) {
  const scene = useThree((s) => s.scene);
  const city = useTwinState((s) => s.city);
  const inVR = useXR((s) => s.session !== undefined);
  const effects = lookEffectsFor(
    useStore(look.store, (s) => s.effects),
    inVR,
  );
  const sky = effects.includes('sky');
  const fog = effects.includes('fog');
  const ao = effects.includes('ao');
  useEffect(() => {
    if (!sky) return;
    const dome = createSkyDome();
    scene.add(dome.mesh);
    look.dome = dome;
    return () => {
      look.dome = null;
      dome.dispose();
    };
  }, [sky, scene, look]);
  useEffect(() => {
    if (!fog) return;
    const before = scene.fog;
    const own = new Fog(0xffffff, look.fogOptions.near, look.fogOptions.far);
    scene.fog = own;
    look.fog = own;
    return () => {
      look.fog = null;
      if (scene.fog === own) scene.fog = before;
    };
  }, [fog, scene, look]);
  useEffect(() => (ao && city ? occludeCity(city) : undefined), [ao, city]);
  useFrame(() => look.tick());
  return null;
}
