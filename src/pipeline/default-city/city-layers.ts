import { createLayer, type MeshLayer } from '../mesh/mesh.ts';

/** The default city's layers, one per surface kind; only walls and buildings carry feature ids. */
export interface CityLayers {
  ground: MeshLayer;
  street: MeshLayer;
  square: MeshLayer;
  green: MeshLayer;
  water: MeshLayer;
  wall: MeshLayer;
  building: MeshLayer;
}

/** Creates the seven empty layers. */
export function createCityLayers(): CityLayers {
  return {
    ground: createLayer('ground', false),
    street: createLayer('street', false),
    square: createLayer('square', false),
    green: createLayer('green', false),
    water: createLayer('water', false),
    wall: createLayer('wall', true),
    building: createLayer('building', true),
  };
}

/** The layers in the order of the GLB's nodes: the ground first, buildings last. */
export function orderedLayers(layers: CityLayers): MeshLayer[] {
  const l = layers;
  return [l.ground, l.green, l.water, l.street, l.square, l.wall, l.building];
}
