import { describe, expect, it } from 'vitest';
import {
  filterCovers,
  isValidFilter,
  isValidTopic,
  topicMatches,
} from '../../../../src/core/sensors/topic.ts';

describe('MQTT topics', () => {
  it('matches + and # as MQTT does', () => {
    expect(topicMatches('a/+/c', 'a/b/c')).toBe(true);
    expect(topicMatches('a/+/c', 'a/b/d')).toBe(false);
    expect(topicMatches('a/#', 'a')).toBe(true);
    expect(topicMatches('a/#', 'a/b/c')).toBe(true);
    expect(topicMatches('a/+', 'a/b/c')).toBe(false);
    expect(topicMatches('#', '$SYS/x')).toBe(false);
  });

  it('checks topics and filters', () => {
    expect(isValidTopic('a/b')).toBe(true);
    expect(isValidTopic('a/+')).toBe(false);
    expect(isValidTopic('')).toBe(false);
    expect(isValidFilter('a/+/#')).toBe(true);
    expect(isValidFilter('a/#/b')).toBe(false);
    expect(isValidFilter('a/b+')).toBe(false);
  });

  it('knows when one filter covers another', () => {
    expect(filterCovers('a/#', 'a/+/c')).toBe(true);
    expect(filterCovers('a/#', 'a/#')).toBe(true);
    expect(filterCovers('a/#', '#')).toBe(false);
    expect(filterCovers('a/+/c', 'a/b/c')).toBe(true);
    expect(filterCovers('a/b/c', 'a/+/c')).toBe(false);
    expect(filterCovers('a/+', 'a/#')).toBe(false);
    expect(filterCovers('a/b/#', 'a')).toBe(false);
  });
});
