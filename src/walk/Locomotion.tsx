import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { XRStore } from '@react-three/xr';
import type { CityModel } from '../city/city-model.ts';
import { placeAtViewpoint, placeOverview } from './start-view.ts';

/** Walking (desktop, touch, VR) starts at the Marktplatz viewpoint, else an overview of the model. */
export function Locomotion({ city }: { city: CityModel; xr: XRStore }) {
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    const viewpoint = city.extras.viewpoints.find((v) => v.id === 'marktplatz') ?? city.extras.viewpoints[0];
    if (viewpoint) placeAtViewpoint(camera, viewpoint);
    else placeOverview(camera, city.scene);
  }, [city, camera]);
  return null;
}
