import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DEFAULT_ACCOUNTS, type Account } from '../../sensors/accounts.ts';

const run = promisify(execFile);

/** Options for one message sent with the real mosquitto_pub client. */
export interface PublishOptions {
  retain?: boolean;
  account?: Account;
}

/** Publish with the real `mosquitto_pub` at QoS 1 (as the simulator account unless told otherwise). */
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
    '1',
    '-t',
    topic,
    '-m',
    message,
  ];
  if (options.retain) args.push('-r');
  await run('mosquitto_pub', args);
}
