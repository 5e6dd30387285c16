import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { networkInterfaces } from 'node:os';
import { build, createLogger, createServer, preview, type InlineConfig, type Logger } from 'vite';
import { generate } from 'selfsigned';
import { startBroker, type EmbeddedBroker } from './broker.ts';
import { explainListenError } from './port-error.ts';
import { DEFAULT_ACCOUNTS } from './accounts.ts';
import { startSimulator } from './simulator/simulator.ts';
import { parseRegistry } from '../src/core/sensors/registry.ts';
import { resolveConfig } from '../src/core/config.ts';

/** What `npm start` can be told; every port 0 picks a free one (the tests do that). */
export interface TwinServerOptions {
  port: number;
  mqttPort: number;
  wsPort: number;
  /** Serve on every interface over HTTPS with a self-signed certificate (for a headset on the LAN). */
  lan: boolean;
  simulator: boolean;
  /** Readings per second from the simulator, all sensors together; 0 lets it choose. */
  rate: number;
  seed: number;
  /** Vite's dev server with hot reload instead of the built bundle. */
  dev: boolean;
  /** Build the bundle before serving it (off when a fresh dist/ is already there, as in the tests). */
  build: boolean;
  configFile: string;
  registryFile: string;
  log: (line: string) => void;
}

/** The defaults of `npm start`. */
export const TWIN_SERVER_DEFAULTS: TwinServerOptions = {
  port: 8080,
  mqttPort: 1883,
  wsPort: 9001,
  lan: false,
  simulator: true,
  rate: 0,
  seed: 1,
  dev: false,
  build: true,
  configFile: 'stadtzwilling.config.json',
  registryFile: 'sensors/registry.default.json',
  log: (line) => console.log(line),
};

/** A running twin: the page URL, the broker's ports, and one dispose that stops everything it started. */
export interface TwinServer {
  url: string;
  mqttUrl: string | undefined;
  wsPort: number | undefined;
  dispose(): Promise<void>;
}

/** Start the embedded broker, the simulator and the web server; on any failure stop what already started. */
export async function startTwinServer(partial: Partial<TwinServerOptions> = {}): Promise<TwinServer> {
  const options = { ...TWIN_SERVER_DEFAULTS, ...partial };
  const configFile = resolve(options.configFile);
  const registryFile = resolve(options.registryFile);
  const fileConfig = existsSync(configFile) ? readConfigFile(configFile) : undefined;
  const { config, notices } = resolveConfig(fileConfig, []);
  for (const n of notices) options.log(`${configFile}: ${n.code} ${JSON.stringify(n.params ?? {})}`);
  // A broker given as a full URL is the city's own: then there is nothing to embed or simulate.
  const embedded = !/^[a-z]+:\/\//i.test(config.broker);
  const host = options.lan ? '0.0.0.0' : '127.0.0.1';
  const stops: (() => Promise<void>)[] = [];
  const dispose = async (): Promise<void> => {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
  };
  try {
    let broker: EmbeddedBroker | undefined;
    if (embedded) {
      broker = await startBroker({
        // Loopback only, even with --host: the page reaches the broker through /mqtt on its own origin, and the
        // simulator account's well-known password must not be usable from the LAN.
        host: '127.0.0.1',
        mqttPort: options.mqttPort,
        wsPort: options.wsPort,
        topicPrefix: config.topicPrefix,
        accounts: Object.values(DEFAULT_ACCOUNTS),
      });
      stops.push(() => broker!.dispose());
      if (options.simulator && !existsSync(registryFile)) {
        options.log(`No sensor registry at ${registryFile}: the simulator stays off.`);
      } else if (options.simulator) {
        const sim = await startSimulator({
          brokerUrl: `mqtt://127.0.0.1:${broker.mqttPort}`,
          ...DEFAULT_ACCOUNTS.simulator,
          registry: parseRegistry(readFileSync(registryFile, 'utf8'), registryFile),
          topicPrefix: config.topicPrefix,
          ratePerSecond: options.rate,
          seed: options.seed,
          maxSensors: 100_000,
        });
        stops.push(() => sim.dispose());
      }
    }
    process.env.STADTZWILLING_CONFIG = configFile;
    process.env.STADTZWILLING_REGISTRY = registryFile;
    const https = options.lan ? await certificate() : undefined;
    const proxy = broker ? { '/mqtt': { target: `ws://127.0.0.1:${broker.wsPort}`, ws: true } } : undefined;
    const server = { port: options.port, strictPort: true, host, https, proxy };
    const inline: InlineConfig = { customLogger: quietLogger(), server, preview: server, clearScreen: false };
    if (!options.dev && options.build) await build({ ...inline, logLevel: 'error' });
    const web = await (options.dev ? createServer(inline).then((s) => s.listen()) : preview(inline)).catch(
      (error: unknown) => Promise.reject(explainListenError(error, options.port, '--port')),
    );
    stops.push(() => web.close());
    const scheme = https ? 'https' : 'http';
    const port = (web.httpServer?.address() as { port: number } | null)?.port ?? options.port;
    return {
      url: `${scheme}://${options.lan ? lanAddress() : '127.0.0.1'}:${port}/`,
      mqttUrl: broker ? `mqtt://127.0.0.1:${broker.mqttPort}` : undefined,
      wsPort: broker?.wsPort,
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}

function readConfigFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

/** Vite's warnings and errors, less a browser closing its MQTT socket mid-flight (a page reload is no error). */
function quietLogger(): Logger {
  const logger = createLogger('warn');
  const error = logger.error.bind(logger);
  logger.error = (message, options) => {
    if (/ws proxy/.test(message) && /ECONNRESET|EPIPE/.test(`${message} ${options?.error?.message ?? ''}`))
      return;
    error(message, options);
  };
  return logger;
}

async function certificate(): Promise<{ key: string; cert: string }> {
  const altNames = [
    { type: 2 as const, value: 'localhost' },
    ...['127.0.0.1', ...lanAddresses()].map((ip) => ({ type: 7 as const, ip })),
  ];
  const pems = await generate([{ name: 'commonName', value: 'Stadtzwilling' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames }],
  });
  return { key: pems.private, cert: pems.cert };
}

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}

function lanAddress(): string {
  return lanAddresses()[0] ?? 'localhost';
}
