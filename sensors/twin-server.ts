import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { networkInterfaces } from 'node:os';
import { build, createLogger, createServer, preview, type InlineConfig } from 'vite';
import { generate } from 'selfsigned';
import { BROKER_LIMITS, startBroker, type BrokerLimits, type EmbeddedBroker } from './broker.ts';
import { createBrokerProxy, type BrokerProxy } from './broker-proxy.ts';
import { explainListenError } from './port-error.ts';
import { BUILTIN_ACCOUNTS, DEFAULT_ACCOUNTS, type BrokerAccount } from './accounts.ts';
import { readAccounts } from './accounts-file.ts';
import { createRefusalLog } from './security/refusals.ts';
import { securityHeaders } from './security/security-headers.ts';
import { webGuard } from './security/web-guard.ts';
import { startSimulator } from './simulator/simulator.ts';
import { parseRegistry } from '../src/core/sensors/registry.ts';
import { resolveConfig, type TwinConfig } from '../src/core/config.ts';

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
  /** The stand's own broker accounts (README.md, Security); never served. Absent file: the defaults only. */
  accountsFile: string;
  /** Let the accounts file's accounts log in from the LAN, and open MQTT over TCP there (needs `lan`). */
  lanPublish: boolean;
  /** Limits of the embedded broker over BROKER_LIMITS (the tests make them small). */
  brokerLimits: Partial<BrokerLimits>;
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
  accountsFile: 'stadtzwilling.accounts.json',
  lanPublish: false,
  brokerLimits: {},
  log: (line) => console.log(line),
};

/** A running twin: the page URL, the broker's ports, and one dispose that stops everything it started. */
export interface TwinServer {
  url: string;
  mqttUrl: string | undefined;
  wsPort: number | undefined;
  /** What is reachable from where, in a few lines for the start script to print. */
  exposure: string[];
  /** What the server refused since the start, by kind (refused WebSockets, URLs, logins, packets). */
  refused(): Readonly<Record<string, number>>;
  /** MQTT subscriptions the embedded broker holds now (0 with the city's broker). */
  subscriptions(): number;
  dispose(): Promise<void>;
}

