// Joins compressed one-node GLBs (chunk-glb.ts) into a city's GLB at the level of the glTF JSON: the parts'
// compressed bytes are appended to the binary chunk as they are, never decoded, so joining costs their size only.

type Json = Record<string, unknown> & { [key: string]: unknown };
interface GltfJson {
  accessors?: Json[];
  bufferViews?: (Json & { buffer: number; byteOffset?: number })[];
  buffers?: Json[];
  materials?: (Json & { name?: string })[];
  meshes?: (Json & { primitives: (Json & { attributes: Record<string, number> })[] })[];
  nodes?: (Json & { mesh?: number; translation?: number[]; children?: number[] })[];
  scenes?: (Json & { nodes?: number[] })[];
  scene?: number;
  extensionsUsed?: string[];
  extensionsRequired?: string[];
}

const JSON_CHUNK = 0x4e4f534a;
const BIN_CHUNK = 0x004e4942;
const MESHOPT = 'EXT_meshopt_compression';

/**
 * `base` with every part's nodes added to its default scene, each part's nodes moved by `shift` (the city's
 * frame is known only once the last chunk is meshed). A part's materials are the base's of the same name.
 */
export function mergeGlbs(
  base: Uint8Array,
  parts: readonly Uint8Array[],
  shift: readonly number[],
): Uint8Array {
  const { json, bin } = splitGlb(base);
  if (!parts.length) return base;
  const buffers = json.buffers ?? [];
  if (!buffers[0]) throw new Error('mergeGlbs: the base GLB has no binary buffer');
  const bins: Uint8Array[] = [bin];
  let binLength = pad(bin.length, 16);
  for (const part of parts) {
    const p = splitGlb(part);
    appendPart(json, p.json, binLength, shift);
    bins.push(p.bin);
    binLength = pad(binLength + p.bin.length, 16);
  }
  buffers[0].byteLength = binLength;
  return joinGlb(json, bins);
}

function appendPart(into: GltfJson, part: GltfJson, binOffset: number, shift: readonly number[]): void {
  const base = (key: 'accessors' | 'bufferViews' | 'buffers' | 'meshes' | 'nodes'): number =>
    (into[key] ??= []).length;
  const [acc0, view0, buf0, mesh0, node0] = [
    base('accessors'),
    base('bufferViews'),
    base('buffers'),
    base('meshes'),
    base('nodes'),
  ];
  // Buffer 0 is every GLB's binary chunk; a part's others (meshopt's fallbacks) are appended.
  const buffer = (i: number): number => (i === 0 ? 0 : buf0 + i - 1);
  const offset = (i: number, at: number | undefined): number => (at ?? 0) + (i === 0 ? binOffset : 0);
  into.buffers!.push(...(part.buffers ?? []).slice(1));
  for (const v of part.bufferViews ?? []) {
    const ext = (v.extensions as Record<string, Json> | undefined)?.[MESHOPT] as
      (Json & { buffer: number; byteOffset?: number }) | undefined;
    const meshopt = ext && {
      ...ext,
      buffer: buffer(ext.buffer),
      byteOffset: offset(ext.buffer, ext.byteOffset),
    };
    into.bufferViews!.push({
      ...v,
      buffer: buffer(v.buffer),
      byteOffset: offset(v.buffer, v.byteOffset),
      ...(meshopt ? { extensions: { ...(v.extensions as Json), [MESHOPT]: meshopt } } : {}),
    });
  }
  for (const a of part.accessors ?? [])
    into.accessors!.push({ ...a, bufferView: (a.bufferView as number) + view0 });
  const material = (i: unknown): number | undefined => {
    const name = typeof i === 'number' ? part.materials?.[i]?.name : undefined;
    const found = (into.materials ?? []).findIndex((m) => m.name === name);
    if (found < 0) throw new Error(`mergeGlbs: the base has no material "${name ?? i}"`);
    return found;
  };
  for (const m of part.meshes ?? [])
    into.meshes!.push({
      ...m,
      primitives: m.primitives.map((p) => ({
        ...p,
        attributes: Object.fromEntries(Object.entries(p.attributes).map(([k, i]) => [k, i + acc0])),
        ...(p.indices === undefined ? {} : { indices: (p.indices as number) + acc0 }),
        ...(p.material === undefined ? {} : { material: material(p.material) }),
      })),
    });
  for (const n of part.nodes ?? []) {
    if (n.children?.length) throw new Error('mergeGlbs: a part node has children');
    const t = n.translation ?? [0, 0, 0];
    into.nodes!.push({
      ...n,
      ...(n.mesh === undefined ? {} : { mesh: n.mesh + mesh0 }),
      translation: t.map((x, i) => x + (shift[i] ?? 0)),
    });
  }
  const scene = (into.scenes ??= [{}])[into.scene ?? 0]!;
  const partScene = part.scenes?.[part.scene ?? 0];
  (scene.nodes ??= []).push(...(partScene?.nodes ?? []).map((i) => i + node0));
  for (const key of ['extensionsUsed', 'extensionsRequired'] as const) {
    const all = new Set([...(into[key] ?? []), ...(part[key] ?? [])]);
    if (all.size) into[key] = [...all];
  }
}

/** A GLB with its JSON changed by `edit` and its binary chunk as it was. */
export function editGlbJson(glb: Uint8Array, edit: (json: Record<string, unknown>) => void): Uint8Array {
  const { json, bin } = splitGlb(glb);
  edit(json as Record<string, unknown>);
  return joinGlb(json, bin.length ? [bin] : []);
}

/** The JSON and binary chunk of a GLB (the binary one empty when it has none). */
export function splitGlb(glb: Uint8Array): { json: GltfJson; bin: Uint8Array } {
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength);
  if (glb.length < 20 || view.getUint32(0, true) !== 0x46546c67) throw new Error('mergeGlbs: not a GLB');
  const jsonLength = view.getUint32(12, true);
  if (view.getUint32(16, true) !== JSON_CHUNK) throw new Error('mergeGlbs: the first chunk is not JSON');
  const json = JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + jsonLength))) as GltfJson;
  const at = 20 + jsonLength;
  if (at + 8 > glb.length || view.getUint32(at + 4, true) !== BIN_CHUNK)
    return { json, bin: new Uint8Array() };
  return { json, bin: glb.subarray(at + 8, at + 8 + view.getUint32(at, true)) };
}

/** A GLB of `json` and the binary parts laid end to end, each starting on a 16-byte boundary. */
function joinGlb(json: GltfJson, bins: readonly Uint8Array[]): Uint8Array {
  const text = new TextEncoder().encode(JSON.stringify(json));
  const jsonLength = pad(text.length, 4);
  let binLength = 0;
  for (const b of bins) binLength = pad(binLength + b.length, 16);
  const total = 12 + 8 + jsonLength + (binLength ? 8 + binLength : 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x46546c67, true);
  view.setUint32(4, 2, true);
  view.setUint32(8, total, true);
  view.setUint32(12, jsonLength, true);
  view.setUint32(16, JSON_CHUNK, true);
  out.set(text, 20);
  out.fill(0x20, 20 + text.length, 20 + jsonLength);
  if (!binLength) return out;
  const at = 20 + jsonLength;
  view.setUint32(at, binLength, true);
  view.setUint32(at + 4, BIN_CHUNK, true);
  let o = at + 8;
  for (const b of bins) {
    out.set(b, o);
    o = at + 8 + pad(o - at - 8 + b.length, 16);
  }
  return out;
}

function pad(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}
