import { appendFileSync, existsSync, writeFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt, { type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNTS } from '../../sensors/accounts.ts';
import { formatRecordingLine, parseRecording } from '../../src/core/exhibit/recording.ts';
import { parseReplayClock, replayClockTopic } from '../../src/core/exhibit/replay-clock.ts';
import { startMosquitto, type RunningMosquitto } from '../support/mosquitto.ts';
import { runScript, type RunningScript } from '../support/script.ts';

const PREFIX = 'city/neubrandenburg/sensors';
const BATCH = 20;

// Record from a real Mosquitto, kill the recorder with SIGKILL, tear its last line, record on, replay the day.
describe('record, kill -9, replay', () => {
  let broker: RunningMosquitto;
  let publisher: MqttClient;
  const dir = mkdtempSync(join(tmpdir(), 'stadtzwilling-recordings-'));
  const scripts: RunningScript[] = [];
  const file = (): string =>
    join(
      dir,
      readdirSync(dir).find((f) => f.endsWith('.jsonl'))!,
    );
  const recorded = () =>
    existsSync(dir) && readdirSync(dir).length > 0 ? parseRecording(readFileSync(file(), 'utf8')) : null;
  const values = (): number[] =>
    recorded()?.messages.map((m) => (JSON.parse(m.payload) as { value: number }).value) ?? [];
  const record = async (): Promise<RunningScript> => {
    const script = runScript('sensors/recorder/record.ts', [
      '--broker',
      broker.url,
      '--dir',
      dir,
      '--flush-ms',
      '200',
      '--batch',
      String(BATCH),
    ]);
    scripts.push(script);
    await script.printed(/Recording/);
    return script;
  };
  const publish = async (from: number, count: number): Promise<void> => {
    for (let i = from; i < from + count; i++)
      await publisher.publishAsync(
        `${PREFIX}/s${i % 7}/temperature`,
        JSON.stringify({ value: i, ts: Date.now() }),
        { qos: 1 },
      );
  };

  beforeAll(async () => {
    broker = await startMosquitto();
    publisher = await mqtt.connectAsync(broker.url, { ...DEFAULT_ACCOUNTS.simulator });
  });
  afterAll(async () => {
    for (const s of scripts) s.child.kill('SIGKILL');
    await publisher?.endAsync(true);
    await broker?.dispose();
  });

  it('a kill -9 loses at most the last batch, and never an earlier line', async () => {
    const recorder = await record();
    // The recorder subscribes just after it connects: wait for a first message to land before counting.
    await publish(0, 1);
    await expect.poll(() => values().length, { timeout: 20_000 }).toBe(1);
    await publish(1, 99);
    await expect.poll(() => values().length, { timeout: 20_000 }).toBe(100);
    await publish(100, 15);
    recorder.child.kill('SIGKILL');
    await recorder.exited;
    const kept = values();
    // Whole lines in order, no gap: 0, 1, 2 … up to where the kill came.
    expect(kept).toEqual(kept.map((_, i) => i));
    expect(115 - kept.length).toBeLessThanOrEqual(BATCH);
    expect(recorded()!.skipped).toEqual([]);
  });

  it('a torn last line is closed off when recording goes on, and skipped with a warning on replay', async () => {
    const before = values().length;
    appendFileSync(file(), '{"at":17,"topic":"city/neubra');
    const recorder = await record();
    await publish(1000, 5);
    await expect.poll(() => values().length, { timeout: 20_000 }).toBe(before + 5);
    recorder.child.kill('SIGTERM');
    await recorder.exited;
    const read = recorded()!;
    expect(read.skipped).toHaveLength(1);
    expect(read.skipped[0]!.line).toBe(before + 1);

    const received: { topic: string; value: number; ts: number }[] = [];
    const viewer = await mqtt.connectAsync(broker.url, { ...DEFAULT_ACCOUNTS.viewer });
    const clocks: ReturnType<typeof parseReplayClock>[] = [];
    await viewer.subscribeAsync([`${PREFIX}/#`, replayClockTopic(PREFIX)]);
    viewer.on('message', (topic, payload) => {
      if (topic === replayClockTopic(PREFIX)) return clocks.push(parseReplayClock(payload.toString()));
      received.push({ topic, ...(JSON.parse(payload.toString()) as { value: number; ts: number }) });
    });
    const started = Date.now();
    const replay = runScript('sensors/recorder/replay.ts', [
      file(),
      '--speed',
      '1000',
      '--broker',
      broker.url,
    ]);
    scripts.push(replay);
    expect(await replay.exited).toBe(0);
    await expect.poll(() => received.length, { timeout: 20_000 }).toBe(read.messages.length);
    // The replayed time came beside the readings, from the recording's first moment on, and its retained
    // message was cleared at the end (the shipped ACL lets the simulator tell it and the viewer read it).
    await expect.poll(() => clocks.at(-1), { timeout: 20_000 }).toBeNull();
    expect(clocks[0]).toMatchObject({ time: read.messages[0]!.at, speed: 1000 });
    await viewer.endAsync();
    expect(replay.output()).toMatch(new RegExp(`:${before + 1}: skipped, not valid JSON`));
    expect(received.map((r) => r.value)).toEqual(
      read.messages.map((m) => (JSON.parse(m.payload) as { value: number }).value),
    );
    // Replayed readings are current: their times moved to the replay.
    expect(Math.min(...received.map((r) => r.ts))).toBeGreaterThanOrEqual(started);
  });

  it('a replay killed with kill -9 leaves no replayed time behind: the broker clears it', async () => {
    const clocks: ReturnType<typeof parseReplayClock>[] = [];
    const viewer = await mqtt.connectAsync(broker.url, { ...DEFAULT_ACCOUNTS.viewer });
    await viewer.subscribeAsync(replayClockTopic(PREFIX));
    viewer.on('message', (_topic, payload) => clocks.push(parseReplayClock(payload.toString())));
    // Two readings an hour apart, at a speed of 1: the replay is still playing when it is killed.
    const hour = join(mkdtempSync(join(tmpdir(), 'stadtzwilling-hour-')), 'hour.jsonl');
    const reading = (at: number) => ({ at, topic: `${PREFIX}/s1/temperature`, payload: '{"value":20}' });
    writeFileSync(hour, formatRecordingLine(reading(0)) + formatRecordingLine(reading(3_600_000)));
    const replay = runScript('sensors/recorder/replay.ts', [hour, '--speed', '1', '--broker', broker.url]);
    scripts.push(replay);
    await expect.poll(() => clocks.length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(clocks[0]).toMatchObject({ speed: 1 });
    replay.child.kill('SIGKILL');
    expect(await replay.exited).toBeNull();
    await expect.poll(() => clocks.at(-1), { timeout: 20_000 }).toBeNull();
    await viewer.endAsync();
  });
});
