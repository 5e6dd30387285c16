/** Where an MQTT packet's fixed header says it ends. */
export interface FixedHeader {
  /** Bytes of the fixed header: the type byte and the 1 to 4 bytes of remaining length. */
  headerLength: number;
  remainingLength: number;
}

/**
 * Read the fixed header at the start of `bytes`: `undefined` while it is still incomplete, `'malformed'` for a
 * remaining length longer than MQTT's four bytes.
 */
export function readFixedHeader(bytes: Uint8Array): FixedHeader | undefined | 'malformed' {
  let remainingLength = 0;
  for (let i = 1; i <= 4; i++) {
    const byte = bytes[i];
    if (byte === undefined) return undefined;
    remainingLength += (byte & 0x7f) * 128 ** (i - 1);
    if ((byte & 0x80) === 0) return { headerLength: i + 1, remainingLength };
  }
  return 'malformed';
}

/**
 * Follow a byte stream packet by packet across chunks, reading only fixed headers, and name the first packet
 * over `maxBytes` as soon as its header arrives (before its body is buffered anywhere). The function returns the
 * size of that packet, -1 for a malformed header, or 0 while every packet fits.
 */
export function createPacketSizeCheck(maxBytes: number): (chunk: Uint8Array) => number {
  let skip = 0; // body bytes of the current packet still to come
  let header: number[] = []; // a fixed header split across chunks
  let failed = 0;
  return (chunk) => {
    if (failed !== 0) return failed;
    let i = 0;
    while (i < chunk.length) {
      if (skip > 0) {
        const step = Math.min(skip, chunk.length - i);
        skip -= step;
        i += step;
        continue;
      }
      header.push(chunk[i]!);
      i++;
      const read = readFixedHeader(Uint8Array.from(header));
      if (read === undefined) continue;
      if (read === 'malformed') return (failed = -1);
      const size = read.headerLength + read.remainingLength;
      if (size > maxBytes) return (failed = size);
      skip = read.remainingLength;
      header = [];
    }
    return 0;
  };
}
