import type { BuildingFeature } from '../mesh/city-features.ts';
import { createLayer, type MeshLayer } from '../mesh/mesh.ts';

/** Some triangles of some layers as layers of their own, and the features they show, renumbered from 0. */
export interface LayerSubset {
  layers: MeshLayer[];
  features: BuildingFeature[];
}

/**
 * Copy the chosen triangles of each layer with only the vertices they use (and their texture coordinates, for a
 * textured layer); feature ids are renumbered to index the subset's own feature table, so each tile's
 * EXT_mesh_features names only its own buildings.
 */
export function subsetLayers(
  layers: readonly MeshLayer[],
  triangles: readonly Uint32Array[],
  features: readonly BuildingFeature[],
): LayerSubset {
  const featureIndex = new Map<number, number>();
  const kept: BuildingFeature[] = [];
  const out: MeshLayer[] = [];
  layers.forEach((layer, l) => {
    const list = triangles[l];
    if (!list || list.length === 0) return;
    const copy = createLayer(layer.surface, layer.withFeatures && features.length > 0);
    if (layer.texture) Object.assign(copy, { texture: layer.texture, uvs: [] });
    const vertexOf = new Map<number, number>();
    for (const t of list) {
      for (let k = 0; k < 3; k++) {
        const v = layer.indices[t * 3 + k]!;
        let w = vertexOf.get(v);
        if (w === undefined) {
          w = vertexOf.size;
          vertexOf.set(v, w);
          for (let c = 0; c < 3; c++) {
            copy.positions.push(layer.positions[v * 3 + c]!);
            copy.normals.push(layer.normals[v * 3 + c]!);
            copy.colors.push(layer.colors[v * 3 + c]!);
          }
          if (copy.withFeatures) copy.featureIds.push(localFeature(layer.featureIds[v] ?? 0));
          copy.uvs?.push(layer.uvs![v * 2]!, layer.uvs![v * 2 + 1]!);
        }
        copy.indices.push(w);
      }
    }
    out.push(copy);
  });
  return { layers: out, features: kept };

  function localFeature(id: number): number {
    let local = featureIndex.get(id);
    if (local === undefined) {
      local = kept.length;
      featureIndex.set(id, local);
      kept.push(features[id] ?? features[0]!);
    }
    return local;
  }
}

/** Several subsets as one: layers of a kind joined, features deduplicated by id and renumbered. */
export function mergeSubsets(subsets: readonly LayerSubset[]): LayerSubset {
  const features: BuildingFeature[] = [];
  const featureIndex = new Map<string, number>();
  const layers = new Map<string, MeshLayer>();
  const images: Uint8Array[] = [];
  for (const subset of subsets) {
    const remap = subset.features.map((f) => {
      let i = featureIndex.get(f.id);
      if (i === undefined) {
        i = features.length;
        featureIndex.set(f.id, i);
        features.push(f);
      }
      return i;
    });
    for (const layer of subset.layers) {
      let into = layers.get(layerKey(layer, images));
      if (!into) {
        into = createLayer(layer.surface, layer.withFeatures);
        if (layer.texture) Object.assign(into, { texture: layer.texture, uvs: [] });
        layers.set(layerKey(layer, images), into);
      }
      const base = into.positions.length / 3;
      for (const v of layer.positions) into.positions.push(v);
      for (const v of layer.normals) into.normals.push(v);
      for (const v of layer.colors) into.colors.push(v);
      for (const id of layer.featureIds) into.featureIds.push(remap[id] ?? 0);
      for (const v of layer.uvs ?? []) into.uvs?.push(v);
      for (const i of layer.indices) into.indices.push(base + i);
    }
  }
  return { layers: [...layers.values()], features };
}

/** Layers of one kind, with or without ids, drawn with the same image (or none) become one. */
function layerKey(layer: MeshLayer, images: Uint8Array[]): string {
  const image = layer.texture?.image;
  if (image && !images.includes(image)) images.push(image);
  return `${layer.surface}/${layer.withFeatures}/${image ? images.indexOf(image) : ''}`;
}

const WALKABLE: readonly string[] = ['ground', 'street', 'square', 'green'];

/**
 * One `ground` layer from every walkable layer (street, square, green, ground), the others as they are: a tile
 * draws in one call what the walker treats alike anyway, and vertex colours keep the streets grey.
 */
export function joinWalkable(subset: LayerSubset): LayerSubset {
  // Textured ground keeps its own layer: its image draws it, not vertex colours.
  const walkable = subset.layers.filter((l) => WALKABLE.includes(l.surface) && !l.withFeatures && !l.texture);
  if (walkable.length < 2) return subset;
  const joined = mergeSubsets([
    { layers: walkable.map((l) => ({ ...l, surface: 'ground' as const })), features: [] },
  ]);
  return {
    layers: [...joined.layers, ...subset.layers.filter((l) => !walkable.includes(l))],
    features: subset.features,
  };
}
