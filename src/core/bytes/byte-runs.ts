// Runs of byte chunks joined into one: what a WebSocket frame (or a hand-over to mqtt.js) carries of a stream
// of MQTT packets. Pure; the server's frame joiner and the worker's socket both cut their queues with it.

/** How many of `parts`, from `from` on, make the next run: at least one, then as many as fit in `max` bytes. */
export function runLength(
  parts: readonly Uint8Array[],
  from: number,
  max: number,
): { count: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  while (from + count < parts.length) {
    const size = parts[from + count]!.byteLength;
    if (count > 0 && bytes + size > max) break;
    bytes += size;
    count++;
  }
  return { count, bytes };
}

/** The run of `count` parts from `from` (`bytes` long) as one array; a part alone is itself. */
export function joinRun(
  parts: readonly Uint8Array[],
  from: number,
  count: number,
  bytes: number,
): Uint8Array {
  if (count === 1) return parts[from]!;
  const joined = new Uint8Array(bytes);
  let at = 0;
  for (let k = from; k < from + count; k++) {
    joined.set(parts[k]!, at);
    at += parts[k]!.byteLength;
  }
  return joined;
}
