import { isHeadsetId } from '../../core/exhibit/stand-topics.ts';

const KEY = 'stadtzwilling.headset';

/**
 * This device's name on the stand's topics: kept in the browser, so a headset keeps its name across reloads
 * and the guide's screen can tell two headsets apart (`quest-7f3a`).
 */
export function headsetId(storage: Storage | undefined = globalThis.localStorage): string {
  const kept = safely(() => storage?.getItem(KEY));
  if (kept && isHeadsetId(kept)) return kept;
  const made = `quest-${Math.floor(Math.random() * 0x10000)
    .toString(16)
    .padStart(4, '0')}`;
  safely(() => storage?.setItem(KEY, made));
  return made;
}

// Private modes may refuse storage; the headset then gets a new name per visit, which is fine.
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
