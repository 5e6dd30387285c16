// `npm run exhibit [-- options]`: the trade-fair stand. Builds the app once, then runs the web server with its
// broker, the simulator (or a replay of a recorded day) and optionally the recorder, each as its own process
// that is restarted when it stops; the operator panel reads their state from stand-status.json.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { resolveConfig } from '../../src/core/config.ts';
import { TWIN_SERVER_DEFAULTS, readConfigFile } from '../twin-server.ts';
import { standParts } from './stand-parts.ts';
import { startSupervisor } from './supervisor.ts';

const HELP = `Usage: npm run exhibit -- [options]
  --port <n>         web server port (default ${TWIN_SERVER_DEFAULTS.port})
  --mqtt-port <n>    embedded broker, MQTT over TCP (default ${TWIN_SERVER_DEFAULTS.mqttPort})
  --host             serve on the LAN over HTTPS too (for the headsets)
  --replay <file>    replay a recorded day instead of the simulator (sensors/recordings/*.jsonl)
  --speed <n>        replay speed (default 60)
  --record           record the readings to sensors/recordings/ as well
  --config <file>    config file (default ${TWIN_SERVER_DEFAULTS.configFile})
  --no-build         serve the existing dist/`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: String(TWIN_SERVER_DEFAULTS.port) },
    'mqtt-port': { type: 'string', default: String(TWIN_SERVER_DEFAULTS.mqttPort) },
    host: { type: 'boolean', default: false },
    replay: { type: 'string' },
    speed: { type: 'string', default: '60' },
    record: { type: 'boolean', default: false },
    config: { type: 'string', default: TWIN_SERVER_DEFAULTS.configFile },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (values.replay && !existsSync(values.replay)) {
  console.error(`Stadtzwilling: no recording at ${values.replay} (see sensors/recordings/README.md).`);
  process.exit(2);
}

const statusFile = join(tmpdir(), `stadtzwilling-stand-${process.pid}.json`);
// The web server's child reads this to serve the status to the operator panel.
process.env.STADTZWILLING_STAND_STATUS = statusFile;
const configFile = resolve(values.config);
// The city's topic prefix from its config file: the simulator or replay must publish where the page listens.
const { config } = resolveConfig(existsSync(configFile) ? readConfigFile(configFile) : undefined, []);
const parts = standParts({
  port: values.port,
  mqttPort: values['mqtt-port'],
  host: values.host,
  replay: values.replay,
  speed: values.speed,
  record: values.record,
  configFile: values.config,
  topicPrefix: config.topicPrefix,
});

async function main(): Promise<void> {
  if (!values['no-build']) {
    console.log('Stadtzwilling stand: building the app ...');
    await build({ logLevel: 'error' });
  }
  const supervisor = startSupervisor(parts, {
    statusFile,
    source: values.replay ? 'replay' : 'simulator',
    file: values.replay ?? '',
  });
  const scheme = values.host ? 'https' : 'http';
  console.log(
    `\n  The stand:  ${scheme}://127.0.0.1:${values.port}/?mode=exhibit  (big screen and touch table)`,
  );
  if (values.host)
    console.log(
      `  Headsets:   ${scheme}://<this machine's address>:${values.port}/ (accept the certificate once)`,
    );
  console.log('  Press Ctrl-C to stop.\n');
  let stopping = false;
  const stop = (): void => {
    if (stopping) return process.exit(1);
    stopping = true;
    void supervisor.dispose().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Stadtzwilling stand: ${(error as Error).message}`);
  process.exit(1);
});
