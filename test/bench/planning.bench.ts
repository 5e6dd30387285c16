// Bench: planning on the default city. In Chromium: frame time and draw calls with the sun's shadows on
// against shadows off, on the desktop and in VR (IWER's emulated Quest 3, both eyes); the GPU shadow study
// of a 200 m x 200 m site at 1 m in 15-minute steps. In Node: the same study by ray casting on the CPU
// (three-mesh-bvh), its baseline, and how far the two agree. SwiftShader renders on the CPU: read ratios.
import { parseTwinTime } from '../../src/core/planning/berlin-time.ts';
import { sunPath } from '../../src/core/planning/sun-hours.ts';
import { NEUBRANDENBURG } from '../../src/core/planning/sun-position.ts';
import { cpuFacadeSunHours, cpuSunHours } from '../../src/features/planning/study/cpu-sun-hours.ts';
import { launchBrowser, waitReady, type TestBrowser } from '../support/browser.ts';
import { facadeSamplesOf } from '../support/planning.ts';
import { startTestTwin } from '../support/twin.ts';
import { iwerInitScript } from '../support/xr.ts';
import { readCity } from './city-render.bench.ts';
import type { Figure } from './figure.ts';

const DAY = '2026-03-20T12:00';
const FRAMES = 20;

type FrameFigures = { ms: number; drawCalls: number };

/** Run the bench and report each figure. */
export default async function run(report: (f: Figure) => void): Promise<void> {
  const twin = await startTestTwin();
  const browser = await launchBrowser();
  try {
    for (const vr of [false, true]) {
      const on = await frameFigures(browser, twin.url, 'medium', vr);
      const off = await frameFigures(browser, twin.url, 'off', vr);
      const where = vr ? 'VR (IWER, stereo)' : 'desktop';
      report({
        name: `frame time, shadows on, ${where}`,
        value: round(on.ms),
        unit: 'ms',
        baseline: { name: 'shadows off', value: round(off.ms) },
      });
      report({
        name: `draw calls with the shadow pass, shadows on, ${where}`,
        value: on.drawCalls,
        unit: 'draw calls',
        baseline: { name: 'shadows off', value: off.drawCalls },
      });
    }
    const gpu = await gpuStudy(browser, twin.url);
    const city = await readCity();
    const steps = sunPath(parseTwinTime(DAY) as number, NEUBRANDENBURG, { stepMinutes: 15 });
    const started = performance.now();
    const cpu = cpuSunHours(city.meshes, gpu.site, steps);
    const cpuMs = performance.now() - started;
    report({
      name: `shadow study 200 m x 200 m, 1 m cells, ${steps.length} steps of 15 min (${DAY.slice(0, 10)}), GPU depth maps, one pass`,
      value: round(gpu.ms),
      unit: 'ms',
      baseline: { name: 'same study by CPU ray casting (three-mesh-bvh) in Node', value: round(cpuMs) },
    });
    let differ = 0;
    let sum = 0;
    cpu.hours.forEach((h, i) => {
      const d = Math.abs(h - gpu.hours[i]!);
      sum += d;
      if (d > 0.5) differ++;
    });
    report({
      name: 'GPU and CPU studies: mean difference in sun hours per cell',
      value: round(sum / cpu.hours.length, 3),
      unit: 'h',
      baseline: {
        name: `share of cells differing by more than 30 min (${differ} of ${cpu.hours.length})`,
        value: round(differ / cpu.hours.length, 4),
      },
    });
    facadeFigures(gpu.facades, city.meshes, steps, report);
  } finally {
    await browser.dispose();
    await twin.dispose();
  }
}

