import { describe, expect, it } from 'vitest';
import { parseStandStatus } from '../../../../src/core/exhibit/stand-status.ts';

describe('the stand status', () => {
  it('reads what the supervisor writes', () => {
    const status = parseStandStatus({
      updated: 5,
      source: 'replay',
      file: '2026-05-06.jsonl',
      parts: { web: { state: 'up', restarts: 0 }, replay: { state: 'down', restarts: 2 } },
    });
    expect(status).toEqual({
      updated: 5,
      source: 'replay',
      file: '2026-05-06.jsonl',
      parts: { web: { state: 'up', restarts: 0 }, replay: { state: 'down', restarts: 2 } },
    });
  });

  it('is null for anything that is not a status, and careful with odd parts', () => {
    expect(parseStandStatus(null)).toBeNull();
    expect(parseStandStatus({})).toBeNull();
    expect(parseStandStatus({ updated: 1, parts: { x: 3, y: { state: 'odd', restarts: -1 } } })).toEqual({
      updated: 1,
      source: 'simulator',
      file: '',
      parts: { y: { state: 'down', restarts: 0 } },
    });
  });
});
