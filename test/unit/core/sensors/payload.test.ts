import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_PAYLOAD_BYTES,
  PARSE_DEFAULTS,
  parseMessage,
  subscriptionTopics,
  type ParseOptions,
} from '../../../../src/core/sensors/payload.ts';
import { REJECT_REASONS } from '../../../../src/core/sensors/reading.ts';

const NOW = Date.UTC(2025, 10, 25, 12);
const options: ParseOptions = {
  ...PARSE_DEFAULTS,
  receivedAt: NOW,
  datastreams: { '7': 'sta-7', "'ds-x'": 'sta-x' },
  mappings: [
    {
      topic: 'v3/+/devices/{sensor}/up',
      valuePath: 'uplink_message.decoded_payload.temperature',
      timePath: 'received_at',
    },
    { topic: 'tele/{sensor}/SENSOR', valuePath: 'DS18B20.Temperature', unitPath: 'TempUnit' },
    { topic: 'shellies/{sensor}/sensor/temperature', valuePath: '' },
  ],
};
const topic = (sensor: string): string => `city/neubrandenburg/sensors/${sensor}/temperature`;
const one = (t: string, payload: string | Uint8Array) => parseMessage(t, payload, options);

describe('parseMessage', () => {
  it('reads a bare number with the arrival time', () => {
    expect(one(topic('s1'), ' -3.25 \n')).toEqual({
      readings: [{ sensorId: 's1', celsius: -3.25, time: NOW }],
      rejections: [],
    });
  });

  it('reads JSON value or temperature, converting units and times', () => {
    const f = one(topic('s1'), '{"value":68,"unit":"°F","ts":"2025-11-25T10:00:00Z"}').readings[0];
    expect(f?.celsius).toBeCloseTo(20);
    expect(f?.time).toBe(Date.UTC(2025, 10, 25, 10));
    const k = one(topic('s1'), '{"temperature":274.15,"unit":"K","time":1764064800}').readings[0];
    expect(k?.celsius).toBeCloseTo(1);
    expect(k?.time).toBe(1764064800_000);
    const ms = one(topic('s1'), '{"value":"4.5","unit":"degC","timestamp":1764064800123}').readings[0];
    expect(ms).toEqual({ sensorId: 's1', celsius: 4.5, time: 1764064800123 });
  });

  it('reads Zigbee2MQTT-style device JSON on the sensor topic itself', () => {
    const r = one('city/neubrandenburg/sensors/kitchen', '{"temperature":21.4,"humidity":55,"battery":90}');
    expect(r.readings).toEqual([{ sensorId: 'kitchen', celsius: 21.4, time: NOW }]);
  });

  it('reads a SensorThings Observation, taking the end of a phenomenonTime interval', () => {
    const r = one(
      'v1.1/Datastreams(7)/Observations',
      '{"result":3.5,"phenomenonTime":"2025-11-25T10:00:00Z/2025-11-25T10:05:00Z"}',
    );
    expect(r.readings).toEqual([{ sensorId: 'sta-7', celsius: 3.5, time: Date.UTC(2025, 10, 25, 10, 5) }]);
    const quoted = one(
      "v1.1/Datastreams('ds-x')/Observations",
      '{"result":1,"resultTime":"2025-11-25T09:00:00Z"}',
    );
    expect(quoted.readings[0]?.time).toBe(Date.UTC(2025, 10, 25, 9));
    expect(one('v1.1/Datastreams(8)/Observations', '{"result":1}').rejections[0]?.reason).toBe(
      'unknown-sensor',
    );
  });

  it('applies device mappings with a {sensor} capture', () => {
    const ttn = one(
      'v3/app@ttn/devices/eui-70b3/up',
      '{"received_at":"2025-11-25T11:00:00Z","uplink_message":{"decoded_payload":{"temperature":6.1}}}',
    );
    expect(ttn.readings).toEqual([{ sensorId: 'eui-70b3', celsius: 6.1, time: Date.UTC(2025, 10, 25, 11) }]);
    const tasmota = one('tele/keller/SENSOR', '{"DS18B20":{"Temperature":50},"TempUnit":"F"}');
    expect(tasmota.readings[0]?.celsius).toBeCloseTo(10);
    expect(one('shellies/ht-1/sensor/temperature', '19.5').readings).toEqual([
      { sensorId: 'ht-1', celsius: 19.5, time: NOW },
    ]);
  });

  it('rejects each kind of bad payload with its reason', () => {
    const reason = (payload: string): string | undefined => one(topic('s1'), payload).rejections[0]?.reason;
    expect(reason('{"value":')).toBe('malformed');
    expect(reason('warm')).toBe('not-a-number');
    expect(reason('')).toBe('not-a-number');
    expect(reason('{"value":null}')).toBe('not-a-number');
    expect(reason('NaN')).toBe('not-finite');
    expect(reason('-Infinity')).toBe('not-finite');
    expect(reason('{"value":"Infinity"}')).toBe('not-finite');
    expect(reason('1e999')).toBe('not-finite');
    expect(reason('{"value":20,"unit":"%"}')).toBe('malformed');
    expect(reason('{"value":20,"ts":"yesterday"}')).toBe('malformed');
  });

  it('refuses payloads over 4 KB before decoding them, in bytes not characters', () => {
    const bytes = new Uint8Array(MAX_PAYLOAD_BYTES + 1).fill(0xff);
    expect(one(topic('s1'), bytes).rejections).toEqual([
      { reason: 'too-large', detail: 'payload is 4097 bytes, over 4096' },
    ]);
    // 2,000 'ä' are 4,000 bytes: under the limit; 2,100 are over.
    expect(one(topic('s1'), '"' + 'ä'.repeat(2000) + '"').rejections[0]?.reason).not.toBe('too-large');
    expect(one(topic('s1'), 'ä'.repeat(2100)).rejections[0]?.reason).toBe('too-large');
  });

  it('reads bytes as UTF-8 and refuses invalid UTF-8', () => {
    expect(one(topic('s1'), new TextEncoder().encode('{"value":1,"unit":"°C"}')).readings[0]?.celsius).toBe(
      1,
    );
    expect(one(topic('s1'), new Uint8Array([0x32, 0xc3])).rejections[0]?.reason).toBe('malformed');
  });

  it('ignores topics that are not sensor topics', () => {
    for (const t of [
      'other/x',
      'city/neubrandenburg/sensors/s1/humidity',
      'city/neubrandenburg/sensors/',
      'city/neubrandenburg/sensors',
    ]) {
      expect(one(t, '21')).toEqual({ readings: [], rejections: [] });
    }
  });

  it('never throws, and always returns readings with finite numbers or known reasons', () => {
    const payloads = fc.oneof(
      fc.string(),
      fc.uint8Array({ maxLength: 5000 }),
      fc.json().map((j) => j),
      fc
        .record({ value: fc.anything(), unit: fc.anything(), ts: fc.anything() })
        .map((r) => JSON.stringify(r) ?? ''),
    );
    const topics = fc.oneof(
      fc.string(),
      fc.string().map((s) => `city/neubrandenburg/sensors/${s}`),
      fc.string().map((s) => `v1.1/Datastreams(${s})/Observations`),
      fc.string().map((s) => `v3/a/devices/${s}/up`),
    );
    fc.assert(
      fc.property(topics, payloads, fc.integer({ min: 0, max: 2 ** 42 }), (t, p, receivedAt) => {
        const result = parseMessage(t, p, { ...options, receivedAt });
        for (const r of result.readings) {
          expect(Number.isFinite(r.celsius) && Number.isFinite(r.time)).toBe(true);
          expect(typeof r.sensorId).toBe('string');
        }
        for (const r of result.rejections) {
          expect(REJECT_REASONS).toContain(r.reason);
          expect(r.detail.length).toBeGreaterThan(0);
          // The safety net in parseMessage must never be what caught the input.
          expect(r.detail).not.toMatch(/could not be read/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('subscriptionTopics', () => {
  it('lists the prefix filters, one per Datastream and one per mapping, without duplicates', () => {
    expect(subscriptionTopics({ ...options, mappings: [...options.mappings, options.mappings[0]!] })).toEqual(
      [
        'city/neubrandenburg/sensors/+/temperature',
        'city/neubrandenburg/sensors/+',
        'v1.1/Datastreams(7)/Observations',
        "v1.1/Datastreams('ds-x')/Observations",
        'v3/+/devices/+/up',
        'tele/+/SENSOR',
        'shellies/+/sensor/temperature',
      ],
    );
  });
});
