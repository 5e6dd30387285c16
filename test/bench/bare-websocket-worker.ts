// The floor under any MQTT client in a browser worker: the broker's WebSocket frames taken as they come, with
// MQTT's framing read by hand and nothing else (no client library, no parsing of the messages). Benches only.

/**
 * A worker script that logs in to `url`, subscribes to `topic`, counts PUBLISH packets and posts the
 * milliseconds from subscribing to the `count`th, then the number of WebSocket frames they came in.
 */
export function bareWebSocketScript(
  url: string,
  login: { username: string; password: string },
  topic: string,
  count: number,
): string {
  return `
const utf8 = (s) => { const b = new TextEncoder().encode(s); return [b.length >> 8, b.length & 255, ...b]; };
const size = (n) => { const out = []; do { let d = n % 128; n = Math.floor(n / 128); if (n > 0) d |= 128; out.push(d); } while (n > 0); return out; };
const packet = (head, body) => new Uint8Array([head, ...size(body.length), ...body]);
let start = 0;
const ws = new WebSocket(${JSON.stringify(url)}, 'mqtt');
ws.binaryType = 'arraybuffer';
let rest = new Uint8Array(0), frames = 0, n = 0;
ws.onopen = () => ws.send(packet(0x10, [...utf8('MQTT'), 4, 0xc2, 0, 60, ...utf8('bare-' + Math.random()),
  ...utf8(${JSON.stringify(login.username)}), ...utf8(${JSON.stringify(login.password)})]));
ws.onmessage = (event) => {
  frames++;
  const chunk = new Uint8Array(event.data);
  const buf = new Uint8Array(rest.length + chunk.length);
  buf.set(rest);
  buf.set(chunk, rest.length);
  let i = 0;
  for (;;) {
    let j = i + 1, length = 0, shift = 1, b = 128;
    while (b & 128 && j < buf.length) { b = buf[j++]; length += (b & 127) * shift; shift *= 128; }
    if (b & 128 || j + length > buf.length) break;
    const type = buf[i] >> 4;
    if (type === 2) start = performance.now(), ws.send(packet(0x82, [0, 1, ...utf8(${JSON.stringify(topic)}), 0]));
    if (type === 3 && ++n === ${count}) { postMessage([performance.now() - start, frames]); ws.close(); }
    i = j + length;
  }
  rest = buf.slice(i);
};`;
}
