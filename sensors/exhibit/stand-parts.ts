import { resolve } from 'node:path';
import { DEFAULT_ACCOUNTS } from '../accounts.ts';
import type { SupervisedPart } from './supervisor.ts';

/** What the stand runs, from `npm run exhibit`'s options and the config file's topic prefix. */
export interface StandPartsOptions {
  port: string;
  mqttPort: string;
  host: boolean;
  /** A recorded day to replay instead of the simulator. */
  replay?: string;
  speed: string;
  record: boolean;
  configFile: string;
  /** The sensor topic prefix of the config file: the simulator, replay and recorder speak on it too. */
  topicPrefix: string;
}

const tsx = (script: string, ...args: string[]): Pick<SupervisedPart, 'command' | 'args'> => ({
  command: process.execPath,
  args: ['--import', 'tsx', script, ...args],
});

/** The stand's processes: the web server with its broker, the simulator or a replay, and the recorder. */
export function standParts(o: StandPartsOptions): SupervisedPart[] {
  const broker = `mqtt://127.0.0.1:${o.mqttPort}`;
  const prefix = ['--prefix', o.topicPrefix];
  const web: SupervisedPart = {
    name: 'web',
    ...tsx(
      'sensors/start.ts',
      '--no-build',
      '--no-simulator',
      '--port',
      o.port,
      '--mqtt-port',
      o.mqttPort,
      // The page reaches the broker through /mqtt on its own origin: any free WebSocket port will do.
      '--ws-port',
      '0',
      '--config',
      o.configFile,
      ...(o.host ? ['--host'] : []),
    ),
  };
  const { username, password } = DEFAULT_ACCOUNTS.simulator;
  const source: SupervisedPart = o.replay
    ? {
        name: 'replay',
        ...tsx(
          'sensors/recorder/replay.ts',
          resolve(o.replay),
          '--speed',
          o.speed,
          '--loop',
          '--broker',
          broker,
          ...prefix,
        ),
      }
    : {
        name: 'simulator',
        ...tsx(
          'sensors/simulator/cli.ts',
          '--broker',
          broker,
          '--user',
          username,
          '--password',
          password,
          ...prefix,
        ),
      };
  const recorder: SupervisedPart[] = o.record
    ? [{ name: 'recorder', ...tsx('sensors/recorder/record.ts', '--broker', broker, ...prefix) }]
    : [];
  // The web server's broker takes a moment to listen; the others start once it does.
  const needsPort = Number(o.mqttPort);
  return [web, ...[source, ...recorder].map((part) => ({ ...part, needsPort }))];
}
