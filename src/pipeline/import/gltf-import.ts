import type { Document, Node } from '@gltf-transform/core';
import { dequantize, flatten, getBounds, join, transformPrimitive } from '@gltf-transform/functions';
import type { BuildingFeature } from '../mesh/city-features.ts';
import { EXTMeshFeaturesIO, EXT_MESH_FEATURES, type MeshFeatures } from '../gltf/mesh-features.ts';
import { EXTStructuralMetadataIO, EXT_STRUCTURAL_METADATA } from '../gltf/structural-metadata.ts';
import { BUILDING_SCHEMA, featuresToTable } from '../gltf/feature-schema.ts';
import { FEATURE_ID_ATTRIBUTE } from '../gltf/city-document.ts';

/** How an imported glTF's buildings are identified. */
export type Segmentation = 'mesh-features' | 'nodes' | 'none';

/**
 * Prepares an imported glTF for the contract, in place: keeps EXT_mesh_features when present, turns
 * one-node-per-building into features (ids from node name/extras), passes an unsegmented mesh through.
 */
export async function segmentGltf(
  doc: Document,
): Promise<{ segmentation: Segmentation; featureCount: number }> {
  const root = doc.getRoot();
  const prims = root.listMeshes().flatMap((m) => m.listPrimitives());
  if (prims.some((p) => p.getExtension(EXT_MESH_FEATURES))) {
    markSurfaces(doc, 'building');
    const count =
      root
        .getExtension<
          { getPropertyTables(): { count: number }[] } & import('@gltf-transform/core').ExtensionProperty
        >(EXT_STRUCTURAL_METADATA)
        ?.getPropertyTables()[0]?.count ?? 0;
    return { segmentation: 'mesh-features', featureCount: count };
  }
  const meshNodes = root.listNodes().filter((n) => n.getMesh());
  if (meshNodes.length <= 1) {
    // A photogrammetry mesh carries its terrain too, so it is the walkable ground.
    markSurfaces(doc, 'ground');
    return { segmentation: 'none', featureCount: 0 };
  }
  await doc.transform(dequantize(), flatten());
  const features: BuildingFeature[] = [];
  meshNodes.forEach((node, i) => {
    const mesh = node.getMesh();
    if (!mesh) return;
    const box = getBounds(node);
    const extras = node.getExtras();
    const text = (k: string): string =>
      typeof extras[k] === 'string' || typeof extras[k] === 'number' ? String(extras[k]) : '';
    const taken = new Set(features.map((f) => f.id));
    let id = text('id') || node.getName() || `node-${i}`;
    if (taken.has(id)) id = `${id}-${i}`;
    const height = Number(text('height')) || Math.round((box.max[1] - box.min[1]) * 100) / 100;
    features.push({
      id,
      name: text('name') || node.getName(),
      address: text('address'),
      height,
      roof: text('roof'),
      use: text('use') || 'building',
      source: 'import',
      osm_id: text('osm_id'),
    });
    const fid = features.length - 1;
    // Bake the world transform into a private copy of every primitive, then tag its vertices.
    const matrix = node.getWorldMatrix();
    const own = doc.createMesh(mesh.getName());
    for (const prim of mesh.listPrimitives()) {
      const copy = prim.clone();
      for (const semantic of copy.listSemantics()) {
        const acc = copy.getAttribute(semantic);
        if (acc) copy.setAttribute(semantic, acc.clone());
      }
      transformPrimitive(copy, matrix);
      const count = copy.getAttribute('POSITION')?.getCount() ?? 0;
      const ids = doc.createAccessor().setType('SCALAR').setArray(new Float32Array(count).fill(fid));
      copy.setAttribute(FEATURE_ID_ATTRIBUTE, ids);
      own.addPrimitive(copy);
    }
    node.setMesh(own).setMatrix([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
  });
  const buffer = root.listBuffers()[0] ?? doc.createBuffer();
  for (const acc of root.listAccessors()) if (!acc.getBuffer()) acc.setBuffer(buffer);
  await doc.transform(join({ keepNamed: false }));
  const ext = doc.createExtension(EXTMeshFeaturesIO);
  for (const mesh of root.listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      const ids = prim.getAttribute(FEATURE_ID_ATTRIBUTE);
      if (!ids) continue;
      if (features.length < 65535) ids.setArray(new Uint16Array(ids.getArray() ?? []));
      const distinct = new Set(ids.getArray() ?? []).size;
      prim.setExtension(
        EXT_MESH_FEATURES,
        ext.createMeshFeatures().setFeatureIds([{ featureCount: distinct, attribute: 0, propertyTable: 0 }]),
      );
    }
  }
  const meta = doc.createExtension(EXTStructuralMetadataIO).createStructuralMetadata();
  meta.setSchema(BUILDING_SCHEMA).setPropertyTables([featuresToTable(features)]);
  root.setExtension(EXT_STRUCTURAL_METADATA, meta);
  markSurfaces(doc, 'building');
  return { segmentation: 'nodes', featureCount: features.length };
}

function markSurfaces(doc: Document, surface: string): void {
  for (const node of doc.getRoot().listNodes()) {
    if (node.getMesh() && typeof node.getExtras().surface !== 'string')
      node.setExtras({ ...node.getExtras(), surface });
  }
}

/** Lists the MeshFeatures of a document's primitives (for reports and tests). */
export function listMeshFeatures(doc: Document): MeshFeatures[] {
  return doc
    .getRoot()
    .listMeshes()
    .flatMap((m) => m.listPrimitives())
    .map((p) => p.getExtension<MeshFeatures>(EXT_MESH_FEATURES))
    .filter((x): x is MeshFeatures => x !== null);
}

/** The nodes that carry meshes. */
export function meshNodes(doc: Document): Node[] {
  return doc
    .getRoot()
    .listNodes()
    .filter((n) => n.getMesh());
}
