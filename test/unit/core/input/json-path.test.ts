import { describe, expect, it } from 'vitest';
import { getPath, splitPath } from '../../../../src/core/input/json-path.ts';

describe('json paths', () => {
  it('splits dots and brackets', () => {
    expect(splitPath('a.b[0].c')).toEqual(['a', 'b', '0', 'c']);
    expect(splitPath("list['x'][1]")).toEqual(['list', 'x', '1']);
    expect(splitPath('')).toEqual([]);
  });

  it('reads nested values and array items, and nothing inherited', () => {
    const value = JSON.parse('{"a":{"b":[{"c":1},{"c":2}]},"t":0}') as unknown;
    expect(getPath(value, 'a.b[1].c')).toBe(2);
    expect(getPath(value, 'a.b.0.c')).toBe(1);
    expect(getPath(value, 't')).toBe(0);
    expect(getPath(value, '')).toBe(value);
    expect(getPath(value, 'a.b.x')).toBeUndefined();
    expect(getPath(value, 'a.constructor')).toBeUndefined();
    expect(getPath(value, '__proto__')).toBeUndefined();
    expect(getPath(3, 'a')).toBeUndefined();
  });
});
