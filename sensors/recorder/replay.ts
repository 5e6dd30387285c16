// `npm run replay -- <file> [--speed 60]`: publish a recorded day through the broker, as if it happened now.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import mqtt from 'mqtt';
import { parseRecording, replayDelays, retimePayload } from '../../src/core/exhibit/recording.ts';
import { formatReplayClock, replayClockTopic } from '../../src/core/exhibit/replay-clock.ts';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { DEFAULT_ACCOUNTS } from '../accounts.ts';

const HELP = `Usage: npm run replay -- <file.jsonl> [options]
  --speed <n>        n times faster than recorded (default 60: a day in 24 minutes)
  --broker <url>     MQTT broker (default mqtt://127.0.0.1:1883)
  --user <name>      an account that may publish (default ${DEFAULT_ACCOUNTS.simulator.username})
  --password <text>
  --prefix <topic>   the twin's topic prefix, beside which the replayed time is told (default
                     ${CONFIG_DEFAULTS.topicPrefix})
  --loop             start again at the end (for a stand that runs all day)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    speed: { type: 'string', default: '60' },
    broker: { type: 'string', default: 'mqtt://127.0.0.1:1883' },
    user: { type: 'string', default: DEFAULT_ACCOUNTS.simulator.username },
    password: { type: 'string', default: DEFAULT_ACCOUNTS.simulator.password },
    prefix: { type: 'string', default: CONFIG_DEFAULTS.topicPrefix },
    loop: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const file = positionals[0];
if (values.help || !file) {
  console.log(HELP);
  process.exit(values.help ? 0 : 2);
}
const speed = Number(values.speed);
if (!(speed > 0)) {
  console.error(`--speed must be a number above 0, not "${values.speed}"`);
  process.exit(2);
}

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(1);
}
const recording = parseRecording(text);
for (const s of recording.skipped) console.warn(`${file}:${s.line}: skipped, ${s.reason}`);
if (recording.messages.length === 0) {
  console.error(`${file} holds no readable message.`);
  process.exit(1);
}
/** How often the replayed time is told again (the twin runs on at the speed in between). */
const CLOCK_EVERY_MS = 2000;
const delays = replayDelays(recording.messages, speed);
// The replayed time, retained beside the readings: the twin's live clock (and its sun) follows it. Should
// the replay die without a word, the broker clears it (the will), and the twin's clock returns to live.
const clockTopic = replayClockTopic(values.prefix);
const client = mqtt.connect(values.broker, {
  username: values.user,
  password: values.password,
  reconnectPeriod: 1000,
  will: { topic: clockTopic, payload: Buffer.alloc(0), qos: 1, retain: true },
});
client.on('error', (error) => console.error(`Replay: ${error.message}`));

let clockTimer: ReturnType<typeof setInterval> | undefined;
const tellClock = (start: number, sent = Date.now()): void => {
  const time = recording.messages[0]!.at + (sent - start) * speed;
  client.publish(clockTopic, formatReplayClock({ time, sent, speed }), { qos: 1, retain: true });
};
const followClock = (start: number): void => {
  clearInterval(clockTimer);
  // The first tell is the replay's start itself: the recording's first moment, not a millisecond (times the
  // speed) after it.
  tellClock(start, start);
  clockTimer = setInterval(() => tellClock(start), CLOCK_EVERY_MS);
};
/** End the replay: the retained clock is cleared (the twin's clock returns to live), then the connection. */
const end = async (): Promise<void> => {
  clearInterval(clockTimer);
  if (client.connected) await client.publishAsync(clockTopic, '', { qos: 1, retain: true });
  await client.endAsync();
};

let timer: ReturnType<typeof setTimeout> | undefined;
/** Tell the clock and publish the recording from its first message. */
const begin = (): void => {
  const now = Date.now();
  followClock(now);
  run(now, 0);
};
/** Publish from message `i` on, each at its scaled time after `start`; the clock decides, not the queue. */
const run = (start: number, i: number): void => {
  if (i >= recording.messages.length) {
    console.log(`Replay of ${file} done: ${recording.messages.length} messages.`);
    if (values.loop) return begin();
    void end().then(() => process.exit(0));
    return;
  }
  const wait = start + delays[i]! - Date.now();
  if (wait > 5) {
    timer = setTimeout(() => run(start, i), wait);
    return;
  }
  const m = recording.messages[i]!;
  client.publish(m.topic, retimePayload(m.payload, Date.now()), { qos: 0 });
  run(start, i + 1);
};
client.once('connect', () => {
  const hours = (recording.messages.at(-1)!.at - recording.messages[0]!.at) / 3.6e6 / speed;
  console.log(
    `Replaying ${recording.messages.length} messages of ${file} at ${speed}x (${hours.toFixed(2)} h).`,
  );
  begin();
});
const stop = (): void => {
  clearTimeout(timer);
  void end().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
