import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/core/input/csv.ts';

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, newlines in quotes and blank lines, keeping line numbers', () => {
    const rows = parseCsv('a,b\n\n"x, ""y""","multi\nline"\nlast,', 'f.csv');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['x, "y"', 'multi\nline'] },
      { line: 5, cells: ['last', ''] },
    ]);
  });

  it('names the line of an unclosed quote', () => {
    expect(() => parseCsv('a\n"open', 'f.csv')).toThrow('f.csv line 2: a quoted cell is not closed');
  });
});
