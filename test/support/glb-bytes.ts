/** A GLB from its JSON (padded with spaces to 4 bytes) and an optional BIN chunk already in GLB form. */
export function glbBytes(json: object, binChunk: Uint8Array = new Uint8Array(0)): Uint8Array {
  const raw = new TextEncoder().encode(JSON.stringify(json));
  const body = new Uint8Array(Math.ceil(raw.byteLength / 4) * 4).fill(0x20);
  body.set(raw);
  const out = new Uint8Array(20 + body.byteLength + binChunk.byteLength);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x46546c67, true);
  view.setUint32(4, 2, true);
  view.setUint32(8, out.byteLength, true);
  view.setUint32(12, body.byteLength, true);
  view.setUint32(16, 0x4e4f534a, true);
  out.set(body, 20);
  out.set(binChunk, 20 + body.byteLength);
  return out;
}
