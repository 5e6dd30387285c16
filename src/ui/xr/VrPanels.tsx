import { useXR } from '@react-three/xr';
import type { CityModel } from '../../city/city-model.ts';
import { VrInfoPanel } from './VrInfoPanel.tsx';
import { VrLegend } from './VrLegend.tsx';

/** The in-world panels, shown only during an immersive session: the info panel and the legend. */
export function VrPanels({ city }: { city: CityModel }) {
  const inVR = useXR((s) => s.session !== undefined);
  if (!inVR) return null;
  return (
    <>
      <VrInfoPanel city={city} />
      <VrLegend />
    </>
  );
}
