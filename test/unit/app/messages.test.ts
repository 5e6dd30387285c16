import { describe, expect, it } from 'vitest';
import { ALL_MESSAGES } from '../../../src/app/messages.ts';

describe('the twin’s texts', () => {
  it('has every text in German and in English, with the same placeholders', () => {
    const de = ALL_MESSAGES.de as Record<string, string>;
    const en = ALL_MESSAGES.en as Record<string, string>;
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    const holes = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
    for (const key of Object.keys(de)) expect([key, holes(de[key]!)]).toEqual([key, holes(en[key]!)]);
  });
});
