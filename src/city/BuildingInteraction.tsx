import type { CityModel } from './city-model.ts';

/** Pointing at a building (mouse, touch, controller ray) selects it for the info panel. */
export function BuildingInteraction(_props: { city: CityModel }) {
  return null;
}
