// A recorded day replayed through the twin's real broker moves the twin's clock and its sun; a clock set by
// hand stays set, and the clock is live again once the replay ends.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt from 'mqtt';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { formatRecordingLine } from '../../src/core/exhibit/recording.ts';
import { replayClockTopic } from '../../src/core/exhibit/replay-clock.ts';
import { DEFAULT_ACCOUNTS } from '../../sensors/accounts.ts';
import { runScript, type RunningScript } from '../support/script.ts';
import { twinSession } from '../support/session.ts';

// A summer day in Neubrandenburg, 06:00 to 18:00 Berlin time, a reading every half hour.
const DAWN = Date.UTC(2026, 5, 21, 4, 0);
const HOURS = 12;
// Twelve hours in 72 s: long enough to open the stand and to set the clock by hand in between.
const SPEED = 600;
const POLL = { timeout: 60_000, interval: 100 };

// Three sensors of the default city's registry: their readings count for the stand's line on the town.
const SENSORS = (JSON.parse(readFileSync('sensors/registry.default.json', 'utf8')) as { sensor: string }[])
  .slice(0, 3)
  .map((s) => s.sensor);

/** A recording file of the day. */
function recordDay(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'stadtzwilling-replay-clock-')), 'day.jsonl');
  const lines: string[] = [];
  for (let i = 0; i <= HOURS * 2; i++)
    lines.push(
      formatRecordingLine({
        at: DAWN + i * 1_800_000,
        topic: `${CONFIG_DEFAULTS.topicPrefix}/${SENSORS[i % 3]}/temperature`,
        payload: JSON.stringify({ value: 18 + i / 4, ts: DAWN + i * 1_800_000 }),
      }),
    );
  writeFileSync(file, lines.join(''));
  return file;
}

describe('a replayed day moves the twin clock and the sun', () => {
  // A live clock (test pages otherwise stand at a summer noon): only a live clock follows a replay.
  const session = twinSession({ query: '?time=live', connected: true });
  let replay: RunningScript | undefined;
  afterAll(() => {
    replay?.child.kill('SIGKILL');
  });
  const clock = () => session.page.evaluate(() => window.cityTwin!.clock.get());
  const replayed = () =>
    session.page.evaluate(() => {
      const { time, clock } = window.cityTwin!.clock.get();
      return 'replay' in clock ? time.getTime() : null;
    });

  it('follows the replayed time, runs on with it, and lets the sun move', async () => {
    expect((await clock()).live).toBe(true);
    replay = runScript('sensors/recorder/replay.ts', [
      recordDay(),
      '--speed',
      String(SPEED),
      '--broker',
      session.twin.mqttUrl!,
    ]);
    await expect.poll(replayed, POLL).not.toBeNull();
    const first = (await replayed())!;
    const firstSun = await session.page.evaluate(() => window.cityTwin!.sun());
    expect(first).toBeGreaterThanOrEqual(DAWN);
    expect(first).toBeLessThan(DAWN + HOURS * 3_600_000);
    expect((await clock()).speed).toBe(SPEED);
    // Between messages and across them the clock moves on with the day, and the sun climbs with it.
    await expect.poll(async () => ((await replayed()) ?? 0) - first, POLL).toBeGreaterThan(2 * 3_600_000);
    const later = await session.page.evaluate(() => window.cityTwin!.sun());
    expect(Math.abs(later.altitudeDeg - firstSun.altitudeDeg)).toBeGreaterThan(5);
    expect(later.azimuthDeg).not.toBeCloseTo(firstSun.azimuthDeg, 0);
    // The planning panel says the clock follows a replay, and at what time.
    await session.page.getByTestId('planning-open').click();
    await expect
      .poll(() => session.page.getByTestId('planning-replay').textContent(), POLL)
      .toMatch(/Wiedergabe.*\d\d:\d\d/);
  });

  it('tells visitors at the stand that they see a recorded day, in the loop and while they walk', async () => {
    const stand = await session.open('?mode=exhibit&lang=de&time=live');
    await stand.page.waitForFunction(() => window.cityTwinStand?.state().mode === 'attract');
    await expect
      .poll(() => stand.page.getByTestId('replay-badge').textContent(), POLL)
      .toMatch(/^Wiedergabe eines aufgezeichneten Tages: 21\.06\.2026, \d\d:\d\d Uhr$/);
    // Once readings came, the loop's line names the recorded day and its time, never "right now".
    await expect
      .poll(() => stand.page.getByTestId('attract-town').textContent(), POLL)
      .toMatch(/^Aufgezeichneter Tag, 21\.06\.2026, \d\d:\d\d Uhr: /);
    const vp = stand.page.viewportSize()!;
    await stand.page.mouse.click(vp.width / 2, vp.height / 3);
    await stand.page.waitForFunction(() => window.cityTwinStand!.state().mode === 'visitor');
    await expect.poll(() => stand.page.getByTestId('replay-badge').isVisible(), POLL).toBe(true);
    expect(await stand.page.getByTestId('replay-badge').textContent()).toMatch(/^Wiedergabe .*21\.06\.2026/);
    await stand.page.close();
  });

  it('stays where it was set by hand while the replay goes on', async () => {
    const set = Date.UTC(2026, 11, 21, 11, 0);
    await session.page.evaluate((t) => window.cityTwin!.clock.set(t, 0), set);
    // A reading comes every replayed half hour (three real seconds), the replayed time every two seconds: once
    // four more readings came, so did several replayed times, and the clock stayed where it was set.
    const readings = () => session.page.evaluate(() => window.cityTwin!.stats().messages);
    const before = await readings();
    await expect.poll(readings, POLL).toBeGreaterThanOrEqual(before + 4);
    const now = await clock();
    expect(now.live).toBe(false);
    expect(now.time.getTime()).toBe(set);
    expect('replay' in now.clock).toBe(false);
    expect(await session.page.getByTestId('planning-replay').count()).toBe(0);
  });

  it('is live again when the replay ends', async () => {
    await session.page.evaluate(() => window.cityTwin!.clock.set('live'));
    await expect.poll(replayed, POLL).not.toBeNull();
    expect(await replay!.exited).toBe(0);
    await expect.poll(async () => (await clock()).live, POLL).toBe(true);
    expect(Math.abs((await clock()).time.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('counts an unreadable replay clock among the rejects, and runs on as it was', async () => {
    const publisher = await mqtt.connectAsync(session.twin.mqttUrl!, DEFAULT_ACCOUNTS.simulator);
    await publisher.publishAsync(replayClockTopic(CONFIG_DEFAULTS.topicPrefix), '{"time":"noon"}');
    await publisher.endAsync();
    const rejected = () =>
      session.page.evaluate(() => window.cityTwin!.stats().sensors.rejectedBy['bad-replay-clock']);
    await expect.poll(rejected, POLL).toBe(1);
    expect((await clock()).live).toBe(true);
  });
});
