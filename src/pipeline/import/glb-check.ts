import { InputError } from '../../core/input/input-error.ts';

const GLB_MAGIC = 0x46546c67;
const CHUNK_JSON = 0x4e4f534a;
const CHUNK_BIN = 0x004e4942;

/** Checks a GLB's header and chunk table; a problem becomes an InputError at `byte N (...)`. */
export function checkGlbStructure(bytes: Uint8Array, file: string): void {
  const at = (offset: number, what: string, detail: string): never => {
    throw new InputError(file, `byte ${offset} (${what})`, detail);
  };
  if (bytes.byteLength < 12)
    at(bytes.byteLength, 'header', `file is ${bytes.byteLength} bytes, a GLB header needs 12 (truncated?)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== GLB_MAGIC) at(0, 'header', 'not a GLB: magic is not "glTF"');
  const version = view.getUint32(4, true);
  if (version !== 2) at(4, 'header', `GLB version ${version}, only 2 is supported`);
  const length = view.getUint32(8, true);
  if (length > bytes.byteLength)
    at(
      bytes.byteLength,
      'header',
      `header says ${length} bytes but the file has ${bytes.byteLength} (truncated)`,
    );
  let offset = 12;
  let index = 0;
  while (offset < length) {
    const name = index === 0 ? 'JSON chunk' : index === 1 ? 'BIN chunk' : `chunk ${index}`;
    if (offset + 8 > length) at(offset, name, 'chunk header cut short (truncated)');
    const chunkLength = view.getUint32(offset, true);
    const type = view.getUint32(offset + 4, true);
    if (index === 0 && type !== CHUNK_JSON) at(offset + 4, name, 'the first chunk must be JSON');
    if (index === 1 && type !== CHUNK_BIN) at(offset + 4, name, 'unexpected chunk type');
    if (offset + 8 + chunkLength > length) {
      at(
        length,
        name,
        `chunk declares ${chunkLength} bytes from byte ${offset + 8} but the file ends at ${length} (truncated)`,
      );
    }
    if (index === 0) {
      const text = new TextDecoder().decode(bytes.subarray(offset + 8, offset + 8 + chunkLength));
      try {
        JSON.parse(text);
      } catch (err) {
        const m = /position (\d+)/.exec(String(err));
        at(
          offset + 8 + Number(m?.[1] ?? 0),
          name,
          `invalid JSON: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
    }
    offset += 8 + chunkLength;
    index++;
  }
}
