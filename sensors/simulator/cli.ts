// Command line: run the simulator against any broker, e.g.
// tsx sensors/simulator/cli.ts --broker mqtt://127.0.0.1:1883 --user simulator --password simulator \
//   --registry sensors/registry.default.json --rate 50 --seed 1
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseRegistry } from '../../src/core/sensors/registry.ts';
import { scaleRegistry } from './scale-registry.ts';
import { SIMULATOR_DEFAULTS, effectiveRate, startSimulator } from './simulator.ts';

const { values } = parseArgs({
  options: {
    broker: { type: 'string', default: 'mqtt://127.0.0.1:1883' },
    user: { type: 'string' },
    password: { type: 'string' },
    registry: { type: 'string', default: 'sensors/registry.default.json' },
    prefix: { type: 'string', default: SIMULATOR_DEFAULTS.topicPrefix },
    rate: { type: 'string', default: '0' },
    seed: { type: 'string', default: String(SIMULATOR_DEFAULTS.seed) },
    'max-sensors': { type: 'string', default: String(SIMULATOR_DEFAULTS.maxSensors) },
    scale: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(
    'Usage: tsx sensors/simulator/cli.ts [--broker URL] [--user NAME --password SECRET] [--registry FILE]\n' +
      '       [--prefix TOPIC] [--rate MESSAGES_PER_SECOND] [--seed N] [--max-sensors N]\n' +
      "       [--scale N]   N generated sensors on N/2 buildings, the registry's buildings first",
  );
  process.exit(0);
}

const number = (name: string, text: string): number => {
  const n = Number(text);
  if (!Number.isFinite(n)) {
    console.error(`--${name} must be a number, not "${text}"`);
    process.exit(2);
  }
  return n;
};

try {
  const base = parseRegistry(readFileSync(values.registry, 'utf8'), values.registry);
  const scale = values.scale === undefined ? 0 : number('scale', values.scale);
  const registry =
    scale > 0
      ? scaleRegistry(scale, Math.max(1, Math.ceil(scale / 2)), [...new Set(base.map((e) => e.building))])
      : base;
  const rate = number('rate', values.rate);
  const maxSensors = number('max-sensors', values['max-sensors']);
  const simulator = await startSimulator({
    brokerUrl: values.broker,
    username: values.user,
    password: values.password,
    registry,
    topicPrefix: values.prefix,
    ratePerSecond: rate,
    seed: number('seed', values.seed),
    maxSensors,
  });
  const sensors = Math.min(registry.length, maxSensors);
  console.log(
    `Simulating ${sensors} sensors at ${effectiveRate(sensors, rate)} messages/s on ${values.broker}. Ctrl+C stops.`,
  );
  const stop = async (): Promise<void> => {
    console.log(`\nPublished ${simulator.published()} messages.`);
    await simulator.dispose();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
