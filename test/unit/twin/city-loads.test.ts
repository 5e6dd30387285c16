import { describe, expect, it } from 'vitest';
import type { CityModel } from '../../../src/city/city-model.ts';
import { createCityLoads } from '../../../src/twin/city-loads.ts';
import { createTwinStore } from '../../../src/twin/twin-store.ts';

// The loads only hand the model on and compare it by identity: any object stands in for one.
const model = (name: string): CityModel => ({ name }) as unknown as CityModel;

const setUp = (url = './a.glb') => {
  const store = createTwinStore(url, []);
  return { store, loads: createCityLoads(store) };
};

describe('createCityLoads', () => {
  it('resolves ready and tells listeners once the shown city has been drawn twice', async () => {
    const { store, loads } = setUp();
    let drawn = 0;
    loads.onDrawn(() => drawn++);
    loads.frameDrawn();
    loads.shown(model('a'));
    expect(store.getState().loading).toBeNull();
    loads.frameDrawn();
    expect(drawn).toBe(0);
    loads.frameDrawn();
    expect(drawn).toBe(1);
    loads.frameDrawn();
    expect(drawn).toBe(1);
    await expect(loads.ready).resolves.toBeUndefined();
  });

  it('resolves a load once its city is drawn, and the same URL at once', async () => {
    const { store, loads } = setUp();
    const done = loads.load('./b.glb');
    expect(store.getState()).toMatchObject({ cityUrl: './b.glb', loading: { loaded: 0 } });
    loads.progress(10, 100);
    expect(store.getState().loading).toEqual({ loaded: 10, total: 100 });
    let settled = false;
    void done.then(() => (settled = true));
    loads.shown(model('b'));
    loads.frameDrawn();
    await Promise.resolve();
    expect(settled).toBe(false);
    loads.frameDrawn();
    await expect(done).resolves.toBeUndefined();
    await expect(loads.load('./b.glb')).resolves.toBeUndefined();
  });

  it('rejects a load with the reason it failed, and one replaced by another', async () => {
    const { loads } = setUp();
    const first = loads.load('./b.glb');
    const second = loads.load('./c.glb');
    await expect(first).rejects.toThrow(/\.\/b\.glb was replaced by \.\/c\.glb/);
    loads.failed('./c.glb', 'HTTP 404');
    await expect(second).rejects.toThrow('HTTP 404');
  });

  it("resolves an unload once a frame was drawn without the city, and frees the store's hold", async () => {
    const { store, loads } = setUp();
    const a = model('a');
    loads.shown(a);
    const unloaded = loads.load('');
    expect(store.getState().loading).toBeNull();
    loads.frameDrawn();
    let settled = false;
    void unloaded.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    loads.gone(a);
    expect(store.getState().city).toBeNull();
    loads.frameDrawn();
    await expect(unloaded).resolves.toBeUndefined();
  });

  it('leaves the store alone when a model that is not shown goes', () => {
    const { store, loads } = setUp();
    const a = model('a');
    loads.shown(a);
    loads.gone(model('other'));
    expect(store.getState().city).toBe(a);
  });

  it('rejects what still waits when disposed', async () => {
    const { loads } = setUp();
    const pending = loads.load('./b.glb');
    loads.dispose();
    await expect(pending).rejects.toThrow(/closed/);
  });
});
