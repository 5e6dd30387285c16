import { describe, expect, it } from 'vitest';
import { parseTwinTime } from '../../src/core/planning/berlin-time.ts';
import { sunPath } from '../../src/core/planning/sun-hours.ts';
import { NEUBRANDENBURG } from '../../src/core/planning/sun-position.ts';
import { cpuFacadeSunHours } from '../../src/features/planning/study/cpu-sun-hours.ts';
import { readCity } from '../bench/city-render.bench.ts';
import { facadeSamplesOf } from '../support/planning.ts';
import { twinSession } from '../support/session.ts';

const DAY = '2026-03-20T12:00';

// The façade study on the GPU (depth maps from the sun) against the same patches by ray casting on the CPU,
// on the default city's terraced old town, 120 m around the market: the two must tell the same hours of
// sun (before the patches' point and the gaps between houses were settled, 10 % differed).
describe('planning: the GPU façade study agrees with ray casting', () => {
  const session = twinSession({ query: `?time=${DAY}` });

  it('gives 99 % of the patches near the market the same hours within 15 minutes', async () => {
    const gpu = await session.page.evaluate((size) => {
      const market = window.cityTwin!.viewpoints().find((v) => v.id === 'marktplatz');
      const [x, , z] = market!.position;
      window.cityTwin!.shadowStudy({ x, z, size, resolution: 1, stepMinutes: 15 });
      return window.cityTwin!.studyFacades()!;
    }, 120);
    const city = await readCity();
    const steps = sunPath(parseTwinTime(DAY) as number, NEUBRANDENBURG, { stepMinutes: 15 });
    const samples = facadeSamplesOf(gpu);
    const cpu = cpuFacadeSunHours(city.meshes, samples, steps);
    const day = steps.length * 0.25;
    let agree = 0;
    let partly = 0;
    cpu.forEach((h, i) => {
      if (Math.abs(h - gpu.hours[i]!) <= 0.25) agree++;
      if (h > 0.5 && h < day - 0.5) partly++;
    });
    expect(cpu.length).toBeGreaterThan(1000);
    // Not a trivial agreement: many walls are shaded for part of the day by their neighbours.
    expect(partly).toBeGreaterThan(cpu.length / 4);
    expect(agree / cpu.length).toBeGreaterThanOrEqual(0.99);
  });
});
