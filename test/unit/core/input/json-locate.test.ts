import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColAt } from '../../../../src/core/input/json-input.ts';
import { findJsonErrorOffset } from '../../../../src/core/input/json-locate.ts';

const jsonErrorLine = (text: string): number => lineColAt(text, findJsonErrorOffset(text)).line;

describe('findJsonErrorOffset', () => {
  it('finds the line of a syntax error', () => {
    expect(jsonErrorLine('[\n{"a": 1},\n{"b": }\n]')).toBe(3);
    expect(jsonErrorLine('[\n1,\n2,\n]')).toBe(4);
    expect(jsonErrorLine('{"a":\n"unterminated')).toBe(2);
  });

  it('agrees with JSON.parse on what is valid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonErrorOffset(text) === -1).toBe(valid);
      }),
      { numRuns: 1000 },
    );
  });
});
