import { useEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { Fog, type HemisphereLight } from 'three';
import { useStore } from 'zustand';
import { lookEffectsFor } from '../../core/look/look-setting.ts';
import { SKY_LIGHT_NAME } from '../../scene/Lights.tsx';
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
    // The sky's light on the city follows the sky: dimmed at night, given back as it was when the sky goes.
    const light = scene.getObjectByName(SKY_LIGHT_NAME) as HemisphereLight | undefined;
    look.skyLight = light ? { light, day: light.intensity } : null;
    return () => {
      if (look.skyLight) look.skyLight.light.intensity = look.skyLight.day;
      look.skyLight = null;
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
