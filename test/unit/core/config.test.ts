import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONFIG_DEFAULTS, resolveConfig } from '../../../src/core/config.ts';
import { brokerSocketUrl, originOf } from '../../../src/core/origins.ts';

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

  it('takes the 3D Tiles budgets within their ranges, and names one outside', () => {
    const ok = resolveConfig({ tilesMemoryMB: 1500 }, new URLSearchParams('tilesErrorTarget=8'));
    expect(ok.notices).toEqual([]);
    expect([ok.config.tilesErrorTarget, ok.config.tilesMemoryMB]).toEqual([8, 1500]);
    const bad = resolveConfig(undefined, new URLSearchParams('tilesErrorTarget=0&tilesMemoryMB=5'));
    expect(bad.notices.map((n) => n.params?.name)).toEqual(['tilesErrorTarget', 'tilesMemoryMB']);
    expect([bad.config.tilesErrorTarget, bad.config.tilesMemoryMB]).toEqual([16, 400]);
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

describe('what a link may change', () => {
  const page = 'http://127.0.0.1:8080/?x=1';
  const file = { broker: 'wss://mqtt.stadt.example/mqtt', username: 'viewer', password: 'geheim' };
  const resolve = (query: string, f: unknown = file) =>
    resolveConfig(f, new URLSearchParams(query), { pageUrl: page });

  it('refuses a broker, city, registry or footprints on a foreign origin, by name, and keeps the configured one', () => {
    const { config, notices } = resolve(
      'broker=ws://attacker.example/mqtt&registry=http://127.0.0.1:9999/r.json&city=https://evil.example/c.glb' +
        '&footprints=//evil.example/f.geojson',
    );
    expect(config.broker).toBe(file.broker);
    expect(config.password).toBe('geheim');
    expect(config.registry).toBe(CONFIG_DEFAULTS.registry);
    expect(config.city).toBe(CONFIG_DEFAULTS.city);
    expect(config.footprints).toBe('');
    expect(notices.map((n) => [n.code, n.params?.name])).toEqual([
      ['config.origin-refused', 'broker'],
      ['config.origin-refused', 'registry'],
      ['config.origin-refused', 'city'],
      ['config.origin-refused', 'footprints'],
    ]);
  });

  it("lets a link use the page's own origin and the origins the file allows", () => {
    const allowed = {
      ...file,
      allowedOrigins: ['https://daten.stadt.example', 'wss://mqtt2.stadt.example:8884'],
    };
    const { config, notices } = resolve(
      'city=./mein-modell.glb&registry=/fixtures/r.csv&footprints=https://daten.stadt.example/f.geojson' +
        '&model=http://127.0.0.1:8080/x.glb',
      allowed,
    );
    expect(notices).toEqual([]);
    expect(config.city).toBe('http://127.0.0.1:8080/x.glb');
    expect(config.registry).toBe('/fixtures/r.csv');
    expect(config.footprints).toBe('https://daten.stadt.example/f.geojson');
    expect(resolve('broker=wss://mqtt2.stadt.example:8884/mqtt', allowed).config.broker).toBe(
      'wss://mqtt2.stadt.example:8884/mqtt',
    );
  });

  it("never sends the file's username and password to a broker the link names", () => {
    const { config, notices } = resolve('broker=/mqtt');
    expect(config.broker).toBe('/mqtt');
    expect([config.username, config.password]).toEqual(['', '']);
    expect(notices.map((n) => n.code)).toEqual(['config.credentials-withheld']);
    // The link's own account goes with the link's broker; the file's broker keeps the file's account.
    const own = resolve('broker=/mqtt&user=gast&password=gast');
    expect([own.config.username, own.config.password, own.notices.length]).toEqual(['gast', 'gast', 0]);
    const same = resolve(`broker=${encodeURIComponent(file.broker)}`);
    expect([same.config.username, same.config.password, same.notices.length]).toEqual([
      'viewer',
      'geheim',
      0,
    ]);
  });

  it('names a broker that is not ws:, wss: or a path as a bad value', () => {
    for (const bad of [
      'javascript:alert(1)',
      'http://127.0.0.1:8080/mqtt',
      'mqtt://127.0.0.1:1883',
      'mqtt',
    ]) {
      const { config, notices } = resolve(`broker=${encodeURIComponent(bad)}`);
      expect(config.broker).toBe(file.broker);
      expect(notices.map((n) => [n.code, n.params?.value])).toEqual([['config.invalid', bad]]);
    }
    expect(resolveConfig({ broker: 'javascript:alert(1)' }, []).notices[0]?.code).toBe('config.invalid');
  });

  it('reads allowedOrigins from the file only, as bare origins', () => {
    expect(resolve('allowedOrigins=https://evil.example').notices[0]?.code).toBe('config.unknown');
    expect(resolveConfig({ allowedOrigins: ['https://a.example/pfad'] }, []).notices[0]?.code).toBe(
      'config.invalid',
    );
    expect(resolveConfig({ allowedOrigins: ['wss://a.example:443'] }, []).config.allowedOrigins).toEqual([
      'https://a.example',
    ]);
  });

  it('never lets any query point a place at a foreign origin', () => {
    const places = fc.constantFrom('broker', 'city', 'model', 'registry', 'footprints');
    fc.assert(
      fc.property(fc.array(fc.tuple(places, fc.webUrl())), (pairs) => {
        const { config } = resolveConfig(file, pairs, { pageUrl: page });
        for (const value of [config.city, config.registry, config.footprints].filter((v) => v !== '')) {
          expect(originOf(value, page)).toBe('http://127.0.0.1:8080');
        }
        expect(config.password === '' || config.broker === file.broker).toBe(true);
      }),
    );
  });
});

describe('originOf', () => {
  it('counts ws: as http: and wss: as https:, default ports left out', () => {
    expect(originOf('ws://127.0.0.1:8080/mqtt')).toBe('http://127.0.0.1:8080');
    expect(originOf('wss://b.example.de:443/mqtt')).toBe('https://b.example.de');
    expect(originOf('/mqtt', 'https://192.168.1.20:8080/')).toBe('https://192.168.1.20:8080');
    expect(originOf('javascript:alert(1)')).toBeUndefined();
    expect(originOf('data:text/plain,x')).toBeUndefined();
  });
});
