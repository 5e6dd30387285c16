import { beforeAll, describe, expect, it } from 'vitest';
import { centrePixel } from '../support/browser.ts';
import { publishReading } from '../support/publish.ts';
import { twinSession } from '../support/session.ts';

// Three candidate buildings of the default city; each has a sensor whose label is markup (it must stay text).
const CANDIDATES = ['gen-b0-5-15', 'gen-b3-8-20', 'gen-b0-6-0'];
const SENSOR_OF: Record<string, string> = {
  'gen-b0-5-15': 'pick-a',
  'gen-b3-8-20': 'pick-b',
  'gen-b0-6-0': 'pick-c',
};
const MARKUP = '<img src=x onerror="window.__injected=1">Fassade';

describe('pointing at a building opens its info panel; the legend explains the colours', () => {
  const session = twinSession({
    query: '?registry=./fixtures/interaction/registry.json&lang=en',
    connected: true,
  });
  let building = '';

  // The first candidate whose centre of view, after focus, is the building itself.
  beforeAll(async () => {
    const size = session.page.viewportSize()!;
    for (const id of CANDIDATES) {
      const hit = await session.page.evaluate(
        ([id, x, y]) =>
          window.cityTwin!.focus(id as string) && window.cityTwin!.pick(x as number, y as number),
        [id, size.width / 2, size.height / 2] as const,
      );
      if (hit && hit.buildingId === id) {
        building = id;
        break;
      }
    }
  });

  it('shows the legend with the scale, "no sensor" and "no current data"', async () => {
    const legend = session.page.getByTestId('legend');
    await expect(legend.getByTestId('legend-no-sensor').textContent()).resolves.toBe('no sensor');
    await expect(legend.getByTestId('legend-no-data').textContent()).resolves.toBe('no current data');
    const items = await legend.locator('li').allTextContents();
    expect(items).toContain('35 °C');
    expect(items).toContain('20 °C');
    expect(items).toContain('-10 °C');
    expect(items).toHaveLength(9);
  });

  it('a real mouse click on the building opens its panel with name, temperature, age and sensors', async () => {
    expect(building).not.toBe('');
    await publishReading(session.twin, `${SENSOR_OF[building]}-t1`, '22.5');
    await publishReading(session.twin, `${SENSOR_OF[building]}-t2`, '24.5');
    await session.page.waitForFunction((id) => window.cityTwin!.building(id)?.temperature === 23.5, building);
    const size = session.page.viewportSize()!;
    await session.page.mouse.click(size.width / 2, size.height / 2);
    const panel = session.page.getByTestId('info-panel');
    await panel.waitFor();
    expect(await panel.getAttribute('data-building')).toBe(building);
    const info = await session.page.evaluate((id) => window.cityTwin!.building(id), building);
    expect(await panel.getByTestId('info-name').textContent()).toBe(info!.name || building);
    await session.page.waitForFunction(() =>
      /23\.5 °C/.test(document.querySelector('[data-testid="info-temperature"]')?.textContent ?? ''),
    );
    expect(await panel.getByTestId('info-temperature').textContent()).toMatch(/23\.5 °C · \d+ s ago/);
    expect(await session.page.evaluate(() => window.cityTwin!.selected())).toBe(building);
    // The last hour comes from the sensor worker on the panel's next refresh.
    await expect.poll(() => panel.getByTestId('sparkline').count()).toBe(1);
  });

  it('shows sensor labels as literal text, never as markup', async () => {
    const panel = session.page.getByTestId('info-panel');
    const labels = await panel.locator('.info-sensor-label').allTextContents();
    expect(labels).toContain(MARKUP);
    expect(labels).toContain('Dach');
    expect(await panel.locator('img').count()).toBe(0);
    expect(
      await session.page.evaluate(() => (window as unknown as { __injected?: number }).__injected),
    ).toBeUndefined();
  });

  it('updates the open panel with new readings, and closes', async () => {
    await publishReading(session.twin, `${SENSOR_OF[building]}-t1`, '26.5');
    await session.page.waitForFunction(() =>
      /25\.5 °C/.test(document.querySelector('[data-testid="info-temperature"]')?.textContent ?? ''),
    );
    await session.page.getByTestId('info-close').click();
    await session.page.getByTestId('info-panel').waitFor({ state: 'detached' });
    expect(await session.page.evaluate(() => window.cityTwin!.selected())).toBeNull();
  });

  it('a drag is not a click; select() opens the panel and Escape closes it', async () => {
    const size = session.page.viewportSize()!;
    await session.page.evaluate((id) => window.cityTwin!.focus(id), building);
    await session.page.mouse.move(size.width / 2, size.height / 2);
    await session.page.mouse.down();
    await session.page.mouse.move(size.width / 2 + 40, size.height / 2 + 10, { steps: 4 });
    await session.page.mouse.up();
    await session.page.evaluate((id) => window.cityTwin!.focus(id), building);
    expect(await session.page.evaluate(() => window.cityTwin!.selected())).toBeNull();
    expect(await session.page.evaluate(() => window.cityTwin!.select('no-such-building'))).toBe(false);
    expect(await session.page.evaluate((id) => window.cityTwin!.select(id), building)).toBe(true);
    await session.page.getByTestId('info-panel').waitFor();
    await session.page.keyboard.press('Escape');
    await session.page.getByTestId('info-panel').waitFor({ state: 'detached' });
  });

  it('a tap on a touch screen opens the panel too', async () => {
    const size = session.page.viewportSize()!;
    await session.page.evaluate((id) => window.cityTwin!.focus(id), building);
    const cdp = await session.page.context().newCDPSession(session.page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const point = { x: size.width / 2, y: size.height / 2 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await session.page.getByTestId('info-panel').waitFor();
    expect(await session.page.evaluate(() => window.cityTwin!.selected())).toBe(building);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
    await cdp.detach();
  });

  it('draws the selected building brighter, and back when the panel closes', async () => {
    await session.page.evaluate((id) => window.cityTwin!.focus(id), building);
    expect(await session.page.evaluate((id) => window.cityTwin!.select(id), building)).toBe(true);
    const selected = await centrePixel(session.page);
    await session.page.evaluate(() => window.cityTwin!.select(null));
    const plain = await centrePixel(session.page);
    const sum = (p: number[]) => p[0]! + p[1]! + p[2]!;
    expect(sum(selected)).toBeGreaterThan(sum(plain) + 15);
  });
});
