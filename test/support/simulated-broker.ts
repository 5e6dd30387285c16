// Retained readings from the simulator on a broker, for tests and benches that subscribe afterwards.
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import type { RegistryEntry } from '../../src/core/sensors/registry.ts';
import { DEFAULT_ACCOUNTS } from '../../sensors/accounts.ts';
import { startSimulator } from '../../sensors/simulator/simulator.ts';

/** Let the simulator publish a retained reading for each sensor of `registry`; how many messages it sent. */
export async function retainSimulated(
  brokerUrl: string,
  registry: readonly RegistryEntry[],
): Promise<number> {
  const simulator = await startSimulator({
    brokerUrl,
    ...DEFAULT_ACCOUNTS.simulator,
    registry: [...registry],
    topicPrefix: CONFIG_DEFAULTS.topicPrefix,
    ratePerSecond: 1,
    seed: 1,
    maxSensors: registry.length,
  });
  const published = simulator.published();
  await simulator.dispose();
  return published;
}
