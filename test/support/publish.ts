import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { DEFAULT_ACCOUNTS, type Account } from '../../sensors/accounts.ts';
import type { TwinServer } from '../../sensors/twin-server.ts';

const run = promisify(execFile);

/** Options for one message sent with the real mosquitto_pub client. */
export interface PublishOptions {
  retain?: boolean;
  account?: Account;
  /** Quality of service; 1 unless told. */
  qos?: 0 | 1 | 2;
}

/** Publish with the real `mosquitto_pub` (at QoS 1 and as the simulator account unless told otherwise). */
export async function mosquittoPub(
  port: number | string,
  topic: string,
  message: string,
  options: PublishOptions = {},
): Promise<void> {
  const { username, password } = options.account ?? DEFAULT_ACCOUNTS.simulator;
  const args = [
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-u',
    username,
    '-P',
    password,
    '-q',
    String(options.qos ?? 1),
    '-t',
    topic,
    '-m',
    message,
  ];
  if (options.retain) args.push('-r');
  await run('mosquitto_pub', args);
}

/** Options for a reading: how to publish it, and the topic prefix (the default config's unless told). */
export interface ReadingOptions extends PublishOptions {
  topicPrefix?: string;
}

/** Publish a reading for `sensor` to `<prefix>/<sensor>/temperature` on the twin's embedded broker. */
export async function publishReading(
  twin: TwinServer,
  sensor: string,
  payload: string,
  options: ReadingOptions = {},
): Promise<void> {
  const topic = `${options.topicPrefix ?? CONFIG_DEFAULTS.topicPrefix}/${sensor}/temperature`;
  await mosquittoPub(new URL(twin.mqttUrl!).port, topic, payload, options);
}
