import { createElement } from 'react';
import type { TwinFeature } from '../../twin/twin-runtime.ts';
import { DropOverlay } from './DropOverlay.tsx';
import { createBrowserCrsRegistry } from '../../city/browser-epsg.ts';
import { placedGlb, type ModelPlace } from './drop-place.ts';
import { createDropStore, type PlaceQuestion } from './drop-state.ts';
import type { DropAnswer, DropRequest } from './drop.worker.ts';

/**
 * Drag and drop, the entry point of this feature: a GLB, a glTF with its files, CityJSON (Sequence), CityGML
 * or GeoJSON dropped on the page is imported in a Web Worker by the pipeline's own importers and shown
 * through `loadCity`; nothing is uploaded anywhere. A file that cannot be shown leaves the old city; a model
 * that says nothing about where it lies is shown as it is, with the offer to place it (`DropPlaceForm`).
 */
export function createDropFeature(): TwinFeature {
  const removers: (() => void)[] = [];
  let worker: Worker | null = null;
  const stop = (): void => {
    worker?.terminate();
    worker = null;
  };
  return {
    name: 'drop',
    init(runtime) {
      const store = createDropStore();
      const done = (): void => {
        stop();
        store.setState({ file: '', phase: null, fraction: 0 });
      };
      const failed = (file: string, reason: string): void => {
        runtime.addNotice({ code: 'drop.failed', params: { file, reason }, severity: 'error' });
        done();
      };
      // A city file without a usable CRS: ask for a code on the page rather than for `--crs`.
      const ask = (files: File[], file: string, tried: string, detail: string): void => {
        done();
        store.setState({ ask: { files, file, tried, detail } });
      };
      const show = async (file: string, glb: ArrayBuffer, placeable = false): Promise<void> => {
        const url = URL.createObjectURL(new Blob([glb], { type: 'model/gltf-binary' }));
        try {
          // The model is parsed into memory on load: its object URL is not needed once loadCity settles.
          await runtime.loadCity(url);
          const count = runtime.store.getState().city?.buildings.count ?? 0;
          runtime.addNotice({ code: 'drop.shown', params: { file, count }, severity: 'info' });
          if (placeable) store.setState({ place: { file, glb, tried: '', detail: '' } });
        } catch {
          // CityScene has said why in a notice and kept the old city.
        } finally {
          URL.revokeObjectURL(url);
          done();
        }
      };
      const start = (files: File[], crs?: string): void => {
        stop();
        const request: DropRequest = { files: files.map((f) => ({ name: f.name, blob: f })), crs };
        const file = files.map((f) => f.name).join(', ');
        store.setState({ file, phase: 'read', fraction: 0, ask: null, place: null });
        const w = new Worker(new URL('./drop.worker.ts', import.meta.url), { type: 'module' });
        worker = w;
        w.onmessage = (event: MessageEvent<DropAnswer>) => {
          const a = event.data;
          if (a.type === 'progress') store.setState({ phase: a.phase, fraction: a.fraction });
          else if (a.type === 'failed' && a.crs) ask(files, file, crs ?? '', a.crs.detail);
          else if (a.type === 'failed') failed(file, a.reason);
          else void show(a.name, a.glb, a.placeable);
        };
        w.onerror = (event) => failed(file, event.message || 'the import worker stopped');
        w.postMessage(request);
      };
      const abort = new AbortController();
      const on = { signal: abort.signal };
      const hasFiles = (e: DragEvent): boolean => e.dataTransfer?.types.includes('Files') ?? false;
      window.addEventListener(
        'dragover',
        (e) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          if (!store.getState().dragging) store.setState({ dragging: true });
        },
        on,
      );
      window.addEventListener(
        'dragleave',
        (e) => {
          if (e.relatedTarget === null) store.setState({ dragging: false });
        },
        on,
      );
      window.addEventListener(
        'drop',
        (e) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          store.setState({ dragging: false });
          const files = [...(e.dataTransfer?.files ?? [])];
          if (files.length) start(files);
        },
        on,
      );
      removers.push(() => abort.abort());
      const answer = (code: string | null): void => {
        const question = store.getState().ask;
        store.setState({ ask: null });
        if (question && code) start(question.files, code);
      };
      const placeAt = (place: ModelPlace | null): void => {
        const question = store.getState().place;
        store.setState({ place: null });
        if (question && place) void placeModelAt(question, place);
      };
      // The code is checked against the EPSG set before the model is loaded again with its place.
      const placeModelAt = async (question: PlaceQuestion, place: ModelPlace): Promise<void> => {
        try {
          (await createBrowserCrsRegistry()).define(place.crs);
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          store.setState({ place: { ...question, tried: place.crs, detail } });
          return;
        }
        const glb = placedGlb(new Uint8Array(question.glb), place);
        store.setState({ file: question.file, phase: 'write', fraction: 1 });
        await show(question.file, glb.slice().buffer);
      };
      const overlay = () => createElement(DropOverlay, { store, answer, placeAt });
      removers.push(runtime.addPart({ name: 'drop', overlay }));
    },
    dispose() {
      stop();
      for (const remove of removers.splice(0).reverse()) remove();
    },
  };
}
