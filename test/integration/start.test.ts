import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** `npm start` running: its process, what it printed so far, and how it ended. */
interface Started {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  /** Resolves with the output once it matches `pattern`; rejects if the process exits first. */
  printed: (pattern: RegExp) => Promise<string>;
  exited: Promise<number | null>;
}

/** Run `npm start`'s script as a user would (without rebuilding: the test command built dist/ already). */
function start(...args: string[]): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sensors/start.ts', '--no-build', ...args], {
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  children.push(child);
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const printed = (pattern: RegExp): Promise<string> =>
    new Promise((resolve, reject) => {
      const stop = (): void => {
        child.stdout.off('data', check);
        child.stderr.off('data', check);
        child.off('exit', gone);
      };
      // Registered after the listeners above, so `output` already holds each chunk.
      function check(): void {
        if (!pattern.test(output)) return;
        stop();
        resolve(output);
      }
      function gone(code: number | null): void {
        stop();
        reject(
          new Error(`npm start exited (${String(code)}) before printing ${String(pattern)}:\n${output}`),
        );
      }
      child.stdout.on('data', check);
      child.stderr.on('data', check);
      child.once('exit', gone);
      check();
    });
  return { child, output: () => output, printed, exited };
}

/** The last line of the start banner: the URL and the broker are printed, Ctrl-C is handled. */
const BANNER_DONE = /Press Ctrl-C to stop\./;

async function occupy(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as { port: number }).port };
}

async function isFree(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

describe('npm start', () => {
  it.each([
    ['--port', ['--mqtt-port', '0', '--ws-port', '0']],
    ['--mqtt-port', ['--port', '0', '--ws-port', '0']],
    ['--ws-port', ['--port', '0', '--mqtt-port', '0']],
  ])('names a port already in use and the option %s that changes it, in one line', async (option, others) => {
    const { server, port } = await occupy();
    try {
      const run = start(option, String(port), ...others, '--no-simulator');
      expect(await run.exited).toBe(1);
      const lines = run.output().trim().split('\n');
      expect(lines.at(-1)).toBe(
        `Stadtzwilling: Port ${port} is already in use: stop the other program or choose another port with ${option} <port>.`,
      );
      expect(run.output()).not.toMatch(/\n\s+at /);
    } finally {
      server.close();
    }
  });

  it('prints the URL, serves the app, and Ctrl-C stops the broker, simulator and server', async () => {
    const run = start('--port', '0', '--mqtt-port', '0', '--ws-port', '0');
    const banner = await run.printed(BANNER_DONE);
    const url = /running:\s+(\S+)/.exec(banner)![1]!;
    const mqttPort = Number(/mqtt:\/\/127\.0\.0\.1:(\d+)/.exec(banner)![1]);
    expect((await fetch(url)).status).toBe(200);
    expect(await isFree(mqttPort)).toBe(false);
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
    expect(await isFree(mqttPort)).toBe(true);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('rejects a bad port number in plain words', async () => {
    const run = start('--port', 'achtzig');
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('--port must be a port number from 0 to 65535, not "achtzig".');
  });

  it('serves the config file it reads to the app', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stadtzwilling-config-'));
    const file = join(dir, 'stadtzwilling.config.json');
    writeFileSync(file, JSON.stringify({ lang: 'en', topicPrefix: 'nb/test' }));
    const run = start(
      '--port',
      '0',
      '--mqtt-port',
      '0',
      '--ws-port',
      '0',
      '--no-simulator',
      '--config',
      file,
    );
    const banner = await run.printed(BANNER_DONE);
    const url = /running:\s+(\S+)/.exec(banner)![1]!;
    expect(await (await fetch(new URL('stadtzwilling.config.json', url))).json()).toEqual({
      lang: 'en',
      topicPrefix: 'nb/test',
    });
  });
});

describe('npm start with a broken config file', () => {
  it('names the file and what is wrong, in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stadtzwilling-config-'));
    const file = join(dir, 'stadtzwilling.config.json');
    writeFileSync(file, '{ "lang": "de", }');
    const run = start('--port', '0', '--mqtt-port', '0', '--ws-port', '0', '--config', file);
    expect(await run.exited).toBe(1);
    expect(run.output().trim().split('\n').at(-1)).toMatch(
      new RegExp(`^Stadtzwilling: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid JSON: `),
    );
  });
});
