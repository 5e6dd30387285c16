import { startTwinServer, type TwinServer, type TwinServerOptions } from '../../sensors/twin-server.ts';

/**
 * The twin as `npm start` runs it, on free ports, serving the bundle that the test command built
 * (`npm run test:e2e` builds it once before the tests).
 */
export async function startTestTwin(options: Partial<TwinServerOptions> = {}): Promise<TwinServer> {
  return startTwinServer({
    port: 0,
    mqttPort: 0,
    wsPort: 0,
    build: false,
    simulator: false,
    log: () => undefined,
    ...options,
  });
}
