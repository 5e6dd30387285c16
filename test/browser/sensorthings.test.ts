import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourFor, toHex } from '../../src/core/colour/colour-scale.ts';
import registryJson from '../../sensors/registry.default.json' with { type: 'json' };
import { viewerConfigFile } from '../support/config-file.ts';
import { startMosquitto, type RunningMosquitto } from '../support/mosquitto.ts';
import { twinSession } from '../support/session.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/sensorthings');
const NEWEST = Date.parse('2025-11-25T10:59:30.000Z');
const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g;
const house = (registryJson as { sensor: string; building: string }[]).find((e) =>
  e.building.startsWith('gen-b'),
)!;

/**
 * A static SensorThings service replaying the recorded response documents: every time moved forward so the
 * newest Observation is five seconds old, the next-page link pointed at this server. It logs what was asked.
 */
function startStaServer(asked: string[]): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    asked.push(decodeURIComponent(url.pathname + url.search));
    const shift = Date.now() - 5000 - NEWEST;
    const file =
      url.pathname !== '/FROST-Server/v1.1/Datastreams(7)/Observations'
        ? null
        : url.searchParams.has('$skip')
          ? 'hour-page2.json'
          : url.searchParams.has('$filter')
            ? 'hour-page1.json'
            : 'latest.json';
    response.setHeader('access-control-allow-origin', '*');
    if (!file) return void response.writeHead(404).end('{"code":404}');
    const own = `http://127.0.0.1:${(server.address() as AddressInfo).port}/FROST-Server`;
    const body = readFileSync(join(FIXTURES, file), 'utf8')
      .replace(ISO, (t) => new Date(Date.parse(t) + shift).toISOString())
      .replaceAll('http://localhost:8080/FROST-Server', own);
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  return new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(server)));
}

// SensorThings has no retained messages: the twin fetches the latest Observation and the last hour over HTTP
// as it subscribes, through the same parser, and the building is coloured before any MQTT message arrives.
describe('SensorThings backfill over HTTP', () => {
  let mosquitto: RunningMosquitto;
  let sta: Server;
  const asked: string[] = [];
  let configFile = '';

  beforeAll(async () => {
    mosquitto = await startMosquitto();
    sta = await startStaServer(asked);
    const origin = `http://127.0.0.1:${(sta.address() as AddressInfo).port}`;
    configFile = viewerConfigFile(mosquitto.wsPort, {
      colourScale: 'fixed',
      // The page may fetch from the service: the twin server's policy lets it reach allowed origins only.
      allowedOrigins: [origin],
      sensorThings: `${origin}/FROST-Server/v1.1`,
      datastreams: { '7': house.sensor },
    });
  });
  afterAll(async () => {
    await new Promise((done) => sta?.close(done));
    await mosquitto?.dispose();
  });

  const session = twinSession({ server: () => ({ configFile }), connected: true });

  it('colours the building from the latest Observation, with no MQTT message at all', async () => {
    const hex = toHex(colourFor(4.2, { min: -10, comfort: 20, max: 35 }));
    await session.page.waitForFunction(([id, c]) => window.cityTwin!.building(id!)?.colour === c, [
      house.building,
      hex,
    ] as const);
    const info = await session.page.evaluate((id) => window.cityTwin!.building(id), house.building);
    expect(info).toMatchObject({ temperature: 4.2, state: 'live' });
    expect((await session.page.evaluate(() => window.cityTwin!.stats())).sensors.rejected).toBe(0);
    expect(asked).toContain(
      '/FROST-Server/v1.1/Datastreams(7)/Observations?$orderby=phenomenonTime desc&$top=1&$select=result,phenomenonTime,resultTime',
    );
  });

  it('takes the last hour, every page of it, for the sparkline', async () => {
    expect(asked.some((a) => a.includes('$skip=3'))).toBe(true);
    expect(await session.page.evaluate((id) => window.cityTwin!.select(id), house.building)).toBe(true);
    await expect.poll(() => session.page.getByTestId('sparkline').count()).toBe(1);
  });
});
