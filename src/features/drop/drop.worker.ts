// The drop worker: imports dropped files off the main thread, so the city keeps walking while a 100 MB
// CityGML file is read, and reports how far it has got.
import { importDropped, type DropPhase, type DroppedFile } from './import-dropped.ts';

/** The page's request: the dropped files. */
export interface DropRequest {
  files: DroppedFile[];
}

/** The worker's answers: progress, the GLB, or the reason it failed. */
export type DropAnswer =
  | { type: 'progress'; phase: DropPhase; fraction: number }
  | { type: 'done'; name: string; glb: ArrayBuffer }
  | { type: 'failed'; reason: string };

const post = (answer: DropAnswer, transfer: Transferable[] = []): void =>
  self.postMessage(answer, { transfer });

self.onmessage = (event: MessageEvent<DropRequest>) => {
  importDropped(event.data.files, (phase, fraction) => post({ type: 'progress', phase, fraction })).then(
    (city) => {
      const glb = city.glb.slice().buffer;
      post({ type: 'done', name: city.name, glb }, [glb]);
    },
    (error: unknown) =>
      post({ type: 'failed', reason: error instanceof Error ? error.message : String(error) }),
  );
};
