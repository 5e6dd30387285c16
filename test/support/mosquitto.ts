// Start a real Mosquitto on free ports for tests, from the shipped sensors/mosquitto config and ACL.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { DEFAULT_ACCOUNTS, type Account } from '../../sensors/accounts.ts';

/** Which accounts the test broker knows, which topic prefix its ACL uses, and where the shipped files are. */
export interface MosquittoOptions {
  accounts: readonly Account[];
  topicPrefix: string;
  configDir: string;
  /** Lines added to the config, such as a bridge to another broker (`connection`, `address`, `topic`). */
  extraConfig: string;
}

/** The default accounts, the default prefix and sensors/mosquitto. */
export const MOSQUITTO_DEFAULTS: MosquittoOptions = {
  accounts: Object.values(DEFAULT_ACCOUNTS),
  topicPrefix: 'city/neubrandenburg/sensors',
  configDir: resolve(import.meta.dirname, '../../sensors/mosquitto'),
  extraConfig: '',
};

/** A running test broker: MQTT on `port` (`url`), WebSocket on `wsPort`. */
export interface RunningMosquitto {
  port: number;
  wsPort: number;
  url: string;
  /** Stop the broker process (ports stay reserved for restart). */
  stop(): Promise<void>;
  /** Start it again on the same ports, after stop() or as stop-and-start. */
  restart(): Promise<void>;
  /** Stop it and remove the temporary files. */
  dispose(): Promise<void>;
}

const DEFAULT_PREFIX = 'city/neubrandenburg/sensors';
/** The line Mosquitto logs once its listeners are open, before it serves its first client. */
const RUNNING = /mosquitto version \S+ running/;
const NOT_FOUND = 'mosquitto not found: run npm run setup (installs mosquitto with apt-get as root)';

/** Start Mosquitto with the shipped config on free ports, a temporary password file and the shipped ACL. */
export async function startMosquitto(options: Partial<MosquittoOptions> = {}): Promise<RunningMosquitto> {
  const o = { ...MOSQUITTO_DEFAULTS, ...options };
  const binary = findBinary('mosquitto');
  const passwd = findBinary('mosquitto_passwd');
  if (!binary || !passwd) throw new Error(NOT_FOUND);
  const dir = mkdtempSync(join(tmpdir(), 'stadtzwilling-mosquitto-'));
  const port = await freePort();
  const wsPort = await freePort();
  writeFileSync(join(dir, 'passwd'), '', { mode: 0o600 });
  for (const account of o.accounts) {
    const made = spawnSync(passwd, ['-b', join(dir, 'passwd'), account.username, account.password], {
      encoding: 'utf8',
    });
    if (made.status !== 0) throw new Error(`mosquitto_passwd failed: ${made.stderr.trim()}`);
  }
  const acl = readFileSync(join(o.configDir, 'acl'), 'utf8').split(DEFAULT_PREFIX).join(o.topicPrefix);
  writeFileSync(join(dir, 'acl'), acl);
  writeFileSync(
    join(dir, 'mosquitto.conf'),
    testConfig(readFileSync(join(o.configDir, 'mosquitto.conf'), 'utf8'), dir, port, wsPort) +
      `\n${o.extraConfig}\n`,
  );

  let child: ChildProcess | null = null;
  let log = '';
  const start = async (): Promise<void> => {
    log = '';
    const proc = spawn(binary, ['-c', join(dir, 'mosquitto.conf')], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    // Mosquitto says it is running once every listener is open (log_type information, see testConfig).
    await new Promise<void>((running, failed) => {
      let up = false;
      const read = (chunk: Buffer): void => {
        log += chunk.toString();
        if (up || !RUNNING.test(log)) return;
        up = true;
        running();
      };
      proc.stdout.on('data', read);
      proc.stderr.on('data', read);
      proc.once('exit', (code) => failed(new Error(`mosquitto exited with ${String(code)}: ${log.trim()}`)));
    });
  };
  const stop = async (): Promise<void> => {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    await new Promise<void>((done) => {
      proc.once('exit', () => done());
      proc.kill('SIGTERM');
    });
  };
  try {
    await start();
  } catch (error) {
    await stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    port,
    wsPort,
    url: `mqtt://127.0.0.1:${port}`,
    stop,
    async restart() {
      await stop();
      await start();
    },
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The shipped config with the test's ports on the loopback, absolute file names, and no persistence. */
function testConfig(shipped: string, dir: string, port: number, wsPort: number): string {
  const lines = shipped.split('\n').map((line) => {
    if (/^listener\s+1883\b/.test(line)) return `listener ${port} 127.0.0.1`;
    if (/^listener\s+9001\b/.test(line)) return `listener ${wsPort} 127.0.0.1`;
    if (/^password_file\s/.test(line)) return `password_file ${join(dir, 'passwd')}`;
    if (/^acl_file\s/.test(line)) return `acl_file ${join(dir, 'acl')}`;
    if (/^persistence/.test(line)) return '';
    return line;
  });
  // As root, Mosquitto would switch to the mosquitto user, who cannot read the private temp directory.
  if (process.getuid?.() === 0) lines.unshift(`user ${userInfo().username}`);
  lines.push('persistence false');
  // The line that says the broker is listening (RUNNING) is information, which the shipped config leaves out.
  lines.push('log_type information');
  return lines.join('\n');
}

function findBinary(name: string): string | null {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'];
  for (const dir of dirs) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** A TCP port that was free a moment ago. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}
