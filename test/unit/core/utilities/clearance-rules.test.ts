import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JsonReader } from '../../../../src/core/input/json-reader.ts';
import {
  largestClearance,
  parseClearanceRules,
  requiredClearance,
} from '../../../../src/core/utilities/clearance-rules.ts';
import { shippedRules } from './helpers.ts';

interface Entry {
  basis?: string;
  source: string;
}

describe('clearance rules', () => {
  it('ships the documented defaults', () => {
    const rules = shippedRules();
    expect(requiredClearance(rules, 'gas', 'power', false)).toBe(0.2);
    expect(requiredClearance(rules, 'power', 'gas', true)).toBe(0.1);
    expect(requiredClearance(rules, 'water', 'sewage', false)).toBe(0.4);
    expect(requiredClearance(rules, 'telecom', 'district-heating', true)).toBe(0.2);
    expect(requiredClearance(rules, 'telecom', 'district-heating', false)).toBe(0.4);
    expect(rules.minCoverM.gas).toBe(0.5);
    expect(rules.minCoverM.water).toBe(1);
    expect(largestClearance(rules)).toBe(0.4);
  });

  it('names the source and the basis of every shipped value', () => {
    const raw = JSON.parse(
      readFileSync(
        new URL('../../../../src/features/utilities/clearance-rules.json', import.meta.url),
        'utf8',
      ),
    ) as {
      default: Entry;
      pairs: Entry[];
      types: Record<string, Entry>;
      minCoverSource: string;
      buildingSource: string;
    };
    const entries = [raw.default, ...raw.pairs, ...Object.values(raw.types)];
    expect(entries).toHaveLength(1 + 5 + 7);
    for (const e of entries) {
      expect(['normative', 'common']).toContain(e.basis);
      // A rule number (DIN, DVGW, DWA, AGFW, VDE) in every source.
      expect(e.source).toMatch(/\b(DIN|DVGW|DWA|AGFW|VDE)\b/);
    }
    expect(raw.minCoverSource).toMatch(/^normative: DIN 1998/);
    const rules = shippedRules();
    expect(requiredClearance(rules, 'gas', 'power', false)).toBe(0.2);
    expect(rules.pairs.get('gas|power')?.basis).toBe('normative');
    expect(rules.fallback.basis).toBe('common');
    const read = (json: unknown) => parseClearanceRules(new JsonReader('own.json', json));
    expect(() =>
      read({ minCoverM: 0.5, default: { parallelM: 0.4, crossingM: 0.2, basis: 'sure' } }),
    ).toThrow(/own\.json: default\.basis: expected "normative" or "common", found "sure"/);
  });

  it('takes a Stadtwerk’s own values and refuses a wrong one at its place', () => {
    const read = (json: unknown) => parseClearanceRules(new JsonReader('own.json', json));
    const own = read({
      minCoverM: 0.8,
      default: { parallelM: 0.5, crossingM: 0.3 },
      pairs: [{ types: ['Strom', 'Fernwärme'], parallelM: 1, crossingM: 0.7 }],
    });
    expect(requiredClearance(own, 'district-heating', 'power', false)).toBe(1);
    expect(own.minCoverM.telecom).toBe(0.8);
    expect(() => read({ minCoverM: 0.5, default: { parallelM: 0.5 } })).toThrow(
      'own.json: default.crossingM: expected a number',
    );
    expect(() =>
      read({
        minCoverM: 0.5,
        default: { parallelM: 0.5, crossingM: 0.2 },
        pairs: [{ types: ['gas'], parallelM: 1, crossingM: 1 }],
      }),
    ).toThrow('own.json: pairs[0].types: expected two types');
    expect(() => read({ minCoverM: -1, default: { parallelM: 0.5, crossingM: 0.2 } })).toThrow(
      'own.json: minCoverM: expected metres',
    );
    expect(() =>
      read({ minCoverM: 1, default: { parallelM: 0.5, crossingM: 0.2 }, types: { steam: {} } }),
    ).toThrow('types["steam"]');
  });
});
