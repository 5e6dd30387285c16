import { describe, expect, it } from 'vitest';
import {
  extractMapped,
  mappingFilter,
  matchMappingTopic,
  parseDeviceMappings,
} from '../../../../src/core/sensors/device-mapping.ts';

describe('device mappings', () => {
  it('turns a pattern into a filter and captures {sensor}', () => {
    expect(mappingFilter({ topic: 'v3/+/devices/{sensor}/up' })).toBe('v3/+/devices/+/up');
    expect(matchMappingTopic('v3/+/devices/{sensor}/up', 'v3/app/devices/eui-1/up')).toEqual({
      sensor: 'eui-1',
    });
    expect(
      matchMappingTopic('shellies/shelly-{sensor}/status/#', 'shellies/shelly-ht1/status/temperature:0'),
    ).toEqual({ sensor: 'ht1' });
    expect(matchMappingTopic('v3/+/devices/{sensor}/up', 'v3/app/devices/eui-1/join')).toBeNull();
    expect(matchMappingTopic('a/{sensor}', 'a/b/c')).toBeNull();
  });

  it('reads several sensors from fixed paths, an array or a keyed object', () => {
    const tasmota = { 'DS18B20-1': { Temperature: 4.1 }, 'DS18B20-2': { Temperature: 19.5 }, TempUnit: 'C' };
    expect(
      extractMapped(
        {
          topic: 'tele/{sensor}/SENSOR',
          unitPath: 'TempUnit',
          sensors: [
            { sensor: '{sensor}-out', valuePath: 'DS18B20-1.Temperature' },
            { sensor: '{sensor}-in', valuePath: 'DS18B20-2.Temperature' },
          ],
        },
        tasmota,
        'cellar',
      ),
    ).toEqual([
      { sensorId: 'cellar-out', value: 4.1, unit: 'C', time: undefined },
      { sensorId: 'cellar-in', value: 19.5, unit: 'C', time: undefined },
    ]);
    const list = {
      ts: 5,
      data: [
        { id: 'a', t: 1 },
        { id: 'b', t: 2 },
      ],
    };
    const fromList = extractMapped(
      { topic: 'gw', each: { path: 'data', sensorKey: 'id', valuePath: 't' }, timePath: 'ts' },
      list,
      '',
    );
    expect(fromList).toEqual([
      { sensorId: 'a', value: 1, unit: undefined, time: 5 },
      { sensorId: 'b', value: 2, unit: undefined, time: 5 },
    ]);
    const keyed = extractMapped(
      { topic: 'gw', each: { path: 'readings' }, unit: 'K' },
      { readings: { x: 280, y: { value: 290 } } },
      '',
    );
    expect(keyed).toEqual([
      { sensorId: 'x', value: 280, unit: 'K', time: undefined },
      { sensorId: 'y', value: 290, unit: 'K', time: undefined },
    ]);
    expect(extractMapped({ topic: 'gw', each: { path: 'nope' } }, {}, '')).toMatchObject({
      reason: 'malformed',
    });
  });

  it('takes the sensor id from the message when told to', () => {
    expect(
      extractMapped({ topic: 'gw', sensorPath: 'dev.id', valuePath: 't' }, { dev: { id: 7 }, t: 3 }, ''),
    ).toEqual([{ sensorId: '7', value: 3, unit: undefined, time: undefined }]);
  });

  it('validates mappings from a config file', () => {
    const { mappings, errors } = parseDeviceMappings([
      { topic: 'v3/+/devices/{sensor}/up', valuePath: 'a.b' },
      { topic: 'bad/#/x' },
      { topic: 'fixed/topic' },
      { topic: 'fixed/topic', sensor: 'boiler' },
      'nope',
    ]);
    expect(mappings).toHaveLength(2);
    expect(errors).toEqual([
      'mapping 2: topic is not a valid MQTT topic pattern',
      'mapping 3: no sensor id: use {sensor} in the topic, sensor, sensorPath, sensors or each',
      'mapping 5: is not an object',
    ]);
  });
});
