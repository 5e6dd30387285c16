import { describe, expect, it } from 'vitest';
import { effectiveRate, simulatedPayload } from '../../../sensors/simulator/simulator.ts';
import { PARSE_DEFAULTS, parseMessage } from '../../../src/core/sensors/payload.ts';
import { sensorProfile } from '../../../sensors/simulator/temperature-model.ts';

describe('simulator payloads', () => {
  it('picks one reading per sensor per 10 s unless told, within 1..10,000 per second', () => {
    expect(effectiveRate(500, 0)).toBe(50);
    expect(effectiveRate(3, 0)).toBe(1);
    expect(effectiveRate(50_000, 0)).toBe(5000);
    expect(effectiveRate(200_000, 0)).toBe(10_000);
    expect(effectiveRate(500, 7)).toBe(7);
  });

  it('sends payloads the parser reads back exactly', () => {
    const time = Date.UTC(2025, 10, 25, 12);
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const profile = sensorProfile(id);
      const payload = simulatedPayload(profile, 3.4, time);
      const parsed = parseMessage(`${PARSE_DEFAULTS.topicPrefix}/${id}/temperature`, payload, {
        ...PARSE_DEFAULTS,
        receivedAt: time,
      });
      expect(parsed.readings).toEqual([{ sensorId: id, celsius: 3.4, time }]);
    }
  });
});
