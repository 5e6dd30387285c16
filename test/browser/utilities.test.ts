import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { centrePixel } from '../support/browser.ts';
import { twinSession } from '../support/session.ts';
import { nextFrames, type TwinWithUtilities } from '../support/utilities.ts';

const GAS_STREET = JSON.parse(readFileSync('test/fixtures/utilities/gas-street.geojson', 'utf8')) as unknown;

// Underground planning on the default city: the sample network through the X-ray view, a route drawn by
// clicks and checked against a gas main, fixed, run under a house, saved and opened again.
describe('underground lines, X-ray view and the clash check of a planned route', () => {
  const session = twinSession();

  it('loads the sample network under the old town, marked as sample data on screen', async () => {
    const { page } = session;
    await page.waitForFunction(() => (window.cityTwin as TwinWithUtilities).utilities.list().length > 0);
    const lines = await page.evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.list());
    expect(new Set(lines.map((l) => l.type))).toEqual(
      new Set(['water', 'sewage', 'gas', 'power', 'telecom', 'district-heating', 'street-lighting']),
    );
    // Every line lies under the ground: its axis below y = 0 (the default city's ground level).
    expect(lines.every((l) => l.points.every((p) => p[1] < -0.2))).toBe(true);
    expect(await page.evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.sample())).toBe(true);
    await expect.poll(() => page.locator('[data-testid=utilities-sample]').isVisible()).toBe(true);
  });

  it('shows a gas line through the ground with the X-ray view on, and the street again with it off', async () => {
    const { page } = session;
    const gas = await page.evaluate(() =>
      (window.cityTwin as TwinWithUtilities).utilities.list().find((l) => l.id === 'gas-02')!,
    );
    const [a, b] = [gas.points[5]!, gas.points[6]!];
    const mid = [0, 1, 2].map((k) => (a[k]! + b[k]!) / 2) as [number, number, number];
    await page.evaluate((at) => (window.cityTwin as TwinWithUtilities).utilities.view(at, 7), mid);
    await nextFrames(page);
    const street = await centrePixel(page);
    await page.locator('[data-testid=utilities-panel] summary').click();
    await page.locator('[data-testid=utilities-xray]').check();
    await nextFrames(page);
    const xray = await centrePixel(page);
    // Gas is yellow in German line plans: strong red and green, little blue; the street is grey.
    expect(Math.abs(street[0] - street[2])).toBeLessThan(40);
    expect(xray[0]).toBeGreaterThan(xray[2] + 60);
    expect(xray[1]).toBeGreaterThan(xray[2] + 40);
    // Pointing at it tells its depth: about 1.1 m of cover plus half its 0.1 m diameter.
    const size = page.viewportSize()!;
    await page.mouse.move(size.width / 2, size.height / 2);
    await page.waitForFunction(() => (window.cityTwin as TwinWithUtilities).utilities.pointed() !== null);
    const pointed = await page.evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.pointed());
    expect(pointed?.lineId).toBe('gas-02');
    expect(pointed?.depthM).toBeGreaterThan(0.9);
    expect(pointed?.depthM).toBeLessThan(1.3);
    await expect
      .poll(() => page.locator('[data-testid=utilities-pointed]').textContent())
      .toContain('gas-02');
    await page.locator('[data-testid=utilities-xray]').uncheck();
    await nextFrames(page);
    expect(await centrePixel(page)).toEqual(street);
  });

  it('lists a power cable drawn across a gas main too close, with the distance between the walls', async () => {
    const { page } = session;
    expect(
      await page.evaluate(
        (json) => (window.cityTwin as TwinWithUtilities).utilities.load(json, 'gas-street.geojson'),
        GAS_STREET,
      ),
    ).toEqual({ lines: 1 });
    // Straight down on the street from 14 m: the gas main runs north-south through the middle of the view.
    await page.evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.view([126, 0, -24], 14));
    await nextFrames(page);
    await page.locator('[data-testid=utilities-type]').selectOption('power');
    await page.locator('[data-testid=utilities-diameter]').fill('0.1');
    await page.locator('[data-testid=utilities-cover]').fill('1.15');
    await page.locator('[data-testid=utilities-draw]').click();
    const walked = await page.evaluate(() => window.cityTwin!.walk()!.feet);
    await page.mouse.click(420, 300);
    await page.mouse.click(540, 300);
    await page.waitForFunction(
      () => (window.cityTwin as TwinWithUtilities).utilities.route().points.length === 2,
    );
    // The clicks placed points; they did not walk anywhere.
    expect(await page.evaluate(() => window.cityTwin!.walk()!.autoWalk)).toBeNull();
    expect(await page.evaluate(() => window.cityTwin!.walk()!.feet)).toEqual(walked);
    const clashes = await page.evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.clashes());
    expect(clashes.map((c) => [c.lineId, c.kind, c.crossing, c.requiredM])).toEqual([
      ['gas-test', 'clearance', true, 0.1],
    ]);
    // Gas axis at 1.0 + 0.05 below the street, the cable's at 1.15 + 0.05: 0.15 m apart, 0.05 m between walls.
    expect(clashes[0]!.distanceM).toBeCloseTo(0.05, 3);
    expect(clashes[0]!.at[0]).toBeCloseTo(126, 1);
    const entry = page.locator('[data-testid=utilities-clashes] li');
    await expect.poll(() => entry.count()).toBe(1);
    expect(await entry.first().getAttribute('data-line')).toBe('gas-test');
    expect(await entry.first().textContent()).toContain('0.05');
    // Choosing it jumps there: straight above the clash, with the ground cut open.
    await entry.first().locator('button').click();
    await expect.poll(() => page.evaluate(() => window.cityTwin!.pose().position[0])).toBeCloseTo(126, 0);
    expect(await page.evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.xray().on)).toBe(true);
  });

  it('empties the list once the cable lies deep enough, and flags a point under a house', async () => {
    const { page } = session;
    await page.locator('[data-testid=utilities-cover]').fill('1.3');
    await expect.poll(() => page.locator('[data-testid=utilities-ok]').isVisible()).toBe(true);
    expect(await page.evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.clashes())).toEqual([]);
    await page.evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.xray(false));
    await page.evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.view([126, 0, -24], 14));
    await nextFrames(page);
    // A click on the house east of the street: the point is on the ground under it.
    expect(await page.evaluate(() => window.cityTwin!.pick(800, 300)?.buildingId)).toBe('gen-b6-6-22');
    await page.mouse.click(800, 300);
    await page.waitForFunction(
      () => (window.cityTwin as TwinWithUtilities).utilities.route().points.length === 3,
    );
    const clashes = await page.evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.clashes());
    expect(clashes.map((c) => [c.kind, c.lineId])).toEqual([['building', 'gen-b6-6-22']]);
    await expect
      .poll(() => page.locator('[data-testid=utilities-clashes] li[data-kind=building]').count())
      .toBe(1);
    // No info panel opened by the click while drawing.
    expect(await page.evaluate(() => window.cityTwin!.selected())).toBeNull();
  });

  it('saves the route with its check, and refuses broken files naming the place, keeping what was there', async () => {
    const { page } = session;
    const saved = await page.evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.save());
    const features = saved.features as { properties: Record<string, unknown> }[];
    expect(features.map((f) => f.properties.role)).toEqual(['planned-route', 'clash']);
    expect(features[1]!.properties.lineId).toBe('gen-b6-6-22');
    const refused = await page.evaluate(() => {
      const u = (window.cityTwin as TwinWithUtilities).utilities;
      const attempt = (work: () => unknown): string => {
        try {
          work();
          return 'accepted';
        } catch (error) {
          return (error as Error).message;
        }
      };
      return {
        network: attempt(() =>
          u.load(
            {
              type: 'FeatureCollection',
              crs: { type: 'name', properties: { name: 'local' } },
              features: [
                {
                  type: 'Feature',
                  geometry: {
                    type: 'LineString',
                    coordinates: [
                      [0, 0],
                      [5, 0],
                    ],
                  },
                  properties: { type: 'steam', diameterM: 0.1, depthM: 1 },
                },
              ],
            },
            'bad.geojson',
          ),
        ),
        route: attempt(() =>
          u.open(
            { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'local' } }, features: [] },
            'bad-route.geojson',
          ),
        ),
        lines: u.list().map((l) => l.id),
        points: u.route().points.length,
      };
    });
    expect(refused.network).toBe(
      'bad.geojson: features[0].properties.type: unknown utility type "steam" (one of water, sewage, gas, power, telecom, district-heating, street-lighting)',
    );
    expect(refused.route).toContain(
      'bad-route.geojson: features: expected a feature with properties.role "planned-route"',
    );
    expect(refused.lines).toEqual(['gas-test']);
    expect(refused.points).toBe(3);
    // The saved file opens again to the same route and the same check.
    await page.evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.setRoute({ points: [] }));
    await page.evaluate((json) => (window.cityTwin as TwinWithUtilities).utilities.open(json), saved);
    const again = await page.evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.clashes());
    expect(again.map((c) => [c.kind, c.lineId])).toEqual([['building', 'gen-b6-6-22']]);
  });

  it('checks a route given to cityTwin.checkRoute in scene metres', async () => {
    const clashes = await session.page.evaluate(() =>
      (window.cityTwin as TwinWithUtilities).checkRoute({
        type: 'power',
        diameterM: 0.1,
        points: [
          [120, -1.05, -20],
          [132, -1.05, -20],
        ],
      }),
    );
    const gas = clashes.find((c) => c.kind === 'clearance');
    expect(gas?.lineId).toBe('gas-test');
    expect(gas?.requiredM).toBe(0.1);
  });
});
