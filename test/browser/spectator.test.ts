// The stand's spectator screen and guide with a headset: two pages on one twin and its real broker, the
// headset an emulated Quest 3 (IWER). The spectator follows the headset's moves; the guide's suggestion reaches
// it, and only the trigger takes it there.
import mqtt, { type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNTS } from '../../sensors/accounts.ts';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { PRESENCE_BYE, encodePresence } from '../../src/core/exhibit/presence-message.ts';
import { STAND_ACCOUNTS, presenceTopic, standTopicRoot } from '../../src/core/exhibit/stand-topics.ts';
import { waitReady, type TestPage } from '../support/browser.ts';
import { standStill } from '../support/frames.ts';
import { publishReading } from '../support/publish.ts';
import { twinSession } from '../support/session.ts';
import { cameraAt, distance, headsetState, spectatorState } from '../support/spectator.ts';
import { iwerInitScript, setButton } from '../support/xr.ts';

const CITY = '?city=/fixtures/walk/walk-city.glb';
const MARKTPLATZ = [35, 1.8, 0];
const POLL = { timeout: 60_000, interval: 50 };

describe('the spectator screen and the guide, with an emulated headset', () => {
  const session = twinSession({ query: `${CITY}&mode=spectator` });
  let headset: TestPage;
  const spectator = () => session.page;
  const vr = () => headset.page;
  const until = (page: () => TestPage['page'], fn: string) =>
    page().waitForFunction(fn, undefined, { timeout: 60_000, polling: 16 });

  beforeAll(async () => {
    headset = await session.open(CITY, { beforeLoad: iwerInitScript() });
    await waitReady(headset.page);
  });
  afterAll(async () => {
    await headset?.page.close();
  });

  it('says "no headset" until a visitor enters VR, then follows that headset', async () => {
    await spectator().getByTestId('spectator-none').waitFor();
    expect((await spectatorState(spectator())).followed).toBeNull();
    expect(await vr().evaluate(() => window.cityTwin!.goTo('street'))).toBe(true);
    await vr().getByTestId('enter-vr').click();
    await until(vr, `window.cityTwin.walk()?.mode === 'vr'`);
    await standStill(vr());
    const { id } = await headsetState(vr());
    await expect.poll(async () => (await spectatorState(spectator())).followed, POLL).toBe(id);
    await expect.poll(() => spectator().getByTestId('spectator-none').count(), POLL).toBe(0);
  });

  it('moves its camera with the headset, smoothly onto the same place', async () => {
    const head = await cameraAt(vr());
    await expect.poll(async () => distance(await cameraAt(spectator()), head), POLL).toBeLessThan(0.05);
    // The visitor takes two steps to the side in the room: the spectator's view goes along.
    await vr().evaluate(() => window.__xrDevice!.position.set(2, 1.6, 0));
    await expect.poll(async () => distance(await cameraAt(vr()), head), POLL).toBeGreaterThan(1.9);
    await standStill(vr());
    const moved = await cameraAt(vr());
    await expect.poll(async () => distance(await cameraAt(spectator()), moved), POLL).toBeLessThan(0.05);
  });

  it('lists a second headset and follows the one the staff choose', async () => {
    // A second headset on the presence account, speaking whenever the emulated one does (no clock of its own).
    const root = standTopicRoot(CONFIG_DEFAULTS.topicPrefix);
    const url = session.twin.mqttUrl!;
    const second = await mqtt.connectAsync(url, { ...STAND_ACCOUNTS.presence, reconnectPeriod: 0 });
    const ears = await mqtt.connectAsync(url, { ...STAND_ACCOUNTS.guide, reconnectPeriod: 0 });
    const pose = encodePresence({ ...PRESENCE_BYE, position: [100, 1.6, 100], bye: false });
    ears.on('message', () => second.publish(presenceTopic(root, 'quest-zweit'), pose));
    await ears.subscribeAsync(presenceTopic(root, (await headsetState(vr())).id));
    try {
      const first = (await headsetState(vr())).id;
      await spectator().getByTestId('spectator-headset-quest-zweit').click();
      await expect
        .poll(async () => distance(await cameraAt(spectator()), [100, 1.6, 100]), POLL)
        .toBeLessThan(0.05);
      await spectator().getByTestId(`spectator-headset-${first}`).click();
      const head = await cameraAt(vr());
      await expect.poll(async () => distance(await cameraAt(spectator()), head), POLL).toBeLessThan(0.05);
    } finally {
      await ears.endAsync(true);
      await second.publishAsync(presenceTopic(root, 'quest-zweit'), encodePresence(PRESENCE_BYE));
      await second.endAsync();
    }
    await expect.poll(async () => (await spectatorState(spectator())).live.length, POLL).toBe(1);
  });

  it('shows the visitor from above, and back through their eyes', async () => {
    const head = await cameraAt(vr());
    await spectator().getByTestId('spectator-view-above').click();
    await expect.poll(async () => (await cameraAt(spectator()))[1] - head[1], POLL).toBeGreaterThan(40);
    await spectator().getByTestId('spectator-view-eye').click();
    await expect.poll(async () => distance(await cameraAt(spectator()), head), POLL).toBeLessThan(0.05);
  });

  it('publishes at most 20 poses a second of frame time, never more than one a frame', async () => {
    const before = await headsetState(vr());
    const heard = (await spectatorState(spectator())).received;
    await until(vr, `window.cityTwin.headset.state().frames >= ${before.frames + 40}`);
    const after = await headsetState(vr());
    const sent = after.sent - before.sent;
    const frames = after.frames - before.frames;
    const seconds = (after.frameMs - before.frameMs) / 1000;
    expect(sent).toBeGreaterThan(0);
    expect(sent).toBeLessThanOrEqual(frames);
    expect(sent).toBeLessThanOrEqual(1 + 20 * seconds);
    await expect.poll(async () => (await spectatorState(spectator())).received, POLL).toBeGreaterThan(heard);
  });

  it("sends the guide's suggestion to the headset, which goes there only when the trigger takes it", async () => {
    await spectator().getByTestId('guide-viewpoint-marktplatz').click();
    await until(vr, `window.cityTwin.headset.state().prompt !== null`);
    await expect
      .poll(() => spectator().getByTestId('guide-sent').getAttribute('data-state'), POLL)
      .toBe('shown');
    // Waiting changes nothing: the visitor is still where they were.
    await standStill(vr());
    const { feet } = (await vr().evaluate(() => window.cityTwin!.walk()))!;
    expect(Math.hypot(feet[0] - MARKTPLATZ[0]!, feet[2] - MARKTPLATZ[2]!)).toBeGreaterThan(5);
    expect(await vr().evaluate(() => window.cityTwin!.walk()!.teleports)).toBe(0);
    await setButton(vr(), 'right', 'trigger', 1);
    await until(vr, `window.cityTwin.headset.state().answer?.state === 'accepted'`);
    await setButton(vr(), 'right', 'trigger', 0);
    await expect
      .poll(async () => {
        const { feet } = (await vr().evaluate(() => window.cityTwin!.walk()))!;
        return Math.hypot(feet[0] - MARKTPLATZ[0]!, feet[2] - MARKTPLATZ[2]!);
      }, POLL)
      .toBeLessThan(0.05);
    await expect
      .poll(() => spectator().getByTestId('guide-sent').getAttribute('data-state'), POLL)
      .toBe('accepted');
    // The trigger answered the prompt: it did not teleport.
    expect(await vr().evaluate(() => window.cityTwin!.walk()!.teleports)).toBe(0);
  });

  it('lets the visitor turn a suggestion down with the grip: they stay', async () => {
    await standStill(vr());
    const here = await cameraAt(vr());
    await spectator().getByTestId('guide-viewpoint-street').click();
    await until(vr, `window.cityTwin.headset.state().prompt !== null`);
    await setButton(vr(), 'right', 'squeeze', 1);
    await until(vr, `window.cityTwin.headset.state().answer?.state === 'dismissed'`);
    await setButton(vr(), 'right', 'squeeze', 0);
    await expect
      .poll(() => spectator().getByTestId('guide-sent').getAttribute('data-state'), POLL)
      .toBe('dismissed');
    await standStill(vr());
    expect(distance(await cameraAt(vr()), here)).toBeLessThan(0.05);
  });

  it('sends the visitor to a building tapped on the screen: they stand in front of it', async () => {
    await spectator().evaluate(() => window.cityTwin!.select('kiosk'));
    await spectator().getByTestId('guide-building').click();
    await until(vr, `window.cityTwin.headset.state().prompt !== null`);
    await setButton(vr(), 'right', 'trigger', 1);
    await until(vr, `window.cityTwin.headset.state().answer?.state === 'accepted'`);
    await setButton(vr(), 'right', 'trigger', 0);
    // The kiosk's box is 6 x 6 m around (0, 23): the visitor stands 12 m off its outline.
    const reach = Math.hypot(6, 6) / 2 + 12;
    await expect
      .poll(async () => {
        const { feet } = (await vr().evaluate(() => window.cityTwin!.walk()))!;
        return Math.hypot(feet[0], feet[2] - 23);
      }, POLL)
      .toBeCloseTo(reach, 0);
    await standStill(vr());
    expect(await vr().evaluate(() => window.cityTwin!.walk()!.teleports)).toBe(0);
  });

  it('shows "no headset" again once the visitor leaves VR', async () => {
    await vr().evaluate(() => window.cityTwin!.exitVR());
    await spectator().getByTestId('spectator-none').waitFor();
    expect((await headsetState(vr())).connected).toBe(false);
  });
});

describe("the headsets' presence account on the embedded broker", () => {
  const session = twinSession({ query: false });
  const clients: MqttClient[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.endAsync(true)));
  });

  it('cannot publish a reading: the broker refuses it and closes the connection', async () => {
    const url = session.twin.mqttUrl!;
    const viewer = await mqtt.connectAsync(url, { ...DEFAULT_ACCOUNTS.viewer, reconnectPeriod: 0 });
    const presence = await mqtt.connectAsync(url, { ...STAND_ACCOUNTS.presence, reconnectPeriod: 0 });
    clients.push(viewer, presence);
    const seen: string[] = [];
    viewer.on('message', (_topic, payload) => seen.push(payload.toString()));
    await viewer.subscribeAsync(`${CONFIG_DEFAULTS.topicPrefix}/#`);
    let closed = false;
    presence.on('close', () => (closed = true));
    presence.publish(`${CONFIG_DEFAULTS.topicPrefix}/s-presence/temperature`, '99.5');
    await expect.poll(() => closed, POLL).toBe(true);
    await publishReading(session.twin, 's-presence', '12.5');
    await expect.poll(() => seen, POLL).toEqual(['12.5']);
  });
});
