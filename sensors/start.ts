import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PortInUseError } from './port-error.ts';
import { TWIN_SERVER_DEFAULTS, startTwinServer } from './twin-server.ts';

// `npm start [-- options]`: the twin on its embedded defaults. See README.md for every option.
const HELP = `Usage: npm start -- [options]
  --port <n>        web server port (default ${TWIN_SERVER_DEFAULTS.port})
  --mqtt-port <n>   embedded broker, MQTT over TCP (default ${TWIN_SERVER_DEFAULTS.mqttPort})
  --ws-port <n>     embedded broker, MQTT over WebSocket (default ${TWIN_SERVER_DEFAULTS.wsPort}; the page uses /mqtt)
  --host            serve on the LAN over HTTPS with a self-signed certificate (for a headset)
  --no-simulator    no simulated sensors
  --rate <n>        simulated readings per second, all sensors together
  --seed <n>        simulator seed (default ${TWIN_SERVER_DEFAULTS.seed})
  --config <file>   config file (default ${TWIN_SERVER_DEFAULTS.configFile})
  --registry <file> sensor registry (default ${TWIN_SERVER_DEFAULTS.registryFile})
  --accounts <file> the stand's own broker accounts (default ${TWIN_SERVER_DEFAULTS.accountsFile}, if present)
  --lan-publish     with --host: let those accounts publish from the LAN (MQTT/TCP and /mqtt)
  --dev             Vite's dev server with hot reload instead of the built bundle
  --no-build        serve the existing dist/ without building it again`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'mqtt-port': { type: 'string' },
      'ws-port': { type: 'string' },
      host: { type: 'boolean', default: false },
      'no-simulator': { type: 'boolean', default: false },
      rate: { type: 'string' },
      seed: { type: 'string' },
      config: { type: 'string' },
      registry: { type: 'string' },
      accounts: { type: 'string' },
      'lan-publish': { type: 'boolean', default: false },
      dev: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(HELP);
  const port = (name: string, raw: string | undefined, fallback: number): number => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0 || n > 65535)
      throw new Error(`${name} must be a port number from 0 to 65535, not "${raw}".`);
    return n;
  };
  const d = TWIN_SERVER_DEFAULTS;
  if (values.accounts !== undefined && !existsSync(values.accounts))
    throw new Error(`--accounts: there is no file ${values.accounts}.`);
  console.log(
    values['no-build']
      ? 'Stadtzwilling: starting ...'
      : 'Stadtzwilling: starting (building the app takes a moment) ...',
  );
  const twin = await startTwinServer({
    port: port('--port', values.port, d.port),
    mqttPort: port('--mqtt-port', values['mqtt-port'], d.mqttPort),
    wsPort: port('--ws-port', values['ws-port'], d.wsPort),
    lan: values.host,
    simulator: !values['no-simulator'],
    rate: values.rate === undefined ? d.rate : Number(values.rate),
    seed: values.seed === undefined ? d.seed : Number(values.seed),
    configFile: values.config ?? d.configFile,
    registryFile: values.registry ?? d.registryFile,
    accountsFile: values.accounts ?? d.accountsFile,
    lanPublish: values['lan-publish'],
    dev: values.dev,
    build: !values['no-build'],
  });
  console.log(`\n  Stadtzwilling is running:  ${twin.url}`);
  if (twin.mqttUrl)
    console.log(`  Embedded MQTT broker:      ${twin.mqttUrl} (WebSocket ${twin.wsPort}, page path /mqtt)`);
  for (const line of twin.exposure) console.log(`  ${line}`);
  if (twin.url.startsWith('https'))
    console.log('  Self-signed certificate: accept the browser warning once on each device.');
  console.log('  Press Ctrl-C to stop.\n');
  let stopping = false;
  const stop = (): void => {
    if (stopping) return process.exit(1);
    stopping = true;
    console.log('Stopping ...');
    void twin.dispose().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // A clear line for what a user can fix; the stack only for what they cannot.
  if (error instanceof PortInUseError || (error instanceof Error && !error.stack?.includes('node_modules'))) {
    console.error(`Stadtzwilling: ${(error as Error).message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
