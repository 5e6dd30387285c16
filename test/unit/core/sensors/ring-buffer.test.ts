import { describe, expect, it } from 'vitest';
import { RingBuffer } from '../../../../src/core/sensors/ring-buffer.ts';

describe('RingBuffer', () => {
  it('keeps the newest pairs in order, oldest first, growing up to its capacity', () => {
    const ring = new RingBuffer(40);
    for (let i = 0; i < 100; i++) ring.push(i, i / 10);
    expect(ring.length).toBe(40);
    const items = ring.toArray();
    expect(items[0]).toEqual({ time: 60, celsius: 6 });
    expect(items.at(-1)).toEqual({ time: 99, celsius: 9.9 });
    expect(items.map((x) => x.time)).toEqual(Array.from({ length: 40 }, (_, i) => 60 + i));
  });

  it('holds fewer than capacity without padding, and nothing with capacity 0', () => {
    const ring = new RingBuffer(360);
    ring.push(1, 2);
    expect(ring.toArray()).toEqual([{ time: 1, celsius: 2 }]);
    const none = new RingBuffer(0);
    none.push(1, 2);
    expect(none.toArray()).toEqual([]);
  });
});
