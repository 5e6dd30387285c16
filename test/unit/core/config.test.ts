import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONFIG_DEFAULTS, brokerSocketUrl, resolveConfig } from '../../../src/core/config.ts';

describe('resolveConfig', () => {
  it('gives the embedded defaults with no file and no query', () => {
    const { config, notices } = resolveConfig(undefined, []);
    expect(config).toEqual(CONFIG_DEFAULTS);
    expect(notices).toEqual([]);
  });

  it('lets the query override the file, and the file the defaults', () => {
    const file = { broker: 'wss://broker.example.de/mqtt', topicPrefix: 'nb/sensors', lang: 'en', ttl: 60 };
    const query = new URLSearchParams('prefix=stadt/sensoren/&user=leser&scale=-5,18,30&snapTurn=30');
    const { config, notices } = resolveConfig(file, query);
    expect(notices).toEqual([]);
    expect(config.broker).toBe('wss://broker.example.de/mqtt');
    expect(config.topicPrefix).toBe('stadt/sensoren');
    expect(config.username).toBe('leser');
    expect(config.lang).toBe('en');
    expect(config.ttl).toBe(60);
    expect(config.scale).toEqual({ min: -5, comfort: 18, max: 30 });
    expect(config.snapTurn).toBe(30);
  });

  it('names an unknown parameter and a bad value, and keeps the default', () => {
    const { config, notices } = resolveConfig(
      { datastreams: { '7': 'T-1' } },
      new URLSearchParams('colour=red&lang=fr&ttl=-3&scale=30,20,10&prefix=a/%23'),
    );
    expect(config.lang).toBe('de');
    expect(config.ttl).toBe(300);
    expect(config.scale).toEqual(CONFIG_DEFAULTS.scale);
    expect(config.topicPrefix).toBe(CONFIG_DEFAULTS.topicPrefix);
    expect(config.datastreams).toEqual({ '7': 'T-1' });
    expect(notices.map((n) => [n.code, n.params?.name])).toEqual([
      ['config.unknown', 'colour'],
      ['config.invalid', 'lang'],
      ['config.invalid', 'ttl'],
      ['config.invalid', 'scale'],
      ['config.invalid', 'prefix'],
    ]);
  });

  it('keeps structured options out of the URL', () => {
    const { config, notices } = resolveConfig(undefined, new URLSearchParams('mappings=x'));
    expect(config.mappings).toEqual([]);
    expect(notices[0]?.code).toBe('config.unknown');
  });

  it('says so when the file is not an object', () => {
    expect(resolveConfig([1, 2], []).notices[0]?.code).toBe('config.file-invalid');
  });

  it('never throws on any query, and every value it keeps is valid', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string())), (pairs) => {
        const { config } = resolveConfig(undefined, pairs);
        expect(['de', 'en']).toContain(config.lang);
        expect(config.scale.min).toBeLessThan(config.scale.comfort);
        expect(config.scale.comfort).toBeLessThan(config.scale.max);
        expect(config.ttl).toBeGreaterThan(0);
        expect(config.topicPrefix).not.toMatch(/[#+]/);
      }),
    );
  });
});

describe('brokerSocketUrl', () => {
  it('resolves a path on the page origin, ws for http and wss for https', () => {
    expect(brokerSocketUrl('/mqtt', 'http://127.0.0.1:8080/?x=1')).toBe('ws://127.0.0.1:8080/mqtt');
    expect(brokerSocketUrl('/mqtt', 'https://192.168.1.20:8080/')).toBe('wss://192.168.1.20:8080/mqtt');
    expect(brokerSocketUrl('wss://b.example.de:8884/mqtt', 'http://localhost/')).toBe(
      'wss://b.example.de:8884/mqtt',
    );
  });
});

describe('vignette flag', () => {
  it('reads on/off words and refuses anything else', () => {
    expect(resolveConfig(undefined, new URLSearchParams('vignette=off')).config.vignette).toBe(false);
    expect(resolveConfig({ vignette: true }, []).config.vignette).toBe(true);
    const { config, notices } = resolveConfig(undefined, new URLSearchParams('vignette=vielleicht'));
    expect(config.vignette).toBe(true);
    expect(notices[0]?.code).toBe('config.invalid');
  });
});

describe('device mappings in the config file', () => {
  it('keeps the valid mappings and names each faulty one', () => {
    const good = { topic: 'zigbee2mqtt/{sensor}', valuePath: 'temperature' };
    const { config, notices } = resolveConfig({ mappings: [good, { topic: 'a/#/b' }, 42] }, []);
    expect(config.mappings).toEqual([good]);
    const faulty = notices.filter((n) => n.code === 'config.mapping-invalid');
    expect(faulty.map((n) => String(n.params?.detail).split(':')[0])).toEqual(['mapping 2', 'mapping 3']);
  });
});
