// A real Mosquitto for a describe block, holding retained readings before the twin starts, and a config file
// that points the twin's viewer at it.
import mqtt from 'mqtt';
import { afterAll, beforeAll } from 'vitest';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { DEFAULT_ACCOUNTS } from '../../sensors/accounts.ts';
import { viewerConfigFile } from './config-file.ts';
import { startMosquitto, type RunningMosquitto } from './mosquitto.ts';

/** The broker and the viewer's config file, once the block's `beforeAll` has run. */
export interface RetainedBroker {
  readonly mosquitto: RunningMosquitto;
  readonly configFile: string;
}

/** Start Mosquitto with each reading retained on its sensor's topic in `beforeAll`; stop it in `afterAll`. */
export function retainedBroker(readings: readonly { sensor: string; celsius: number }[]): RetainedBroker {
  let mosquitto: RunningMosquitto | undefined;
  let configFile = '';
  beforeAll(async () => {
    mosquitto = await startMosquitto();
    configFile = viewerConfigFile(mosquitto.wsPort);
    const publisher = await mqtt.connectAsync(mosquitto.url, DEFAULT_ACCOUNTS.simulator);
    for (const r of readings) {
      const topic = `${CONFIG_DEFAULTS.topicPrefix}/${r.sensor}/temperature`;
      await publisher.publishAsync(topic, String(r.celsius), { qos: 1, retain: true });
    }
    await publisher.endAsync();
  });
  afterAll(async () => {
    await mosquitto?.dispose();
  });
  return {
    get mosquitto() {
      if (!mosquitto) throw new Error('retainedBroker: read it in a test or a later hook');
      return mosquitto;
    },
    get configFile() {
      return configFile;
    },
  };
}
