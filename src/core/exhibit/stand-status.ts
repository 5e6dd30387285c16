/** How one supervised process of the stand is doing. */
export interface PartStatus {
  state: 'up' | 'down';
  /** Times the supervisor restarted it since the stand started. */
  restarts: number;
}

/** What `npm run exhibit` reports about the stand (served as `stand-status.json`). */
export interface StandStatus {
  /** Epoch ms the supervisor last wrote it. */
  updated: number;
  /** Where the readings come from. */
  source: 'simulator' | 'replay' | 'live';
  /** The recording being replayed, when the source is a replay. */
  file: string;
  parts: Record<string, PartStatus>;
}

/** Read the status file defensively; null when it is not one (no supervisor, or an old file). */
export function parseStandStatus(raw: unknown): StandStatus | null {
  const o = raw as Record<string, unknown> | null;
  if (!o || typeof o !== 'object' || typeof o.updated !== 'number') return null;
  const source = o.source === 'replay' || o.source === 'live' ? o.source : 'simulator';
  const parts: Record<string, PartStatus> = {};
  const rawParts = (o.parts ?? {}) as Record<string, unknown>;
  for (const [name, value] of Object.entries(rawParts)) {
    const p = value as Record<string, unknown> | null;
    if (!p || typeof p !== 'object') continue;
    parts[name] = {
      state: p.state === 'up' ? 'up' : 'down',
      restarts: typeof p.restarts === 'number' && p.restarts >= 0 ? p.restarts : 0,
    };
  }
  return { updated: o.updated, source, file: typeof o.file === 'string' ? o.file : '', parts };
}
