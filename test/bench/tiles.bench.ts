// Bench: the whole-town synthetic model (85 km², 120,000 houses, 3 million triangles) as a 3D Tiles tileset made
// by the pipeline, in Chromium at street level, from the HKB tower's height and from a 600 m overview, on the
// desktop and in VR (IWER); baseline in the same run: the same town as one GLB. Generated into the ignored
// test/fixtures/tiles/generated/, never committed.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createGeoFrame } from '../../src/core/geo/geo-frame.ts';
import { SYNTHETIC_TOWN_VIEWPOINTS, syntheticTown } from '../../src/pipeline/tiles/synthetic-town.ts';
import { tileLayers } from '../../src/pipeline/tiles/tile-city.ts';
import { cityToGlb } from '../../src/pipeline/write-city.ts';
import { launchBrowser, waitReady } from '../support/browser.ts';
import { startTestTwin } from '../support/twin.ts';
import { iwerInitScript } from '../support/xr.ts';
import type { Figure } from './figure.ts';

const DIR = join(import.meta.dirname, '../fixtures/tiles/generated');
const TILESET = './fixtures/tiles/generated/whole/tileset.json';
const GLB = './fixtures/tiles/generated/whole.glb';
const CAP = 400e6;

interface TilesFigures {
  loaded: number;
  visible: number;
  downloading: number;
  cacheBytes: number;
  colliderPending: number;
  updateMs: number;
}

/** Run the bench and report each figure. */
export default async function run(report: (f: Figure) => void): Promise<void> {
  const { layers, features } = syntheticTown();
  const triangles = layers.reduce((n, l) => n + l.indices.length / 3, 0);
  const origin = createGeoFrame(384780, 5935590, 19).origin;
  const stadtzwilling = { origin, viewpoints: SYNTHETIC_TOWN_VIEWPOINTS, attribution: 'synthetic' };
  await rm(join(DIR, 'whole'), { recursive: true, force: true });
  await mkdir(DIR, { recursive: true });
  let start = performance.now();
  const tiled = await tileLayers(layers, features, { stadtzwilling }, join(DIR, 'whole'));
  const tileMs = performance.now() - start;
  start = performance.now();
  const glb = await cityToGlb({
    layers,
    features,
    viewpoints: SYNTHETIC_TOWN_VIEWPOINTS,
    origin,
    attribution: '',
  });
  const glbMs = performance.now() - start;
  await writeFile(join(DIR, 'whole.glb'), glb);
  report({
    name: `whole-town tileset: ${tiled.tiles} tiles in ${tiled.levels} levels (${features.length} houses, ${triangles} triangles)`,
    value: tiled.bytes,
    unit: 'bytes',
    baseline: { name: 'the same town as one GLB', value: glb.byteLength },
  });
  report({
    name: 'pipeline time: tiling with levels of detail, validated',
    value: Math.round(tileMs),
    unit: 'ms',
    baseline: { name: 'writing the one GLB', value: Math.round(glbMs) },
  });
  await browserFigures(triangles, report);
}

const settled = (page: Page) =>
  page.waitForFunction(
    () => {
      const t = window.cityTwin!.stats().tiles as unknown as TilesFigures | null;
      return t !== null && t.downloading === 0 && t.colliderPending === 0;
    },
    undefined,
    { timeout: 600_000, polling: 100 },
  );
const frames = (page: Page, n: number) =>
  page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const until = window.cityTwin!.stats().frames + count;
        const check = () => (window.cityTwin!.stats().frames >= until ? resolve() : setTimeout(check, 20));
        check();
      }),
    n,
  );

