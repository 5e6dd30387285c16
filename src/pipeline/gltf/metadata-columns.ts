/** A class property, as the EXT_structural_metadata schema spells it. */
export interface ClassPropertyDef {
  type: string;
  componentType?: string;
  name?: string;
  description?: string;
  required?: boolean;
  array?: boolean;
}

const SCALARS: Record<
  string,
  { size: number; get: (v: DataView, o: number) => number; set: (v: DataView, o: number, x: number) => void }
> = {
  INT8: { size: 1, get: (v, o) => v.getInt8(o), set: (v, o, x) => v.setInt8(o, x) },
  UINT8: { size: 1, get: (v, o) => v.getUint8(o), set: (v, o, x) => v.setUint8(o, x) },
  INT16: { size: 2, get: (v, o) => v.getInt16(o, true), set: (v, o, x) => v.setInt16(o, x, true) },
  UINT16: { size: 2, get: (v, o) => v.getUint16(o, true), set: (v, o, x) => v.setUint16(o, x, true) },
  INT32: { size: 4, get: (v, o) => v.getInt32(o, true), set: (v, o, x) => v.setInt32(o, x, true) },
  UINT32: { size: 4, get: (v, o) => v.getUint32(o, true), set: (v, o, x) => v.setUint32(o, x, true) },
  FLOAT32: { size: 4, get: (v, o) => v.getFloat32(o, true), set: (v, o, x) => v.setFloat32(o, x, true) },
  FLOAT64: { size: 8, get: (v, o) => v.getFloat64(o, true), set: (v, o, x) => v.setFloat64(o, x, true) },
};

/** True for the property kinds this pipeline encodes: non-array STRING and SCALAR. */
export function isSupportedProperty(p: ClassPropertyDef): boolean {
  if (p.array) return false;
  return (
    p.type === 'STRING' ||
    (p.type === 'SCALAR' && p.componentType !== undefined && p.componentType in SCALARS)
  );
}

/** Encodes one column to the binary layout of a property table. */
export function encodeColumn(
  p: ClassPropertyDef,
  values: readonly (string | number)[],
): { values: Uint8Array; stringOffsets?: Uint8Array } {
  if (p.type === 'STRING') {
    // One encoding of all the strings end to end, not one small buffer per value (a large city has millions).
    const texts = values.map(String);
    const offsets = new Uint32Array(texts.length + 1);
    let total = 0;
    texts.forEach((t, i) => {
      offsets[i] = total;
      total += utf8Length(t);
    });
    offsets[texts.length] = total;
    const bytes = new TextEncoder().encode(texts.join(''));
    return { values: bytes, stringOffsets: new Uint8Array(offsets.buffer) };
  }
  const s = SCALARS[p.componentType ?? ''];
  if (!s) throw new Error(`unsupported component type ${p.componentType}`);
  const out = new Uint8Array(values.length * s.size);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => s.set(view, i * s.size, Number(v)));
  return { values: out };
}

/** Decodes one column from a property table's buffer views. */
export function decodeColumn(
  p: ClassPropertyDef,
  count: number,
  values: Uint8Array,
  stringOffsets?: Uint8Array,
  stringOffsetType = 'UINT32',
): (string | number)[] {
  const view = new DataView(values.buffer, values.byteOffset, values.byteLength);
  if (p.type === 'STRING') {
    if (!stringOffsets) throw new Error('STRING property without stringOffsets');
    const os = SCALARS[stringOffsetType];
    if (!os) throw new Error(`unsupported stringOffsetType ${stringOffsetType}`);
    const ov = new DataView(stringOffsets.buffer, stringOffsets.byteOffset, stringOffsets.byteLength);
    const dec = new TextDecoder();
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      const a = os.get(ov, i * os.size);
      const b = os.get(ov, (i + 1) * os.size);
      out.push(dec.decode(values.subarray(a, b)));
    }
    return out;
  }
  const s = SCALARS[p.componentType ?? ''];
  if (!s) throw new Error(`unsupported component type ${p.componentType}`);
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(s.get(view, i * s.size));
  return out;
}

/** The length of `text` in UTF-8 bytes, as TextEncoder writes it (a lone surrogate as the 3-byte U+FFFD). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
