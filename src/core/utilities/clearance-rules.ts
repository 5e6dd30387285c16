import type { JsonReader } from '../input/json-reader.ts';
import { UTILITY_TYPES, utilityTypeOf, type UtilityType } from './utility-types.ts';

/** The clearance two types of line need, side by side and where they cross, in metres between pipe walls. */
export interface PairRule {
  parallelM: number;
  crossingM: number;
  source: string;
  /** 'normative': the named rule states the value; 'common': a value used in practice; '' when not said. */
  basis: RuleBasis;
}

/** Whether a value is stated by the rule it names, or a common practical one (or not said). */
export type RuleBasis = 'normative' | 'common' | '';

const basisAt = (reader: JsonReader): RuleBasis => {
  const basis = reader.optionalString('');
  if (basis !== '' && basis !== 'normative' && basis !== 'common')
    reader.fail(`expected "normative" or "common", found "${basis}"`);
  return basis as RuleBasis;
};

/** What the check holds a planned line to: clearances by pair of types, minimum cover, buildings. */
export interface ClearanceRules {
  name: string;
  /** Above this angle between two lines (degrees) they cross; below, they run side by side. */
  crossingAngleDeg: number;
  /** Minimum depth of cover over the pipe's top, metres (per type where the file says so). */
  minCoverM: Record<UtilityType, number>;
  /** Depth a new line of this type is usually laid at (cover, metres): the drawing tool's default. */
  typicalCoverM: Record<UtilityType, number>;
  /** Horizontal distance a line keeps from a building's outline, metres (0: only never under it). */
  buildingM: number;
  /** The rule for any pair the file does not name. */
  fallback: PairRule;
  /** Pair rules by `typeA|typeB` in both orders. */
  pairs: Map<string, PairRule>;
}

/** The clearance required between lines of types a and b, crossing or side by side. */
export function requiredClearance(
  rules: ClearanceRules,
  a: UtilityType,
  b: UtilityType,
  crossing: boolean,
): number {
  const rule = rules.pairs.get(`${a}|${b}`) ?? rules.fallback;
  return crossing ? rule.crossingM : rule.parallelM;
}

/** The largest clearance any pair needs: how far the check must look around a line. */
export function largestClearance(rules: ClearanceRules): number {
  let most = Math.max(rules.fallback.parallelM, rules.fallback.crossingM, rules.buildingM);
  for (const r of rules.pairs.values()) most = Math.max(most, r.parallelM, r.crossingM);
  return most;
}

const metres = (reader: JsonReader, fallback?: number): number => {
  const v = fallback === undefined ? reader.number() : reader.optionalNumber(fallback);
  if (v < 0 || v > 20) reader.fail(`expected metres between 0 and 20, found ${v}`);
  return v;
};

const typeAt = (reader: JsonReader): UtilityType =>
  utilityTypeOf(reader.string()) ??
  reader.fail(`unknown utility type "${String(reader.value)}" (one of ${UTILITY_TYPES.join(', ')})`);

/** Read a rules file (src/features/utilities/clearance-rules.json is the shipped one); throws an InputError at the place that is wrong. */
export function parseClearanceRules(root: JsonReader): ClearanceRules {
  root.entries();
  const fallbackReader = root.key('default');
  const fallback: PairRule = {
    parallelM: metres(fallbackReader.key('parallelM')),
    crossingM: metres(fallbackReader.key('crossingM')),
    source: fallbackReader.key('source').optionalString(''),
    basis: basisAt(fallbackReader.key('basis')),
  };
  const pairs = new Map<string, PairRule>();
  for (const item of root.key('pairs').isMissing() ? [] : root.key('pairs').items()) {
    const types = item.key('types').items();
    if (types.length !== 2) item.key('types').fail(`expected two types, found ${types.length}`);
    const [a, b] = types.map(typeAt) as [UtilityType, UtilityType];
    const rule: PairRule = {
      parallelM: metres(item.key('parallelM')),
      crossingM: metres(item.key('crossingM')),
      source: item.key('source').optionalString(''),
      basis: basisAt(item.key('basis')),
    };
    pairs.set(`${a}|${b}`, rule);
    pairs.set(`${b}|${a}`, rule);
  }
  const minCover = metres(root.key('minCoverM'));
  const minCoverM = {} as Record<UtilityType, number>;
  const typicalCoverM = {} as Record<UtilityType, number>;
  const types = root.key('types');
  if (!types.isMissing())
    for (const [name, entry] of types.entries())
      if (!(UTILITY_TYPES as readonly string[]).includes(name))
        entry.fail(`unknown utility type "${name}" (one of ${UTILITY_TYPES.join(', ')})`);
  for (const type of UTILITY_TYPES) {
    const entry = types.key(type);
    // Read for its check only: a file that says how sure a depth is says it in one of the two words.
    basisAt(entry.key('basis'));
    minCoverM[type] = metres(entry.key('minCoverM'), minCover);
    typicalCoverM[type] = metres(entry.key('typicalCoverM'), Math.max(minCover, 1));
  }
  const angle = root.key('crossingAngleDeg').optionalNumber(45);
  if (angle <= 0 || angle >= 90)
    root.key('crossingAngleDeg').fail(`expected an angle between 0 and 90, found ${angle}`);
  return {
    name: root.key('name').optionalString('clearance rules'),
    crossingAngleDeg: angle,
    minCoverM,
    typicalCoverM,
    buildingM: metres(root.key('buildingM'), 0),
    fallback,
    pairs,
  };
}
