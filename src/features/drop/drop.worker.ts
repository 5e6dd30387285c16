// The drop worker: imports dropped files off the main thread, so the city keeps walking while a 100 MB
// CityGML file is read, and reports how far it has got.
import { CrsError } from '../../pipeline/import/import-crs.ts';
import { needsPlacing } from './drop-place.ts';
import { importDropped, type DropPhase, type DroppedFile } from './import-dropped.ts';

/** The page's request: the dropped files, and the EPSG code entered for them when the file lacked one. */
export interface DropRequest {
  files: DroppedFile[];
  crs?: string;
}

/** The worker's answers: progress, the GLB, or the reason it failed. */
export type DropAnswer =
  | { type: 'progress'; phase: DropPhase; fraction: number }
  | { type: 'done'; name: string; glb: ArrayBuffer; placeable: boolean }
  | { type: 'failed'; reason: string; crs?: { detail: string } };

const post = (answer: DropAnswer, transfer: Transferable[] = []): void =>
  self.postMessage(answer, { transfer });

self.onmessage = (event: MessageEvent<DropRequest>) => {
  const { files, crs } = event.data;
  importDropped(files, (phase, fraction) => post({ type: 'progress', phase, fraction }), crs).then(
    (city) => {
      const glb = city.glb.slice().buffer;
      // A model that says nothing about where it lies: the page offers to place it.
      const placeable = needsPlacing(city.glb);
      post({ type: 'done', name: city.name, glb, placeable }, [glb]);
    },
    (error: unknown) =>
      post({
        type: 'failed',
        reason: error instanceof Error ? error.message : String(error),
        // The reference system is what is missing or wrong: the page asks for an EPSG code.
        ...(error instanceof CrsError ? { crs: { detail: error.detail } } : {}),
      }),
  );
};
