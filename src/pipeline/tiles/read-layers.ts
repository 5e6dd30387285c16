import type { Document, Node, Primitive } from '@gltf-transform/core';
import { FEATURE_ID_ATTRIBUTE } from '../gltf/city-document.ts';
import { createLayer, type LayerTexture, type MeshLayer, type SurfaceKind } from '../mesh/mesh.ts';

const SURFACES: readonly SurfaceKind[] = ['ground', 'street', 'square', 'green', 'water', 'building', 'wall'];
const TRIANGLES = 4;

/**
 * Every triangle primitive of a document in world space (glTF axes), gathered into one layer per surface kind
 * (node extras `surface`; else `building` with feature ids, `ground` without), with vertex colours (COLOR_0 or
 * the material's base colour) and feature ids kept. A primitive with a base-colour texture keeps its texture
 * coordinates and image, in a layer per image.
 */
export function readLayers(doc: Document): MeshLayer[] {
  const layers = new Map<string, MeshLayer>();
  const textures = new Map<Uint8Array, LayerTexture>();
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    for (const prim of mesh.listPrimitives()) {
      if (prim.getMode() !== TRIANGLES || !prim.getAttribute('POSITION')) continue;
      const withFeatures = prim.getAttribute(FEATURE_ID_ATTRIBUTE) !== null;
      const surface = surfaceOf(node, withFeatures);
      const texture = textureOf(prim, textures);
      const key = `${surface}/${withFeatures}/${texture ? [...textures.values()].indexOf(texture) : ''}`;
      let layer = layers.get(key);
      if (!layer) {
        layer = createLayer(surface, withFeatures);
        if (texture) Object.assign(layer, { texture, uvs: [] });
        layers.set(key, layer);
      }
      appendPrimitive(layer, node, prim);
    }
  }
  return [...layers.values()];
}

/** The primitive's base-colour image (one record per distinct image), if it has one and coordinates for it. */
function textureOf(prim: Primitive, seen: Map<Uint8Array, LayerTexture>): LayerTexture | undefined {
  const material = prim.getMaterial();
  const texture = material?.getBaseColorTexture();
  const image = texture?.getImage();
  const channel = material?.getBaseColorTextureInfo()?.getTexCoord() ?? 0;
  if (!texture || !image || !prim.getAttribute(`TEXCOORD_${channel}`)) return undefined;
  let record = seen.get(image);
  if (!record) {
    const size = texture.getSize() ?? [0, 0];
    record = { image, mimeType: texture.getMimeType(), size: [size[0], size[1]] };
    seen.set(image, record);
  }
  return record;
}

function surfaceOf(node: Node, withFeatures: boolean): SurfaceKind {
  for (let n: Node | null = node; n; n = n.getParentNode()) {
    const s = n.getExtras().surface;
    if (typeof s === 'string' && (SURFACES as readonly string[]).includes(s)) return s as SurfaceKind;
  }
  return withFeatures ? 'building' : 'ground';
}

function appendPrimitive(layer: MeshLayer, node: Node, prim: Primitive): void {
  const m = node.getWorldMatrix();
  const position = prim.getAttribute('POSITION')!;
  const normal = prim.getAttribute('NORMAL');
  const colour = prim.getAttribute('COLOR_0');
  const ids = prim.getAttribute(FEATURE_ID_ATTRIBUTE);
  const channel = prim.getMaterial()?.getBaseColorTextureInfo()?.getTexCoord() ?? 0;
  const uv = layer.uvs ? prim.getAttribute(`TEXCOORD_${channel}`) : null;
  const base = prim.getMaterial()?.getBaseColorFactor() ?? [0.8, 0.8, 0.8, 1];
  const first = layer.positions.length / 3;
  const p: number[] = [];
  for (let i = 0; i < position.getCount(); i++) {
    const [x = 0, y = 0, z = 0] = position.getElement(i, p);
    layer.positions.push(
      m[0] * x + m[4] * y + m[8] * z + m[12],
      m[1] * x + m[5] * y + m[9] * z + m[13],
      m[2] * x + m[6] * y + m[10] * z + m[14],
    );
    if (normal) {
      const [a = 0, b = 1, c = 0] = normal.getElement(i, p);
      const nx = m[0] * a + m[4] * b + m[8] * c;
      const ny = m[1] * a + m[5] * b + m[9] * c;
      const nz = m[2] * a + m[6] * b + m[10] * c;
      const length = Math.hypot(nx, ny, nz) || 1;
      layer.normals.push(nx / length, ny / length, nz / length);
    } else layer.normals.push(0, 1, 0);
    const [r = 1, g = 1, b = 1] = colour ? colour.getElement(i, p) : [1, 1, 1];
    layer.colors.push(r * base[0], g * base[1], b * base[2]);
    if (layer.withFeatures) layer.featureIds.push(ids ? (ids.getElement(i, p)[0] ?? 0) : 0);
    if (uv) {
      const [u = 0, v = 0] = uv.getElement(i, p);
      layer.uvs!.push(u, v);
    }
  }
  const index = prim.getIndices();
  const count = index ? index.getCount() : position.getCount();
  for (let k = 0; k < count; k++) layer.indices.push(first + (index ? index.getScalar(k) : k));
  if (!normal) faceNormals(layer, first);
}

/** A primitive without normals gets each vertex the normal of the last face using it. */
function faceNormals(layer: MeshLayer, first: number): void {
  const { positions: p, normals: n, indices } = layer;
  for (let k = 0; k + 2 < indices.length; k += 3) {
    const [a, b, c] = [indices[k]!, indices[k + 1]!, indices[k + 2]!];
    if (a < first) continue;
    const u = [p[b * 3]! - p[a * 3]!, p[b * 3 + 1]! - p[a * 3 + 1]!, p[b * 3 + 2]! - p[a * 3 + 2]!];
    const v = [p[c * 3]! - p[a * 3]!, p[c * 3 + 1]! - p[a * 3 + 1]!, p[c * 3 + 2]! - p[a * 3 + 2]!];
    const x = u[1]! * v[2]! - u[2]! * v[1]!;
    const y = u[2]! * v[0]! - u[0]! * v[2]!;
    const z = u[0]! * v[1]! - u[1]! * v[0]!;
    const length = Math.hypot(x, y, z) || 1;
    for (const i of [a, b, c]) n.splice(i * 3, 3, x / length, y / length, z / length);
  }
}
