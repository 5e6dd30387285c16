import { Document, type Material, type Node } from '@gltf-transform/core';
import type { BuiltCity } from '../mesh/city-features.ts';
import type { LayerTexture, MeshLayer } from '../mesh/mesh.ts';
import type { PackedLayer } from '../mesh/packed-layer.ts';
import { EXTMeshFeaturesIO, EXT_MESH_FEATURES } from './mesh-features.ts';
import { EXTStructuralMetadataIO, EXT_STRUCTURAL_METADATA } from './structural-metadata.ts';
import { BUILDING_SCHEMA, featuresToTable } from './feature-schema.ts';

/** The vertex attribute that carries feature ids (`attribute: 0` in EXT_mesh_features). */
export const FEATURE_ID_ATTRIBUTE = '_FEATURE_ID_0';

/** Builds an uncompressed glTF-Transform Document from a built city: one node+mesh+primitive per layer. */
export function cityToDocument(city: BuiltCity, extras: Record<string, unknown> = {}): Document {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const root = doc.getRoot();
  const scene = doc.createScene('city');
  root.setDefaultScene(scene);
  const features = doc.createExtension(EXTMeshFeaturesIO);
  if (city.features.length > 0) {
    const meta = doc.createExtension(EXTStructuralMetadataIO).createStructuralMetadata();
    meta.setSchema(BUILDING_SCHEMA).setPropertyTables([featuresToTable(city.features)]);
    root.setExtension(EXT_STRUCTURAL_METADATA, meta);
  }
  const material = doc
    .createMaterial('vertex-colour')
    .setBaseColorFactor([1, 1, 1, 1])
    .setRoughnessFactor(0.9)
    .setMetallicFactor(0);
  const water = doc
    .createMaterial('water')
    .setBaseColorFactor([1, 1, 1, 1])
    .setRoughnessFactor(0.15)
    .setMetallicFactor(0);
  const textured = new Map<Uint8Array, Material>();
  for (const layer of [...city.layers, ...(city.packed ?? [])]) {
    if (layer.indices.length === 0) continue;
    const texture = 'texture' in layer ? layer.texture : undefined;
    const own = texture && texturedMaterial(doc, texture, textured);
    const node = addLayer(doc, layer, own || (layer.surface === 'water' ? water : material), buffer);
    const prim = node.getMesh()?.listPrimitives()[0];
    if (prim && layer.withFeatures && city.features.length > 0) {
      const distinct = new Set(layer.featureIds).size;
      prim.setExtension(
        EXT_MESH_FEATURES,
        features
          .createMeshFeatures()
          .setFeatureIds([{ featureCount: distinct, attribute: 0, propertyTable: 0 }]),
      );
    }
    scene.addChild(node);
  }
  if (!features.listProperties().length) features.dispose();
  root.setExtras({
    ...extras,
    stadtzwilling: {
      origin: city.origin,
      attribution: city.attribution,
      viewpoints: city.viewpoints,
      featureCount: city.features.length,
    },
  });
  return doc;
}

/** One material per image (photogrammetry's textures), made the first time a layer uses it. */
function texturedMaterial(doc: Document, texture: LayerTexture, made: Map<Uint8Array, Material>): Material {
  let material = made.get(texture.image);
  if (!material) {
    const image = doc
      .createTexture(`texture-${made.size}`)
      .setImage(texture.image)
      .setMimeType(texture.mimeType);
    material = doc
      .createMaterial(`textured-${made.size}`)
      .setBaseColorTexture(image)
      .setRoughnessFactor(0.9)
      .setMetallicFactor(0);
    made.set(texture.image, material);
  }
  return material;
}

/** Adds one layer as a node with one mesh and one primitive, its arrays in `buffer`. */
export function addLayer(
  doc: Document,
  layer: MeshLayer | PackedLayer,
  material: Material,
  buffer: ReturnType<Document['createBuffer']>,
): Node {
  const vertexCount = layer.positions.length / 3;
  const acc = (type: 'VEC2' | 'VEC3' | 'SCALAR', array: Float32Array | Uint16Array | Uint32Array) =>
    doc.createAccessor().setType(type).setArray(array).setBuffer(buffer);
  // A packed layer's typed arrays are adopted as they are; a growing one's are copied into typed arrays.
  const packed = Array.isArray(layer.positions) ? null : (layer as PackedLayer);
  const f32 = (a: number[] | Float32Array): Float32Array =>
    a instanceof Float32Array ? a : new Float32Array(a);
  const indices = packed
    ? packed.indices
    : vertexCount > 65535
      ? new Uint32Array(layer.indices)
      : new Uint16Array(layer.indices);
  const prim = doc
    .createPrimitive()
    .setMaterial(material)
    .setAttribute('POSITION', acc('VEC3', f32(layer.positions)))
    .setAttribute('NORMAL', acc('VEC3', f32(layer.normals)))
    .setAttribute('COLOR_0', acc('VEC3', f32(layer.colors)))
    .setIndices(acc('SCALAR', indices));
  const uvs = 'uvs' in layer && layer.texture ? layer.uvs : undefined;
  if (uvs) prim.setAttribute('TEXCOORD_0', acc('VEC2', new Float32Array(uvs)));
  if (layer.withFeatures) {
    let max = 0;
    for (const v of layer.featureIds) max = Math.max(max, v);
    const ids = packed
      ? packed.featureIds
      : max < 65535
        ? new Uint16Array(layer.featureIds)
        : new Float32Array(layer.featureIds);
    prim.setAttribute(FEATURE_ID_ATTRIBUTE, acc('SCALAR', ids));
  }
  const mesh = doc.createMesh(layer.surface).addPrimitive(prim);
  return doc.createNode(layer.surface).setMesh(mesh).setExtras({ surface: layer.surface });
}
