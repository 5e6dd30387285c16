// Says in words why bytes handed to the viewer cannot be a city model, before a loader fails on them with a
// TypeError: what the file looks like instead, or which required glTF extension the viewer lacks.

/** The glTF extensions the viewer's loader reads (three's GLTFLoader plus the metadata plugins). */
export const SUPPORTED_GLTF_EXTENSIONS: ReadonlySet<string> = new Set([
  'KHR_draco_mesh_compression',
  'KHR_lights_punctual',
  'KHR_materials_clearcoat',
  'KHR_materials_dispersion',
  'KHR_materials_ior',
  'KHR_materials_sheen',
  'KHR_materials_specular',
  'KHR_materials_transmission',
  'KHR_materials_iridescence',
  'KHR_materials_anisotropy',
  'KHR_materials_unlit',
  'KHR_materials_volume',
  'KHR_materials_emissive_strength',
  'KHR_texture_basisu',
  'KHR_texture_transform',
  'KHR_mesh_quantization',
  'EXT_materials_bump',
  'EXT_texture_webp',
  'EXT_texture_avif',
  'EXT_meshopt_compression',
  'EXT_mesh_gpu_instancing',
  'EXT_mesh_features',
  'EXT_structural_metadata',
]);

// Extensions people meet, with what they are, so the notice can say more than a name.
const KNOWN: Record<string, string> = {
  GOOGLE_texture_basis:
    "Google's early Basis texture format, replaced by KHR_texture_basisu: re-export the model",
  KHR_draco_mesh_compression: 'Draco mesh compression',
  KHR_materials_pbrSpecularGlossiness:
    'the retired specular-glossiness materials: convert them with glTF-Transform (metalrough)',
  KHR_gaussian_splatting: 'Gaussian splats, which this viewer does not draw',
  CESIUM_primitive_outline: "Cesium's outline extension",
};

const MAGIC: [number[], string][] = [
  [[0xab, 0x4b, 0x54, 0x58, 0x20, 0x32, 0x30], 'a KTX2 texture, not a model'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive: unpack it and give the .glb or .gltf inside'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image, not a model'],
  [[0xff, 0xd8, 0xff], 'a JPEG image, not a model'],
  [[0x1f, 0x8b], 'a gzip archive: unpack it first'],
];

/** Null when the bytes look like a glTF/GLB the viewer can read, else the reason in words. */
export function modelBytesProblem(bytes: Uint8Array): string | null {
  if (bytes.byteLength === 0) return 'the file is empty (0 bytes)';
  for (const [magic, what] of MAGIC)
    if (magic.every((b, i) => bytes[i] === b)) return `not glTF: it is ${what}`;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let json: string;
  if (bytes.byteLength >= 12 && view.getUint32(0, true) === 0x46546c67) {
    if (bytes.byteLength < 20) return 'a GLB cut short: its header has no JSON chunk';
    const length = view.getUint32(12, true);
    if (20 + length > bytes.byteLength)
      return 'a GLB cut short: its JSON chunk runs past the end (truncated?)';
    json = new TextDecoder().decode(bytes.subarray(20, 20 + length));
  } else {
    const head = new TextDecoder().decode(bytes.subarray(0, 256)).trimStart().toLowerCase();
    if (head.startsWith('<!doctype html') || head.startsWith('<html'))
      return 'not glTF: it is an HTML page (a wrong address, or a login page?)';
    if (head.startsWith('<')) return 'not glTF: it is an XML document (CityGML? import it with npm run city)';
    if (!head.startsWith('{')) return 'not glTF: neither a GLB nor glTF JSON';
    json = new TextDecoder().decode(bytes);
  }
  let doc: { asset?: { version?: unknown }; extensionsRequired?: unknown; type?: unknown };
  try {
    doc = JSON.parse(json) as typeof doc;
  } catch {
    return 'not glTF: its JSON does not parse (truncated?)';
  }
  if (typeof doc.type === 'string') return `not glTF: it is ${doc.type} (import it with npm run city)`;
  if (!doc.asset) return 'not glTF: the JSON has no "asset"';
  if (!String(doc.asset.version).startsWith('2'))
    return `glTF ${String(doc.asset.version)}: only glTF 2.0 is read`;
  const required = Array.isArray(doc.extensionsRequired) ? doc.extensionsRequired.map(String) : [];
  const missing = required.filter((e) => !SUPPORTED_GLTF_EXTENSIONS.has(e));
  if (!missing.length) return null;
  return missing
    .map((e) => `requires ${e}, which this viewer does not support${KNOWN[e] ? ` (${KNOWN[e]})` : ''}`)
    .join('; ');
}