async function browserFigures(triangles: number, report: (f: Figure) => void): Promise<void> {
  const twin = await startTestTwin();
  const browser = await launchBrowser();
  try {
    // Baseline: the whole town as one GLB.
    const one = await browser.open(`${twin.url}?city=${GLB}`);
    await waitReady(one.page);
    const glbLoad = await one.page.evaluate(() => performance.now());
    await frames(one.page, 3);
    const glbStats = await one.page.evaluate(() => window.cityTwin!.stats());
    await one.page.close();

    const tab = await browser.open(`${twin.url}?city=${TILESET}`);
    await waitReady(tab.page);
    const firstView = await tab.page.evaluate(() => performance.now());
    await settled(tab.page);
    const fullDetail = await tab.page.evaluate(() => performance.now());
    report({
      name: 'tileset: navigation start to the first view drawn (loadCity resolves)',
      value: Math.round(firstView),
      unit: 'ms',
      baseline: { name: 'the one GLB: navigation start to drawn', value: Math.round(glbLoad) },
    });
    report({
      name: 'tileset: navigation start to full street-level detail (nothing loading, walk trees built)',
      value: Math.round(fullDetail),
      unit: 'ms',
      baseline: { name: 'the one GLB: navigation start to drawn', value: Math.round(glbLoad) },
    });
    const views: [string, () => Promise<unknown>][] = [
      ['street level', () => tab.page.evaluate(() => window.cityTwin!.goTo('marktplatz'))],
      ['HKB tower height', () => tab.page.evaluate(() => window.cityTwin!.goTo('hkb-tower-top'))],
      [
        '600 m overview',
        () => tab.page.evaluate(() => window.cityTwin!.lookFrom([0, 600, 400], [0, 0, -300])),
      ],
    ];
    for (const [where, go] of views) {
      await go();
      await frames(tab.page, 3);
      await settled(tab.page);
      await frames(tab.page, 5);
      const s = await tab.page.evaluate(() => window.cityTwin!.stats());
      const t = s.tiles as unknown as TilesFigures;
      report({
        name: `draw calls at ${where}`,
        value: s.drawCalls,
        unit: 'draw calls',
        baseline: { name: 'the one GLB', value: glbStats.drawCalls },
      });
      report({
        name: `triangles drawn at ${where}`,
        value: s.triangles,
        unit: 'triangles',
        baseline: { name: 'the one GLB (all of the town)', value: glbStats.triangles || triangles },
      });
      report({
        name: `tile bytes held at ${where}`,
        value: t.cacheBytes,
        unit: 'bytes',
        baseline: { name: 'cap', value: CAP },
      });
      report({
        name: `tiles loaded / visible at ${where}`,
        value: t.loaded,
        unit: `tiles (${t.visible} visible)`,
      });
      report({
        name: `JS time per frame, tiles update + walk trees, at ${where}`,
        value: Number(t.updateMs.toFixed(2)),
        unit: 'ms',
        baseline: { name: 'budget', value: 2 },
      });
    }
    await tab.page.close();

    const vr = await browser.open(`${twin.url}?city=${TILESET}`, {
      beforeLoad: iwerInitScript({ stereo: true }),
    });
    await waitReady(vr.page);
    await vr.page.evaluate(() => window.cityTwin!.goTo('marktplatz'));
    await vr.page.getByTestId('enter-vr').click();
    await vr.page.waitForFunction(() => window.cityTwin!.walk()?.mode === 'vr', undefined, {
      timeout: 120_000,
    });
    await settled(vr.page);
    await frames(vr.page, 5);
    const v = await vr.page.evaluate(() => window.cityTwin!.stats());
    // Both eyes are drawn in one frame: the renderer's count covers two views.
    report({
      name: 'VR (IWER, stereo): draw calls per eye at street level',
      value: v.drawCalls / 2,
      unit: 'draw calls',
      baseline: { name: 'budget', value: 100 },
    });
    report({
      name: 'VR (IWER, stereo): triangles per eye at street level',
      value: v.triangles / 2,
      unit: 'triangles',
      baseline: { name: 'budget', value: 750_000 },
    });
    await vr.page.close();
  } finally {
    await browser.dispose();
    await twin.dispose();
  }
}
