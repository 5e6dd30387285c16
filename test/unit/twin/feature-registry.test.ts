import { describe, expect, it, vi } from 'vitest';
import type { CityModel } from '../../../src/city/city-model.ts';
import { createFeatureRegistry } from '../../../src/twin/feature-registry.ts';
import type { TwinFeature } from '../../../src/twin/twin-runtime.ts';
import type { TwinRuntime } from '../../../src/twin/twin-runtime.ts';
import { createTwinStore } from '../../../src/twin/twin-store.ts';

// The registry hands the runtime to `init` untouched: any object stands in for it here.
const runtime = {} as TwinRuntime;
const model = (name: string): CityModel => ({ name }) as unknown as CityModel;

const feature = (name: string, log: string[]): TwinFeature => ({
  name,
  init: () => void log.push(`init ${name}`),
  dispose: () => void log.push(`dispose ${name}`),
});

describe('createFeatureRegistry', () => {
  it('inits on use, disposes once through the remover, and lists the names in the store', () => {
    const store = createTwinStore('', []);
    const registry = createFeatureRegistry(store);
    const log: string[] = [];
    const remove = registry.use(feature('a', log), runtime);
    registry.use(feature('b', log), runtime);
    expect(store.getState().features).toEqual(['a', 'b']);
    remove();
    remove();
    expect(log).toEqual(['init a', 'init b', 'dispose a']);
    expect(store.getState().features).toEqual(['b']);
  });

  it('refuses a second feature of the same name', () => {
    const registry = createFeatureRegistry(createTwinStore('', []));
    registry.use(feature('a', []), runtime);
    expect(() => registry.use(feature('a', []), runtime)).toThrow(/"a" is registered already/);
  });

  it('disposes every feature last first, and takes back one whose init threw', () => {
    const store = createTwinStore('', []);
    const registry = createFeatureRegistry(store);
    const log: string[] = [];
    registry.use(feature('a', log), runtime);
    registry.use(feature('b', log), runtime);
    const broken: TwinFeature = {
      ...feature('c', log),
      init: () => {
        throw new Error('c cannot start');
      },
    };
    expect(() => registry.use(broken, runtime)).toThrow('c cannot start');
    expect(store.getState().features).toEqual(['a', 'b']);
    registry.dispose();
    expect(log).toEqual(['init a', 'init b', 'dispose c', 'dispose b', 'dispose a']);
    expect(store.getState().features).toEqual([]);
  });

  it('adds and removes parts in the store', () => {
    const store = createTwinStore('', []);
    const registry = createFeatureRegistry(store);
    const removeA = registry.addPart({ name: 'a' });
    registry.addPart({ name: 'b' });
    expect(store.getState().parts.map((p) => p.name)).toEqual(['a', 'b']);
    removeA();
    expect(store.getState().parts.map((p) => p.name)).toEqual(['b']);
  });

  it('runs the city preparers in order, each on what the last returned, until removed or aborted', async () => {
    const registry = createFeatureRegistry(createTwinStore('', []));
    const seen: string[] = [];
    const wrap = (tag: string) => (m: CityModel) => {
      seen.push(`${tag}(${(m as unknown as { name: string }).name})`);
      return model(`${tag}${(m as unknown as { name: string }).name}`);
    };
    const removeOuter = registry.addCityPreparer(wrap('x'));
    registry.addCityPreparer(async (m) => wrap('y')(m));
    const prepared = await registry.prepareCity(model('m'), new AbortController().signal);
    expect((prepared as unknown as { name: string }).name).toBe('yxm');
    expect(seen).toEqual(['x(m)', 'y(xm)']);
    removeOuter();
    const abort = new AbortController();
    const late = vi.fn(wrap('z'));
    registry.addCityPreparer((m) => (abort.abort(), m));
    registry.addCityPreparer(late);
    await registry.prepareCity(model('n'), abort.signal);
    expect(late).not.toHaveBeenCalled();
  });
});
