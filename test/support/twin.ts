import { startTwinServer, type TwinServer, type TwinServerOptions } from '../../sensors/twin-server.ts';

/**
 * The twin as `npm start` runs it, on free ports, serving the bundle that the test command built
 * (`npm run test:e2e` builds it once before the tests).
 */
export async function startTestTwin(options: Partial<TwinServerOptions> = {}): Promise<TwinServer> {
  // Serve test/fixtures/ at /fixtures/ (sensors/project-files.ts), for tests that load a small city.
  process.env.STADTZWILLING_TEST_FIXTURES = '1';
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