/** Start the embedded broker, the simulator and the web server; on any failure stop what already started. */
export async function startTwinServer(partial: Partial<TwinServerOptions> = {}): Promise<TwinServer> {
  const options = { ...TWIN_SERVER_DEFAULTS, ...partial };
  const limits = { ...BROKER_LIMITS, ...options.brokerLimits };
  const configFile = resolve(options.configFile);
  const registryFile = resolve(options.registryFile);
  const accountsFile = resolve(options.accountsFile);
  const fileConfig = existsSync(configFile) ? readConfigFile(configFile) : undefined;
  const { config, notices } = resolveConfig(fileConfig, []);
  for (const n of notices) options.log(`${configFile}: ${n.code} ${JSON.stringify(n.params ?? {})}`);
  // A broker given as a full URL is the city's own: then there is nothing to embed or simulate.
  const embedded = !/^[a-z]+:\/\//i.test(config.broker);
  const own = existsSync(accountsFile) ? readAccounts(accountsFile) : [];
  checkLanPublish(options, own, accountsFile, embedded);
  const host = options.lan ? '0.0.0.0' : '127.0.0.1';
  const scheme = options.lan ? 'https' : 'http';
  const refusals = createRefusalLog(options.log);
  // Pages of the app itself may open the broker's WebSocket port; known once the web server listens.
  let appOrigins: string[] = [];
  const stops: (() => Promise<void>)[] = [];
  const dispose = async (): Promise<void> => {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
  };
  try {
    let broker: EmbeddedBroker | undefined;
    let proxy: BrokerProxy | undefined;
    if (embedded) {
      broker = await startBroker({
        // The publishing accounts stay on this machine: the LAN gets MQTT over TCP only when the stand says so.
        tcpHost: options.lanPublish ? '0.0.0.0' : '127.0.0.1',
        mqttPort: options.mqttPort,
        wsPort: options.wsPort,
        topicPrefix: config.topicPrefix,
        accounts: [...BUILTIN_ACCOUNTS, ...own],
        lanAccounts: options.lanPublish,
        origins: () => [...appOrigins, ...config.allowedOrigins],
        limits,
        refusals,
        log: options.log,
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
    } else {
      // The city's broker: the page talks to /mqtt, the server logs in with the file's account.
      proxy = createBrokerProxy({
        target: config.broker,
        fallbacks: config.brokers,
        account: { username: config.username, password: config.password },
        maxPacketSize: limits.maxPacketSize,
        maxConnections: limits.maxConnections,
        refusals,
        log: options.log,
      });
      stops.push(() => proxy!.dispose());
    }
    process.env.STADTZWILLING_CONFIG = configFile;
    process.env.STADTZWILLING_REGISTRY = registryFile;
    const https = options.lan ? await certificate() : undefined;
    const guard = webGuard({
      headers: securityHeaders({ connect: config.allowedOrigins, dev: options.dev }),
      scheme,
      allowedOrigins: config.allowedOrigins,
      configFile,
      proxied: proxy !== undefined,
      hidden: [`/${basename(accountsFile)}`],
      mqtt: (broker ?? proxy)?.acceptWeb,
      dev: options.dev,
      refusals,
    });
    // No CORS: the app reads everything from its own origin, and no other page may read the twin's files.
    const server = { port: options.port, strictPort: true, host, https, cors: false };
    const inline: InlineConfig = {
      customLogger: createLogger('warn'),
      server,
      preview: server,
      clearScreen: false,
      plugins: [guard],
    };
    if (!options.dev && options.build) await build({ ...inline, logLevel: 'error' });
    const web = await (options.dev ? createServer(inline).then((s) => s.listen()) : preview(inline)).catch(
      (error: unknown) => Promise.reject(explainListenError(error, options.port, '--port')),
    );
    stops.push(() => web.close());
    const port = (web.httpServer?.address() as { port: number } | null)?.port ?? options.port;
    const names = ['127.0.0.1', 'localhost', '[::1]', ...(options.lan ? lanAddresses() : [])];
    appOrigins = names.map((name) => `${scheme}://${name}:${port}`);
    return {
      url: `${scheme}://${options.lan ? lanAddress() : '127.0.0.1'}:${port}/`,
      mqttUrl: broker ? `mqtt://127.0.0.1:${broker.mqttPort}` : undefined,
      wsPort: broker?.wsPort,
      exposure: exposure(options, config, port, broker, own),
      refused: () => refusals.counts(),
      subscriptions: () => broker?.subscriptions() ?? 0,
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** `--lan-publish` is a promise the stand makes at start: check it can keep it. */
function checkLanPublish(
  options: TwinServerOptions,
  own: readonly BrokerAccount[],
  accountsFile: string,
  embedded: boolean,
): void {
  if (!options.lanPublish) return;
  if (!options.lan) throw new Error('--lan-publish needs --host: without it nothing is on the LAN.');
  if (!embedded)
    throw new Error("--lan-publish is for the embedded broker; the city's broker has its own accounts.");
  if (!own.some((a) => a.role === 'publish'))
    throw new Error(
      `--lan-publish needs an account with "role": "publish" in ${accountsFile} (never a default account).`,
    );
}

/** What is reachable from where, for the start script to say. */
function exposure(
  options: TwinServerOptions,
  config: TwinConfig,
  port: number,
  broker: EmbeddedBroker | undefined,
  own: readonly BrokerAccount[],
): string[] {
  const lines: string[] = [];
  if (!options.lan) lines.push('Everything listens on this machine only (127.0.0.1).');
  else lines.push(`The LAN sees the app (HTTPS, port ${port}) and /mqtt, read-only, without an account.`);
  if (broker) {
    const tcp = options.lanPublish ? 'every interface' : 'this machine only';
    lines.push(
      `Broker: MQTT/TCP ${broker.mqttPort} on ${tcp}, WebSocket ${broker.wsPort} on this machine only.`,
    );
    lines.push('The default accounts (viewer, simulator) work from this machine only.');
  } else {
    lines.push(
      `/mqtt passes on to ${config.broker}, logged in with the config file's account (never sent to a page).`,
    );
  }
  if (options.lanPublish) {
    const names = own.map((a) => `${a.username} (${a.role})`).join(', ');
    lines.push(`LAN publishing is on: ${names} may log in from the LAN over MQTT/TCP (no TLS) and /mqtt.`);
  } else if (own.length > 0 && broker) {
    lines.push(
      `Accounts from ${options.accountsFile}: from this machine only (--lan-publish opens them to the LAN).`,
    );
  }
  return lines;
}

/** The config file's JSON, or an error naming the file and what is wrong with it. */
export function readConfigFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
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
