import { readStaPage, staRequests, type StaMessage } from '../core/sensors/sensorthings.ts';

/** Pages followed per request at most, so that a server that links on forever cannot hold the twin. */
const MAX_PAGES = 10;

/** Where the backfill reads and what it does with each Observation and each failure. */
export interface BackfillOptions {
  base: string;
  datastreams: readonly string[];
  now: number;
  /** Each Observation, oldest first per Datastream, in the form it would have come over MQTT. */
  onMessage: (message: StaMessage) => void;
  onProblem: (url: string, reason: string) => void;
  fetch: typeof fetch;
}

/**
 * SensorThings keeps no retained messages: fetch each mapped Datastream's last hour and latest Observation
 * over HTTP and hand them to the same parser as MQTT messages. A Datastream that fails is named and skipped.
 */
export async function backfillSensorThings(options: BackfillOptions): Promise<void> {
  await Promise.all(
    options.datastreams.map(async (id) => {
      const [latest, hour] = staRequests(options.base, id, options.now);
      try {
        for (const url of [hour!, latest!]) {
          const pages: StaMessage[][] = [];
          let next: string | null = url;
          for (let page = 0; next && page < MAX_PAGES; page++) {
            const response = await options.fetch(next, { headers: { accept: 'application/json' } });
            if (!response.ok) throw new Error(`HTTP ${response.status}`);
            const read = readStaPage(await response.json(), id);
            pages.push(read.messages);
            next = read.nextLink;
          }
          // Later pages hold older Observations.
          for (const messages of pages.reverse()) for (const m of messages) options.onMessage(m);
        }
      } catch (error) {
        options.onProblem(
          `${options.base} Datastreams(${id})`,
          error instanceof Error ? error.message : String(error),
        );
      }
    }),
  );
}
