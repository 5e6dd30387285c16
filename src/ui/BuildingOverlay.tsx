/** The legend and the info panel of the selected building, over the 3D view. */
export function BuildingOverlay() {
  return null;
}
