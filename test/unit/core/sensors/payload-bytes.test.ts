import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCommonPayload } from '../../../../src/core/sensors/payload-bytes.ts';
import { PARSE_DEFAULTS, createParser, parseMessage } from '../../../../src/core/sensors/payload.ts';
import type { RawReading } from '../../../../src/core/sensors/value.ts';

const NOW = Date.UTC(2025, 10, 25, 12);
const TOPIC = `${PARSE_DEFAULTS.topicPrefix}/s1/temperature`;
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const read = (text: string): RawReading | null => {
  const out: RawReading = { sensorId: '', value: 0 };
  return readCommonPayload(bytes(text), out) ? out : null;
};
// The text form goes through the general reader only; the same bytes take the byte reader where it can.
const both = (text: string) => ({
  general: parseMessage(TOPIC, text, { ...PARSE_DEFAULTS, receivedAt: NOW }),
  bytes: parseMessage(TOPIC, bytes(text), { ...PARSE_DEFAULTS, receivedAt: NOW }),
});

describe('readCommonPayload', () => {
  it('reads bare decimals and flat JSON objects without decoding them', () => {
    expect(read(' -3.25\n')).toMatchObject({ value: -3.25, unit: undefined, time: undefined });
    expect(read('{"value":3.5,"unit":"°C","ts":"2025-11-25T12:00:00.250Z"}')).toMatchObject({
      value: 3.5,
      unit: '°C',
      timeMs: Date.UTC(2025, 10, 25, 12, 0, 0, 250),
    });
    expect(read('{ "temperature" : 21.4, "humidity": 55, "battery": 90 }')).toMatchObject({ value: 21.4 });
    expect(read('{"value":-0.5,"time":1764064800}')).toMatchObject({ value: -0.5, time: 1764064800 });
    expect(read('{"value":276.15,"unit":"K"}')).toMatchObject({ value: 276.15, unit: 'K' });
    expect(read('{"unit":"°F","value":41}')).toMatchObject({ value: 41, unit: '°F' });
  });

  it('leaves every other form to the general reader', () => {
    for (const text of [
      '1e3',
      '{"value":"4.5"}',
      '{"value":4,"unit":"kK"}',
      '{"value":4,"unit":"%"}',
      '{"value":4,"unit":"°c "}',
      '{"value":4,"value":5}',
      '{"value":01}',
      '{"value":4,"ts":"2025-11-25 12:00:00"}',
      '{"v\\u0061lue":4}',
      '{"value":4,"x":{"y":1}}',
      '{"value":4,"ok":true}',
      '{"value":4}x',
      '{}',
      '1234567890123456',
      '.',
    ])
      expect(read(text), text).toBeNull();
  });

  it('agrees with the general reader on every payload, reading and rejection alike', () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, min: -100, max: 100 }),
      fc.integer({ min: -1000, max: 1000 }).map((n) => n / 10),
      fc.constantFrom('4.5', null, true, '', 'abc'),
    );
    const time = fc.oneof(
      fc.date({ min: new Date(0), max: new Date(2 ** 42), noInvalidDate: true }).map((d) => d.toISOString()),
      fc.integer({ min: -10, max: 2 ** 42 }),
      fc.constantFrom('2025-02-30T10:00:00Z', '2025-11-25T10:00:00+01:00', 'soon'),
    );
    const object = fc
      .record(
        {
          value,
          temperature: value,
          unit: fc.constantFrom(
            '°C',
            'C',
            'celsius',
            'degC',
            'K',
            '°K',
            'Kelvin',
            'kelvin',
            'F',
            '°F',
            'Fahrenheit',
            'degF',
            '°c',
            'k ',
            'Grad',
            '',
            7,
          ),
          ts: time,
          time,
          timestamp: time,
          other: fc.oneof(fc.string(), fc.integer()),
        },
        { requiredKeys: [] },
      )
      .chain((r) => fc.constantFrom(JSON.stringify(r), JSON.stringify(r, null, 1)));
    const bare = fc.oneof(
      fc.stringMatching(/^\s?[+-]?\d{0,9}\.?\d{0,9}\s?$/),
      fc.double().map(String),
      fc.string(),
    );
    let fast = 0;
    let kelvinOrFahrenheit = 0;
    fc.assert(
      fc.property(fc.oneof(object, bare), (text) => {
        const { general, bytes } = both(text);
        expect(bytes).toEqual(general);
        const fastRead = read(text);
        if (fastRead) fast++;
        if (/^(°?K|°?F|kelvin|Kelvin|Fahrenheit|degF)$/.test(String(fastRead?.unit))) kelvinOrFahrenheit++;
      }),
      { numRuns: 3000 },
    );
    // Both readers were compared, not the general one with itself.
    expect(fast).toBeGreaterThan(300);
    expect(kelvinOrFahrenheit).toBeGreaterThan(30);
  });

  it('gives the same readings through a parser that remembers topics', () => {
    const seen: string[] = [];
    const parse = createParser(PARSE_DEFAULTS, {
      reading: (id, celsius) => seen.push(`${id}=${celsius}`),
      rejection: (r) => seen.push(r.reason),
    });
    for (const text of ['3', '{"value":4}', 'x', '{"value":"5"}']) parse(TOPIC, bytes(text), NOW);
    parse(`${PARSE_DEFAULTS.topicPrefix}/s1/humidity`, bytes('3'), NOW);
    expect(seen).toEqual(['s1=3', 's1=4', 'not-a-number', 's1=5']);
  });
});
