import { Vector3, type Camera } from 'three';
import type { XRStore } from '@react-three/xr';
import { toHex } from '../core/colour-scale.ts';
import { featureBox } from '../core/feature-bounds.ts';
import type { SensorSummary } from '../core/sensor-state.ts';
import type { BuildingRecord } from '../core/building-table.ts';
import type { FeatureSource } from '../city/city-model.ts';
import { headingOf } from '../walk/start-view.ts';
import type { TwinRuntime } from './twin-runtime.ts';

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
    mqtt: string;
    messagesPerSecond: number;
    sensors: {
      known: number;
      live: number;
      stale: number;
      rejected: number;
      rejectedBy: Record<string, number>;
    };
  };
  building(id: string): BuildingInfo | null;
  sensors(): SensorSummary[];
  pose(): { position: [number, number, number]; headingDeg: number };
  enterVR(): Promise<void>;
  /** Point the desktop camera at a building from above its south side; false if there is no such building. */
  focus(id: string): boolean;
}

declare global {
  interface Window {
    cityTwin?: CityTwinApi;
  }
}

const scratch = new Vector3();

/** Build the handle over the runtime, the camera and the XR store. */
export function createCityTwinApi(
  runtime: TwinRuntime,
  ready: Promise<void>,
  camera: () => Camera,
  xr: XRStore,
): CityTwinApi {
  return {
    ready,
    stats() {
      const now = Date.now();
      const city = runtime.city.get();
      return {
        buildings: city?.buildings.count ?? 0,
        featureSource: city?.featureSource ?? null,
        drawCalls: runtime.frame.drawCalls,
        triangles: runtime.frame.triangles,
        frameMs: runtime.frame.ms,
        mqtt: runtime.connection.get(),
        messagesPerSecond: runtime.feed.messagesPerSecond(now),
        sensors: runtime.feed.state.counts(now),
      };
    },
    building(id) {
      const city = runtime.city.get();
      const index = city?.buildings.indexOf(id);
      const record = index === undefined ? undefined : city?.buildings.at(index);
      if (!city || index === undefined || !record) return null;
      const value = runtime.feed.state.building(id, Date.now());
      const drawn = city.colours.displayed(index);
      return {
        ...record,
        temperature: value.celsius,
        state: value.state,
        colour: drawn ? toHex(drawn) : null,
        sensors: value.sensors,
        box: featureBox(city.bounds(), index),
      };
    },
    sensors: () => runtime.feed.state.sensors(Date.now()),
    pose() {
      const cam = camera();
      const position = cam.getWorldPosition(scratch).toArray() as [number, number, number];
      return { position, headingDeg: headingOf(cam.getWorldDirection(scratch)) };
    },
    focus(id) {
      const city = runtime.city.get();
      const index = city?.buildings.indexOf(id);
      const box = city && index !== undefined ? featureBox(city.bounds(), index) : null;
      if (!box) return false;
      const centre = new Vector3(...box.min).add(new Vector3(...box.max)).multiplyScalar(0.5);
      const size = Math.max(4, box.max[0] - box.min[0], box.max[2] - box.min[2]);
      const cam = camera();
      // From the south and above, so the building's roof and south wall fill the centre of the view.
      // Aim at the middle of the building's volume: the ray meets its roof or south wall, whatever the roof shape.
      cam.position.set(centre.x, box.max[1] + size * 1.2, centre.z + size * 1.2);
      cam.lookAt(centre);
      cam.updateMatrixWorld();
      return true;
    },
    enterVR: async () => {
      await xr.enterVR();
    },
  };
}