/** The façade study: the GPU pass against CPU ray casting over the same patches, and how far they agree. */
function facadeFigures(
  gpu: GpuFacades,
  meshes: Parameters<typeof cpuFacadeSunHours>[0],
  steps: ReturnType<typeof sunPath>,
  report: (f: Figure) => void,
): void {
  const samples = facadeSamplesOf(gpu);
  const started = performance.now();
  const cpu = cpuFacadeSunHours(meshes, samples, steps);
  const cpuMs = performance.now() - started;
  report({
    name: `façade study around the same site: ${samples.count} patches of ${gpu.size} m, ${steps.length} steps, GPU depth maps, one pass`,
    value: round(gpu.ms),
    unit: 'ms',
    baseline: { name: 'same patches by CPU ray casting (three-mesh-bvh) in Node', value: round(cpuMs) },
  });
  let differ = 0;
  let within = 0;
  let signed = 0;
  cpu.forEach((h, i) => {
    signed += gpu.hours[i]! - h;
    if (Math.abs(h - gpu.hours[i]!) > 0.5) differ++;
    if (Math.abs(h - gpu.hours[i]!) <= 0.25) within++;
  });
  report({
    name: 'GPU minus CPU façade sun hours, mean per patch (positive: the GPU sees more sun)',
    value: round(signed / Math.max(1, cpu.length), 3),
    unit: 'h',
  });
  report({
    name: 'GPU and CPU façade studies: share of patches differing by more than 30 min',
    value: round(differ / Math.max(1, cpu.length), 4),
    unit: 'share',
    baseline: { name: `patches differing (${differ} of ${cpu.length})`, value: differ },
  });
  report({
    name: 'GPU and CPU façade studies: share of patches agreeing within 15 min (one step)',
    value: round(within / Math.max(1, cpu.length), 4),
    unit: 'share',
    baseline: { name: `patches agreeing (${within} of ${cpu.length})`, value: within },
  });
}

type GpuFacades = NonNullable<ReturnType<NonNullable<typeof window.cityTwin>['studyFacades']>>;

const round = (v: number, digits = 1): number => Number(v.toFixed(digits));

async function frameFigures(
  browser: TestBrowser,
  url: string,
  shadows: string,
  vr: boolean,
): Promise<FrameFigures> {
  const tab = await browser.open(
    `${url}?shadows=${shadows}&time=${DAY}`,
    vr ? { beforeLoad: iwerInitScript({ stereo: true }) } : {},
  );
  try {
    await waitReady(tab.page);
    if (vr) {
      await tab.page.getByTestId('enter-vr').click();
      await tab.page.waitForFunction(() => window.cityTwin!.walk()?.mode === 'vr', null, { timeout: 60_000 });
    }
    const start = await tab.page.evaluate(() => window.cityTwin!.stats().frames);
    await tab.page.waitForFunction((n) => window.cityTwin!.stats().frames >= n, start + FRAMES, {
      timeout: 300_000,
    });
    const { stats, shadows } = await tab.page.evaluate(() => ({
      stats: window.cityTwin!.stats(),
      shadows: window.cityTwin!.shadows(),
    }));
    // The shadow pass draws each caster once more (per frame, not per eye); three.js leaves it out of its count.
    return { ms: stats.frameMs, drawCalls: stats.drawCalls + (shadows.enabled ? shadows.casters : 0) };
  } finally {
    await tab.page.close();
  }
}

async function gpuStudy(browser: TestBrowser, url: string) {
  const tab = await browser.open(`${url}?time=${DAY}`);
  try {
    await waitReady(tab.page);
    return await tab.page.evaluate(() => {
      const market = window.cityTwin!.viewpoints().find((v) => v.id === 'marktplatz');
      const [x, , z] = market?.position ?? [0, 0, 0];
      const study = window.cityTwin!.shadowStudy({ x, z, size: 200, resolution: 1, stepMinutes: 15 });
      const grid = window.cityTwin!.studyGrid()!;
      const facades = window.cityTwin!.studyFacades()!;
      // The study computes two passes (without and with the proposals): one pass is half of it.
      return {
        ms: study.ms / 2,
        site: { x: grid.x, z: grid.z, size: grid.size, resolution: grid.resolution, y: grid.y },
        hours: grid.hours,
        facades,
      };
    });
  } finally {
    await tab.page.close();
  }
}
