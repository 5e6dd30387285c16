import { InfoPanel } from './InfoPanel.tsx';
import { Legend } from './Legend.tsx';

/** The legend and the info panel of the selected building, over the 3D view. */
export function BuildingOverlay() {
  return (
    <>
      <Legend />
      <InfoPanel />
    </>
  );
}
