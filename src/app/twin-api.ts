import { Raycaster, Vector2, Vector3, type Camera, type WebGLRenderer } from 'three';
import { toHex } from '../core/colour/colour-scale.ts';
import { featureBox } from '../core/city/feature-bounds.ts';
import type { SensorSummary } from '../core/sensors/state.ts';
import type { BuildingRecord } from '../core/city/building-table.ts';
import type { CityModel, FeatureSource } from '../city/city-model.ts';
import { pickCity } from '../city/picking.ts';
import { headingOf } from '../core/geo/geo-frame.ts';
import type { WalkHandle, WalkState } from '../walk/walk-handle.ts';
import type { Viewpoint } from '../core/city/city-extras.ts';
import type { TwinRuntime } from '../twin/twin-runtime.ts';
import type { ShownScale } from '../core/sensors/ingest.ts';
import { shownScale } from '../ui/use-shown-scale.ts';

/** What `building(id)` answers. */
export interface BuildingInfo extends BuildingRecord {
  temperature: number | null;
  state: 'live' | 'stale' | 'none';
  /** The colour the building is drawn in now; null where the model's own colour shows (no sensor). */
  colour: string | null;
  sensors: SensorSummary[];
  /** World-space bounds of the building in local metres. */
  box: { min: [number, number, number]; max: [number, number, number] } | null;
}

/** The automation handle for tests, benchmarks and an exhibit operator: `window.cityTwin`. */
export interface CityTwinApi {
  ready: Promise<void>;
  stats(): {
    buildings: number;
    featureSource: FeatureSource | null;
    drawCalls: number;
    triangles: number;
    frameMs: number;
    /** Frames drawn since the page started. */
    frames: number;
    mqtt: string;
    messagesPerSecond: number;
    /** Messages received since the page loaded, accepted or rejected. */
    messages: number;
    sensors: {
      known: number;
      live: number;
      stale: number;
      rejected: number;
      rejectedBy: Record<string, number>;
    };
    /** What the renderer holds on the GPU: equal again after a city is unloaded and loaded again. */
    memory: { geometries: number; textures: number };
    /** A streaming city's figures (3D Tiles: tiles loaded/visible/downloading, cache bytes, error target). */
    tiles: object | null;
    /** The colour scale drawn now (automatic or fixed) and its range. */
    scale: ShownScale;
    /** How often the sensor worker was replaced after it died or hung. */
    workerRestarts: number;
    /** Buildings far off their neighbours, and whether only they are drawn in full colour. */
    outliers: { count: number; highlighted: boolean };
  };
  /** Replace the city by another model URL ('' unloads it); resolves once it is drawn, rejects with the reason. */
  loadCity(url: string): Promise<void>;
  building(id: string): BuildingInfo | null;
  sensors(): SensorSummary[];
  pose(): { position: [number, number, number]; headingDeg: number };
  enterVR(): Promise<void>;
  /** Point the desktop camera at a building from above its south side; false if there is no such building. */
  focus(id: string): boolean;
  /** The city's named viewpoints. */
  viewpoints(): Viewpoint[];
  /** Jump to a named viewpoint, on desktop or in VR; false if there is none by that id. */
  goTo(id: string): boolean;
  /** The walk controls' state (feet, heading, teleport aim, counters); null before the city has loaded. */
  walk(): WalkState | null;
  /** Leave the VR session, if any. */
  exitVR(): Promise<void>;
  /** Put the desktop eye at `eye` looking at `target` (local metres), afloat until the next step finds ground. */
  lookFrom(eye: [number, number, number], target: [number, number, number]): boolean;
  /** The building under a point of the page (CSS px from the top left), as a click there would pick it. */
  pick(x: number, y: number): { buildingId: string; featureIndex: number; properties: BuildingRecord } | null;
  /** Open the info panel for a building (null closes it); false if there is no such building. */
  select(id: string | null): boolean;
  /** The building whose info panel is open, or null. */
  selected(): string | null;
}

