// `npm run replay -- <file> [--speed 60]`: publish a recorded day through the broker, as if it happened now.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import mqtt from 'mqtt';
import { parseRecording, replayDelays, retimePayload } from '../../src/core/exhibit/recording.ts';
import { DEFAULT_ACCOUNTS } from '../accounts.ts';

const HELP = `Usage: npm run replay -- <file.jsonl> [options]
  --speed <n>        n times faster than recorded (default 60: a day in 24 minutes)
  --broker <url>     MQTT broker (default mqtt://127.0.0.1:1883)
  --user <name>      an account that may publish (default ${DEFAULT_ACCOUNTS.simulator.username})
  --password <text>
  --loop             start again at the end (for a stand that runs all day)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    speed: { type: 'string', default: '60' },
    broker: { type: 'string', default: 'mqtt://127.0.0.1:1883' },
    user: { type: 'string', default: DEFAULT_ACCOUNTS.simulator.username },
    password: { type: 'string', default: DEFAULT_ACCOUNTS.simulator.password },
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
const delays = replayDelays(recording.messages, speed);
const client = mqtt.connect(values.broker, {
  username: values.user,
  password: values.password,
  reconnectPeriod: 1000,
});
client.on('error', (error) => console.error(`Replay: ${error.message}`));

let timer: ReturnType<typeof setTimeout> | undefined;
/** Publish from message `i` on, each at its scaled time after `start`; the clock decides, not the queue. */
const run = (start: number, i: number): void => {
  if (i >= recording.messages.length) {
    console.log(`Replay of ${file} done: ${recording.messages.length} messages.`);
    if (values.loop) return run(Date.now(), 0);
    void client.endAsync().then(() => process.exit(0));
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
  run(Date.now(), 0);
});
const stop = (): void => {
  clearTimeout(timer);
  void client.endAsync(true).then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
