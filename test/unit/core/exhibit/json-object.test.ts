import { describe, expect, it } from 'vitest';
import { parseJsonObject } from '../../../../src/core/exhibit/json-object.ts';

describe('parseJsonObject', () => {
  it('reads an object and nothing else', () => {
    expect(parseJsonObject('{"a":1}', 100)).toEqual({ a: 1 });
    for (const bad of ['', 'x', '1', '"s"', 'null', '[1]']) expect(parseJsonObject(bad, 100), bad).toBeNull();
  });

  it('drops a message over the length limit before parsing it', () => {
    expect(parseJsonObject(`{"a":"${'x'.repeat(100)}"}`, 100)).toBeNull();
  });
});