/** What features add to the handle (a part's `api`), typed by each feature augmenting this interface. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CityTwinExtensions {}

declare global {
  interface Window {
    cityTwin?: CityTwinApi & CityTwinExtensions;
  }
}

const scratch = new Vector3();
const pickRay = new Raycaster();
const pickNdc = new Vector2();

/** Build the handle over the runtime, the camera and the renderer. */
export function createCityTwinApi(
  runtime: TwinRuntime,
  camera: () => Camera,
  renderer: () => WebGLRenderer,
): CityTwinApi {
  const { store, xr } = runtime;
  const city = (): CityModel | null => store.getState().city;
  const walk = (): WalkHandle | null => store.getState().walk;
  return {
    ready: runtime.loads.ready,
    loadCity: (url) => runtime.loadCity(url),
    stats() {
      const now = Date.now();
      const shown = city();
      return {
        buildings: shown?.buildings.count ?? 0,
        featureSource: shown?.featureSource ?? null,
        drawCalls: runtime.frame.drawCalls,
        triangles: runtime.frame.triangles,
        frameMs: runtime.frame.ms,
        frames: runtime.frame.count,
        mqtt: store.getState().connection,
        messagesPerSecond: runtime.feed.messagesPerSecond(now),
        messages: runtime.feed.received(),
        sensors: runtime.feed.state.counts(now),
        memory: { ...renderer().info.memory },
        tiles: shown?.stats?.() ?? null,
        scale: shownScale(runtime),
        workerRestarts: runtime.feed.restarts(),
        outliers: { count: runtime.feed.state.outliers(), highlighted: runtime.feed.outliersHighlighted() },
      };
    },
    building(id) {
      const shown = city();
      const index = shown?.buildings.indexOf(id);
      const record = index === undefined ? undefined : shown?.buildings.at(index);
      if (!shown || index === undefined || !record) return null;
      const value = runtime.feed.state.building(id, Date.now());
      const drawn = shown.colours.displayed(index);
      return {
        ...record,
        temperature: value.celsius,
        state: value.state,
        colour: drawn ? toHex(drawn) : null,
        sensors: value.sensors,
        box: featureBox(shown.bounds(), index),
      };
    },
    sensors: () => runtime.feed.state.sensors(Date.now()),
    pose() {
      // In VR R3F's camera is the headset's, under the play-space origin: its world pose is the head.
      const cam = camera();
      cam.updateMatrixWorld();
      const position = scratch.setFromMatrixPosition(cam.matrixWorld).toArray() as [number, number, number];
      const direction = scratch.set(0, 0, -1).transformDirection(cam.matrixWorld);
      return { position, headingDeg: headingOf(direction.x, -direction.z) };
    },
    focus(id) {
      const shown = city();
      const index = shown?.buildings.indexOf(id);
      const box = shown && index !== undefined ? featureBox(shown.bounds(), index) : null;
      if (!box) return false;
      const centre = new Vector3(...box.min).add(new Vector3(...box.max)).multiplyScalar(0.5);
      const size = Math.max(4, box.max[0] - box.min[0], box.max[2] - box.min[2]);
      // Steeply from above and a little south, aiming at the middle of the building's volume: the centre ray
      // meets its own roof whatever the roof shape, and neighbours (even taller ones) rarely stand in the way.
      const eye: [number, number, number] = [centre.x, box.max[1] + size * 1.6, centre.z + size * 0.35];
      const target: [number, number, number] = [centre.x, centre.y, centre.z];
      walk()?.lookFrom(eye, target);
      // The rig moves the camera on the next frame; set it now too, so pose() and a pick right after agree.
      const cam = camera();
      cam.position.set(...eye);
      cam.lookAt(...target);
      cam.updateMatrixWorld();
      return true;
    },
    viewpoints: () => walk()?.viewpoints() ?? city()?.extras.viewpoints ?? [],
    goTo: (id) => walk()?.goTo(id) ?? false,
    walk: () => walk()?.state() ?? null,
    lookFrom(eye, target) {
      const handle = walk();
      handle?.lookFrom(eye, target);
      return handle !== null;
    },
    exitVR: async () => {
      await xr.getState().session?.end();
    },
    pick(x, y) {
      const shown = city();
      const canvas = document.querySelector('canvas');
      if (!shown || !canvas) return null;
      const rect = canvas.getBoundingClientRect();
      pickNdc.set(((x - rect.left) / rect.width) * 2 - 1, -((y - rect.top) / rect.height) * 2 + 1);
      pickRay.setFromCamera(pickNdc, camera());
      const hit = pickCity(shown, pickRay);
      return (
        hit && { buildingId: hit.buildingId, featureIndex: hit.featureIndex, properties: hit.properties }
      );
    },
    select(id) {
      if (id === null) return (runtime.select(null), true);
      const featureIndex = city()?.buildings.indexOf(id);
      if (featureIndex === undefined) return false;
      runtime.select({ buildingId: id, featureIndex, point: null });
      return true;
    },
    selected: () => store.getState().selection?.buildingId ?? null,
    enterVR: async () => {
      await xr.enterVR();
    },
  };
}
