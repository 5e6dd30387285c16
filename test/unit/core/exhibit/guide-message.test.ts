import { describe, expect, it } from 'vitest';
import { encodeGuide, parseGuide } from '../../../../src/core/exhibit/guide-message.ts';

describe('guide messages', () => {
  it('round-trip', () => {
    const m = {
      id: 'g-1',
      target: { kind: 'viewpoint', id: 'marktplatz' },
      name: { de: 'Marktplatz', en: 'Market square' },
    } as const;
    expect(parseGuide(encodeGuide(m))).toEqual(m);
  });

  it('name the place by its id when no name came, and English by German', () => {
    expect(parseGuide('{"id":"a","target":{"kind":"building","id":"b7"}}')?.name).toEqual({
      de: 'b7',
      en: 'b7',
    });
    expect(
      parseGuide('{"id":"a","target":{"kind":"building","id":"b7"},"name":{"de":"Rathaus"}}')?.name,
    ).toEqual({
      de: 'Rathaus',
      en: 'Rathaus',
    });
  });

  it('turn down malformed suggestions', () => {
    for (const bad of [
      '',
      '{}',
      '{"id":"a"}',
      '{"id":"a","target":{"kind":"moon","id":"x"}}',
      '{"id":"","target":{"kind":"viewpoint","id":"x"}}',
      '{"id":"a","target":{"kind":"viewpoint","id":""}}',
      `{"id":"a","target":{"kind":"viewpoint","id":"${'x'.repeat(3000)}"}}`,
    ])
      expect(parseGuide(bad), bad.slice(0, 40)).toBeNull();
  });
});
