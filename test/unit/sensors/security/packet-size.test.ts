import fc from 'fast-check';
import mqttPacket from 'mqtt-packet';
import { describe, expect, it } from 'vitest';
import { createPacketSizeCheck, readFixedHeader } from '../../../../sensors/security/packet-size.ts';

const publish = (bytes: number): Buffer =>
  mqttPacket.generate({
    cmd: 'publish',
    topic: 'city/neubrandenburg/sensors/nb-1/temperature',
    payload: Buffer.alloc(bytes, 0x31),
    qos: 0,
    dup: false,
    retain: false,
  });

/** Split bytes into chunks at the given cut points. */
function cut(bytes: Buffer, points: number[]): Buffer[] {
  const sorted = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let at = 0;
  for (const p of [...sorted, bytes.length]) {
    chunks.push(bytes.subarray(at, p));
    at = p;
  }
  return chunks;
}

describe('readFixedHeader', () => {
  it('reads one to four bytes of remaining length, and says when it is incomplete or too long', () => {
    expect(readFixedHeader(Uint8Array.from([0x30, 0x05]))).toEqual({ headerLength: 2, remainingLength: 5 });
    expect(readFixedHeader(Uint8Array.from([0x30, 0x80, 0x80, 0x01]))).toEqual({
      headerLength: 4,
      remainingLength: 16_384,
    });
    expect(readFixedHeader(Uint8Array.from([0x30, 0x80]))).toBeUndefined();
    expect(readFixedHeader(Uint8Array.from([0x30, 0xff, 0xff, 0xff, 0xff, 0x01]))).toBe('malformed');
  });
});

describe('createPacketSizeCheck', () => {
  it('passes a stream of packets that fit, however it is cut into chunks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 16_000 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (sizes, points) => {
          const stream = Buffer.concat(sizes.map(publish));
          const check = createPacketSizeCheck(16_384);
          expect(
            cut(stream, points)
              .map(check)
              .every((answer) => answer === 0),
          ).toBe(true);
        },
      ),
    );
  });

  it('names the first packet over the limit as soon as its header is read', () => {
    fc.assert(
      fc.property(fc.integer({ min: 16_385, max: 20_000_000 }), fc.nat({ max: 3 }), (payload, fits) => {
        const big = mqttPacket.generate({
          cmd: 'publish',
          topic: 't',
          payload: Buffer.alloc(0),
          qos: 0,
          dup: false,
          retain: false,
        });
        // A header claiming `payload` bytes, after `fits` packets that fit: only the header is ever sent.
        const header = Buffer.from([big[0]!, ...varint(payload)]);
        const check = createPacketSizeCheck(16_384);
        for (let i = 0; i < fits; i++) expect(check(publish(100))).toBe(0);
        expect(check(header)).toBe(header.length + payload);
        expect(check(publish(1))).toBe(header.length + payload);
      }),
    );
  });

  it('calls a remaining length over four bytes malformed', () => {
    expect(createPacketSizeCheck(16_384)(Uint8Array.from([0x30, 0xff, 0xff, 0xff, 0xff, 0x7f]))).toBe(-1);
  });
});

function varint(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    out.push(byte);
  } while (n > 0);
  return out;
}
