/** A bounded history of (time, value) pairs that overwrites the oldest; grows lazily up to its capacity. */
export class RingBuffer {
  private times: Float64Array;
  private values: Float64Array;
  private start = 0;
  private size = 0;

  /** A buffer holding at most `capacity` pairs. */
  constructor(readonly capacity: number) {
    const initial = Math.max(1, Math.min(capacity, 16));
    this.times = new Float64Array(initial);
    this.values = new Float64Array(initial);
  }

  /** How many pairs are held. */
  get length(): number {
    return this.size;
  }

  /** Add a pair, dropping the oldest when full. */
  push(time: number, value: number): void {
    if (this.capacity <= 0) return;
    if (this.size === this.times.length && this.size < this.capacity) this.grow();
    const slot = (this.start + this.size) % this.times.length;
    this.times[slot] = time;
    this.values[slot] = value;
    if (this.size < this.times.length) this.size++;
    else this.start = (this.start + 1) % this.times.length;
  }

  /** The pairs, oldest first. */
  toArray(): { time: number; celsius: number }[] {
    const out: { time: number; celsius: number }[] = [];
    for (let i = 0; i < this.size; i++) {
      const slot = (this.start + i) % this.times.length;
      out.push({ time: this.times[slot] ?? 0, celsius: this.values[slot] ?? 0 });
    }
    return out;
  }

  private grow(): void {
    const next = Math.min(this.capacity, this.times.length * 2);
    const times = new Float64Array(next);
    const values = new Float64Array(next);
    for (let i = 0; i < this.size; i++) {
      const slot = (this.start + i) % this.times.length;
      times[i] = this.times[slot] ?? 0;
      values[i] = this.values[slot] ?? 0;
    }
    this.times = times;
    this.values = values;
    this.start = 0;
  }
}
