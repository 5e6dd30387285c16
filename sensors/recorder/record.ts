// `npm run record [-- options]`: append every reading the broker carries to sensors/recordings/<day>.jsonl.
import { parseArgs } from 'node:util';
import mqtt from 'mqtt';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { DEFAULT_ACCOUNTS } from '../accounts.ts';
import { RECORDING_WRITER_DEFAULTS, createRecordingWriter } from './recording-writer.ts';

const HELP = `Usage: npm run record -- [options]
  --broker <url>     MQTT broker (default mqtt://127.0.0.1:1883, the embedded one of npm start)
  --user <name>      account (default ${DEFAULT_ACCOUNTS.viewer.username}: it reads, it never publishes)
  --password <text>
  --prefix <topic>   sensor topic prefix (default ${CONFIG_DEFAULTS.topicPrefix})
  --dir <folder>     where the day files go (default ${RECORDING_WRITER_DEFAULTS.dir})
  --flush-ms <n>     write at least every n ms (default ${RECORDING_WRITER_DEFAULTS.flushMs})
  --batch <n>        or every n messages (default ${RECORDING_WRITER_DEFAULTS.batchSize})`;

const { values } = parseArgs({
  options: {
    broker: { type: 'string', default: 'mqtt://127.0.0.1:1883' },
    user: { type: 'string', default: DEFAULT_ACCOUNTS.viewer.username },
    password: { type: 'string', default: DEFAULT_ACCOUNTS.viewer.password },
    prefix: { type: 'string', default: CONFIG_DEFAULTS.topicPrefix },
    dir: { type: 'string', default: RECORDING_WRITER_DEFAULTS.dir },
    'flush-ms': { type: 'string', default: String(RECORDING_WRITER_DEFAULTS.flushMs) },
    batch: { type: 'string', default: String(RECORDING_WRITER_DEFAULTS.batchSize) },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const writer = createRecordingWriter({
  dir: values.dir,
  flushMs: Number(values['flush-ms']),
  batchSize: Number(values.batch),
});
const client = mqtt.connect(values.broker, {
  username: values.user,
  password: values.password,
  reconnectPeriod: 1000,
});
client.on('connect', () => {
  client.subscribe([`${values.prefix}/#`, 'v1.1/#'], { qos: 0 }, (error) => {
    if (error) console.error(`Recorder: cannot subscribe (${error.message})`);
    // Said once the broker has confirmed: from here on, nothing published is missed.
    else console.log(`Recording ${values.prefix}/# from ${values.broker} into ${values.dir}/`);
  });
});
client.on('error', (error) => console.error(`Recorder: ${error.message}`));
client.on('message', (topic, payload) =>
  writer.add({ at: Date.now(), topic, payload: payload.toString('utf8') }),
);
const stop = (): void => {
  writer.dispose();
  console.log(`Recorder stopped: ${writer.written()} messages written.`);
  void client.endAsync(true).then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
