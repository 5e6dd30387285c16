import type { RegistryEntry } from '../../src/core/sensors/registry.ts';

/**
 * A registry at city scale for benches and tests: `sensors` sensors spread evenly over `buildings`
 * buildings, the given real building ids first (so the city shown is coloured), then made-up ones.
 * The same arguments give the same registry.
 */
export function scaleRegistry(
  sensors: number,
  buildings: number,
  real: readonly string[] = [],
): RegistryEntry[] {
  const ids = Array.from({ length: buildings }, (_, b) =>
    b < real.length ? real[b]! : `scale-b${String(b).padStart(6, '0')}`,
  );
  return Array.from({ length: sensors }, (_, i) => ({
    sensor: `scale-s${String(i).padStart(6, '0')}`,
    building: ids[i % buildings]!,
    unit: '°C',
    label: `Sensor ${i + 1}`,
  }));
}
