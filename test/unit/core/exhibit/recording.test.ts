import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatRecordingLine,
  parseRecording,
  recordingFileName,
  replayDelays,
  retimePayload,
  type RecordedMessage,
} from '../../../../src/core/exhibit/recording.ts';

const message = (at: number, value = 20): RecordedMessage => ({
  at,
  topic: 'city/neubrandenburg/sensors/s1/temperature',
  payload: JSON.stringify({ value, ts: at }),
});

describe('recordings', () => {
  it('round-trips messages through JSON Lines', () => {
    const text = [message(1), message(2)].map(formatRecordingLine).join('');
    const read = parseRecording(text);
    expect(read.messages).toEqual([message(1), message(2)]);
    expect(read.skipped).toEqual([]);
    expect(read.tornLastLine).toBe(false);
  });

  it('skips a torn last line and says so, keeping every line before it', () => {
    const whole = [message(1), message(2), message(3)].map(formatRecordingLine).join('');
    const read = parseRecording(whole.slice(0, whole.length - 9));
    expect(read.messages).toEqual([message(1), message(2)]);
    expect(read.tornLastLine).toBe(true);
    expect(read.skipped).toEqual([{ line: 3, reason: 'cut off (torn last line)' }]);
  });

  it('a file cut anywhere loses at most the line being written', () => {
    const all = Array.from({ length: 20 }, (_, i) => message(1000 + i, i));
    const whole = all.map(formatRecordingLine).join('');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: whole.length }), (cut) => {
        const complete = whole.slice(0, cut).split('\n').length - 1;
        const read = parseRecording(whole.slice(0, cut));
        expect(read.messages).toEqual(all.slice(0, read.messages.length));
        expect(read.messages.length).toBeGreaterThanOrEqual(complete);
      }),
    );
  });

  it('names a bad line in the middle and goes on', () => {
    const text = `${formatRecordingLine(message(1))}{"at":"x"}\n${formatRecordingLine(message(2))}`;
    const read = parseRecording(text);
    expect(read.messages).toHaveLength(2);
    expect(read.skipped).toEqual([{ line: 2, reason: '"at" is not a time in ms' }]);
  });

  it('one file a day, by UTC date', () => {
    expect(recordingFileName(Date.UTC(2026, 4, 6, 23, 59))).toBe('2026-05-06.jsonl');
  });

  it('replays the recorded gaps divided by the speed', () => {
    expect(replayDelays([message(1000), message(61_000), message(121_000)], 60)).toEqual([0, 1000, 2000]);
    expect(() => replayDelays([], 0)).toThrow(/Requires a speed/);
  });

  it('moves time fields to the replay time, in the form they had', () => {
    const at = Date.UTC(2026, 4, 6, 12);
    expect(JSON.parse(retimePayload('{"value":3,"ts":1}', at))).toEqual({ value: 3, ts: at / 1000 });
    expect(JSON.parse(retimePayload(`{"value":3,"ts":${Date.UTC(2025, 0, 1)}}`, at)).ts).toBe(at);
    expect(JSON.parse(retimePayload('{"result":3,"phenomenonTime":"2025-01-01T00:00:00Z"}', at))).toEqual({
      result: 3,
      phenomenonTime: new Date(at).toISOString(),
    });
    expect(retimePayload('21.5', at)).toBe('21.5');
    expect(retimePayload('{"value":1}', at)).toBe('{"value":1}');
  });
});
