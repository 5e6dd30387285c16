import type { XRStore } from '@react-three/xr';
import type { CityModel } from '../city/city-model.ts';

/** DOM controls for walking: Enter VR, viewpoints, help, touch joystick. */
export function WalkOverlay(_props: { xr: XRStore; city: CityModel | null }) {
  return null;
}
