import { describe, expect, it } from 'vitest';
import {
  TEMPERATURE_MODEL_DEFAULTS,
  airTemperature,
  lastWords,
  sensorProfile,
  sensorTemperature,
  solarHeating,
} from '../../../sensors/simulator/temperature-model.ts';

const hour = 3_600_000;
const lateNovember = Date.UTC(2025, 10, 25);
const midJuly = Date.UTC(2025, 6, 15);
const o = TEMPERATURE_MODEL_DEFAULTS;

describe('temperature model', () => {
  it('gives the same readings for the same seed and different ones for another', () => {
    const p = sensorProfile('nb-001', o);
    const t = lateNovember + 13 * hour;
    expect(sensorTemperature(p, t, o)).toBe(sensorTemperature(sensorProfile('nb-001', o), t, o));
    const other = { ...o, seed: 2 };
    const values = Array.from({ length: 30 }, (_, i) => `s${i}`);
    const a = values.map((id) => sensorTemperature(sensorProfile(id, o), t, o));
    const b = values.map((id) => sensorTemperature(sensorProfile(id, other), t, other));
    expect(a).not.toEqual(b);
  });

  it('is plausible for Neubrandenburg in late November and mid July', () => {
    const nov = Array.from({ length: 24 }, (_, h) => airTemperature(lateNovember + h * hour, o));
    const jul = Array.from({ length: 24 }, (_, h) => airTemperature(midJuly + h * hour, o));
    const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
    // Weather spells move the mean by a few degrees; the season keeps it in its band.
    expect(mean(nov)).toBeGreaterThan(-6);
    expect(mean(nov)).toBeLessThan(10);
    expect(mean(jul)).toBeGreaterThan(12);
    expect(mean(jul)).toBeLessThan(26);
    expect(mean(jul) - mean(nov)).toBeGreaterThan(8);
  });

  it('is warmest in the afternoon and coolest before dawn', () => {
    const day = (h: number): number => airTemperature(midJuly + h * hour, o);
    expect(day(13)).toBeGreaterThan(day(2) + 4);
    expect(solarHeating(midJuly + 23 * hour, o)).toBe(0);
    expect(solarHeating(midJuly + 13 * hour, o)).toBeGreaterThan(0.8);
  });

  it('has a few stuck, failed and faulty sensors, and occasional dropouts', () => {
    const profiles = Array.from({ length: 4000 }, (_, i) => sensorProfile(`sensor-${i}`, o));
    const share = (fault: string): number =>
      profiles.filter((p) => p.fault === fault).length / profiles.length;
    expect(share('stuck')).toBeGreaterThan(0.004);
    expect(share('stuck')).toBeLessThan(0.02);
    expect(share('failed')).toBeGreaterThan(0.004);
    const stuck = profiles.find((p) => p.fault === 'stuck')!;
    const stuckValues = new Set(
      Array.from({ length: 50 }, (_, i) => sensorTemperature(stuck, lateNovember + i * 600_000, o)),
    );
    stuckValues.delete(null);
    expect(stuckValues.size).toBe(1);
    const failed = profiles.find((p) => p.fault === 'failed')!;
    expect(sensorTemperature(failed, lateNovember, o)).toBeNull();
    expect(lastWords(failed, lateNovember, o).time).toBeLessThan(lateNovember - hour + 1);
    const healthy = profiles.find((p) => p.fault === 'none')!;
    const readings = Array.from({ length: 2000 }, (_, i) =>
      sensorTemperature(healthy, lateNovember + i * 10_000, o),
    );
    const dropped = readings.filter((r) => r === null).length / readings.length;
    expect(dropped).toBeGreaterThan(0.005);
    expect(dropped).toBeLessThan(0.05);
    for (const r of readings) if (r !== null) expect(r).toBeGreaterThan(-20);
  });
});
