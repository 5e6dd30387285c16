import { DoubleSide, Mesh, MeshBasicMaterial, Shape, ShapeGeometry, Vector2, Vector3 } from 'three';
import { TileFlatteningPlugin } from '3d-tiles-renderer/three/plugins';
import type { TilesRenderer } from '3d-tiles-renderer/three';

/** Flattens a tileset's mesh under footprints: a proposal's site cleared on photogrammetry. */
export interface TilesFlattening {
  /** Press the mesh above this outline (model frame, x z) down to height y; returns the undo. */
  flatten(outline: readonly (readonly [number, number])[], y: number): () => void;
  /** The mesh has been flattened on this tileset (it may still be, or be given back, as tiles show). */
  readonly used: boolean;
  dispose(): void;
}

const DOWN = new Vector3(0, -1, 0);

/**
 * The library's TileFlatteningPlugin, registered with the first shape (it keeps a copy of every active tile's
 * positions, which a city nobody plans on need not pay for) and kept until the tileset goes: with no shape
 * left it puts each tile's own positions back at the next update.
 */
export function createTilesFlattening(tiles: TilesRenderer): TilesFlattening {
  let plugin: TileFlatteningPlugin | null = null;
  const material = new MeshBasicMaterial({ side: DoubleSide });
  const shapes = new Set<Mesh>();
  const release = (shape: Mesh): void => {
    if (!shapes.delete(shape)) return;
    plugin?.deleteShape(shape);
    shape.geometry.dispose();
  };
  return {
    flatten(outline, y) {
      // A shape in the plane x, -z, laid flat (x, y, 0 to x, 0, -y) at the height, then into the tileset's frame.
      const geometry = new ShapeGeometry(new Shape(outline.map(([x, z]) => new Vector2(x, -z))));
      geometry.rotateX(-Math.PI / 2).translate(0, y, 0);
      tiles.group.updateMatrixWorld(true);
      const toTiles = tiles.group.matrixWorld.clone().invert();
      geometry.applyMatrix4(toTiles);
      const shape = new Mesh(geometry, material);
      const down = DOWN.clone().transformDirection(toTiles);
      if (!plugin) {
        plugin = new TileFlatteningPlugin();
        tiles.registerPlugin(plugin);
      }
      // The library's types still show the old third argument (a number, which it now warns about); its code
      // takes an options object, left empty: flatten whatever stands above the shape.
      const addShape = plugin.addShape.bind(plugin) as unknown as (
        mesh: Mesh,
        direction: Vector3,
        options: object,
      ) => void;
      addShape(shape, down, {});
      shapes.add(shape);
      return () => release(shape);
    },
    get used() {
      return plugin !== null;
    },
    dispose() {
      for (const shape of [...shapes]) release(shape);
      material.dispose();
    },
  };
}
