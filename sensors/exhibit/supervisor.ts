import { spawn, type ChildProcess } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import type { StandStatus } from '../../src/core/exhibit/stand-status.ts';

/** One process the stand keeps running. */
export interface SupervisedPart {
  name: string;
  command: string;
  args: readonly string[];
  /** A port on 127.0.0.1 that must take connections before the part starts (the broker a simulator talks to). */
  needsPort?: number;
}

/** How the supervisor restarts and reports. */
export interface SupervisorOptions {
  /** Where the status goes (served to the operator panel as stand-status.json). */
  statusFile: string;
  source: StandStatus['source'];
  file: string;
  /** First wait before a restart, ms; it doubles per quick crash, up to `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
  log: (line: string) => void;
}

/** One second at first, at most half a minute: a crashing part is retried without hammering the machine. */
export const SUPERVISOR_DEFAULTS: Omit<SupervisorOptions, 'statusFile'> = {
  source: 'simulator',
  file: '',
  backoffMs: 1000,
  maxBackoffMs: 30_000,
  log: (line) => console.log(line),
};

/** The running parts; `dispose` stops them all and restarts none. */
export interface Supervisor {
  status(): StandStatus;
  dispose(): Promise<void>;
}

/** Start every part, restart any that exits, and keep the status file current. */
export function startSupervisor(
  parts: readonly SupervisedPart[],
  partial: Partial<SupervisorOptions> & Pick<SupervisorOptions, 'statusFile'>,
): Supervisor {
  const o: SupervisorOptions = { ...SUPERVISOR_DEFAULTS, ...partial };
  const state = new Map(parts.map((p) => [p.name, { state: 'down' as 'up' | 'down', restarts: 0 }]));
  const children = new Map<string, ChildProcess>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let stopping = false;
  const status = (): StandStatus => ({
    updated: Date.now(),
    source: o.source,
    file: o.file,
    parts: Object.fromEntries([...state].map(([name, s]) => [name, { ...s }])),
  });
  const write = (): void => {
    // Written whole then renamed: the web server never serves half a file.
    writeFileSync(`${o.statusFile}.tmp`, JSON.stringify(status()));
    renameSync(`${o.statusFile}.tmp`, o.statusFile);
  };
  const launch = (part: SupervisedPart, backoff: number): void => {
    const started = Date.now();
    const child = spawn(part.command, part.args, { stdio: ['ignore', 'inherit', 'inherit'] });
    children.set(part.name, child);
    state.get(part.name)!.state = 'up';
    write();
    child.on('exit', (code, signal) => {
      children.delete(part.name);
      state.get(part.name)!.state = 'down';
      write();
      if (stopping) return;
      // A part that ran a while before it failed starts again at the first backoff.
      const wait = Date.now() - started > 60_000 ? o.backoffMs : backoff;
      o.log(`Stand: ${part.name} stopped (${signal ?? code}); restarting in ${wait / 1000} s.`);
      const timer = setTimeout(() => {
        timers.delete(timer);
        state.get(part.name)!.restarts++;
        start(part, Math.min(o.maxBackoffMs, wait * 2));
      }, wait);
      timers.add(timer);
    });
  };
  // Tried again every quarter second: a part that needs the broker waits for it instead of failing to connect.
  const whenListening = (port: number, then: () => void): void => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      if (!stopping) then();
    });
    socket.once('error', () => {
      socket.destroy();
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!stopping) whenListening(port, then);
      }, 250);
      timers.add(timer);
    });
  };
  const start = (part: SupervisedPart, backoff: number): void => {
    if (part.needsPort === undefined) launch(part, backoff);
    else whenListening(part.needsPort, () => launch(part, backoff));
  };
  for (const part of parts) start(part, o.backoffMs);
  const heartbeat = setInterval(write, 5000);
  return {
    status,
    async dispose() {
      stopping = true;
      clearInterval(heartbeat);
      for (const timer of timers) clearTimeout(timer);
      const exits = [...children.values()].map((c) => new Promise((resolve) => c.once('exit', resolve)));
      for (const child of children.values()) child.kill('SIGTERM');
      await Promise.all(exits);
      write();
    },
  };
}
