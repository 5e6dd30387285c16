import { describe, expect, it } from 'vitest';
import { twinSession } from '../support/session.ts';

// A model that cannot be shown is named, and the city on screen stays there.
describe('a failed loadCity keeps the old city', () => {
  const session = twinSession();

  const BAD: [string, string, RegExp][] = [
    ['empty', '', /the file is empty/],
    ['ktx2', '\u00abKTX 20\u00bb\r\n\u001a\n', /a KTX2 texture/],
    ['zip', 'PK\u0003\u0004 archive', /a ZIP archive/],
    ['html', '<!DOCTYPE html><html><body>Anmelden</body></html>', /an HTML page/],
    [
      'basis',
      JSON.stringify({
        asset: { version: '2.0' },
        extensionsUsed: ['GOOGLE_texture_basis'],
        extensionsRequired: ['GOOGLE_texture_basis'],
      }),
      /requires GOOGLE_texture_basis, which this viewer does not support/,
    ],
  ];

  for (const [name, content, reason] of BAD)
    it(`${name}: rejects with the reason, says so, and keeps drawing the old city`, async () => {
      const { page } = session;
      const before = await page.evaluate(() => window.cityTwin!.stats());
      const result = await page.evaluate(async (text) => {
        // Latin-1 bytes, so the magic numbers arrive as written.
        const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
        const url = URL.createObjectURL(new Blob([bytes]));
        return window.cityTwin!.loadCity(url).then(
          () => 'resolved',
          (e: Error) => e.message,
        );
      }, content);
      expect(result).toMatch(reason);
      await page.waitForFunction(
        (text) => [...document.querySelectorAll('.notice-error')].some((n) => n.textContent?.includes(text)),
        'die bisherige Stadt bleibt',
      );
      const frames = before.frames;
      await page.waitForFunction((f) => window.cityTwin!.stats().frames > f + 2, frames);
      const after = await page.evaluate(() => window.cityTwin!.stats());
      expect(after.buildings).toBe(before.buildings);
      expect(after.drawCalls).toBe(before.drawCalls);
      expect(after.triangles).toBe(before.triangles);
      expect(session.problems).toEqual([]);
    });
});
