import { readFileSync } from 'node:fs';
import { parseClearanceRules, type ClearanceRules } from '../../../../src/core/utilities/clearance-rules.ts';
import { JsonReader } from '../../../../src/core/input/json-reader.ts';

/** The rules file the twin ships, read as the app reads it. */
export function shippedRules(): ClearanceRules {
  const text = readFileSync(
    new URL('../../../../src/features/utilities/clearance-rules.json', import.meta.url),
    'utf8',
  );
  return parseClearanceRules(new JsonReader('clearance-rules.json', JSON.parse(text)));
}
