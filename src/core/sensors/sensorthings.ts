/** One Observation of a SensorThings response, as the MQTT topic and payload it would have arrived with. */
export interface StaMessage {
  topic: string;
  payload: string;
}

/** A response page: its Observations and the link to the next page, if the server split the list. */
export interface StaPage {
  messages: StaMessage[];
  nextLink: string | null;
}

/** How far back the sparkline looks, and how many Observations one request asks for. */
export const STA_DEFAULTS = { historyMs: 3_600_000, top: 400 };

/** The topic an Observation of Datastream `id` arrives on over MQTT: the parser routes both the same way. */
export const staTopic = (id: string): string => `v1.1/Datastreams(${id})/Observations`;

/**
 * The two requests per Datastream, as Masterportal makes them: the latest Observation, and those of the last
 * hour for the sparkline. `base` is the service root ending in the version (…/v1.1).
 */
export function staRequests(
  base: string,
  id: string,
  now: number,
  historyMs = STA_DEFAULTS.historyMs,
): string[] {
  const root = `${base.replace(/\/+$/, '')}/Datastreams(${id})/Observations`;
  const select = '$select=result,phenomenonTime,resultTime';
  const since = new Date(now - historyMs).toISOString();
  return [
    `${root}?$orderby=phenomenonTime desc&$top=1&${select}`,
    `${root}?$filter=phenomenonTime ge ${since}&$orderby=phenomenonTime desc&$top=${STA_DEFAULTS.top}&${select}`,
  ];
}

/** Read a response document (`{ value: [...] }`); throws an Error naming what is wrong. */
export function readStaPage(doc: unknown, id: string): StaPage {
  if (doc === null || typeof doc !== 'object' || !Array.isArray((doc as { value?: unknown }).value))
    throw new Error('response has no "value" list of Observations');
  const { value, '@iot.nextLink': next } = doc as { value: unknown[]; '@iot.nextLink'?: unknown };
  // Newest first as asked; the reducer wants them oldest first.
  const messages = value
    .filter((o): o is Record<string, unknown> => o !== null && typeof o === 'object')
    .map((o) => ({
      topic: staTopic(id),
      payload: JSON.stringify({
        result: o.result,
        phenomenonTime: o.phenomenonTime,
        resultTime: o.resultTime,
      }),
    }))
    .reverse();
  return { messages, nextLink: typeof next === 'string' ? next : null };
}
