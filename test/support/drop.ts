import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const FIX = join(import.meta.dirname, '../fixtures');

/** A file to drop: its name and its bytes in base64 (they cross into the page as text). */
export interface DropFile {
  name: string;
  base64: string;
}

/** Drops files on the page as a user would: a DataTransfer with File objects, dispatched on the canvas. */
export async function drop(page: Page, files: DropFile[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list)
      dt.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
    return dt;
  }, files);
  await page.dispatchEvent('canvas', 'dragover', { dataTransfer });
  await page.dispatchEvent('canvas', 'drop', { dataTransfer });
}

/** A file of `test/fixtures/` to drop, under its own name or another. */
export const fixtureFile = async (path: string, name = path.split('/').pop()!): Promise<DropFile> => ({
  name,
  base64: (await readFile(join(FIX, path))).toString('base64'),
});

/** Waits for a notice that contains `text`. */
export const noticeWith = (page: Page, text: string) =>
  page.waitForFunction(
    (t) => [...document.querySelectorAll('.notice')].some((n) => n.textContent?.includes(t)),
    text,
  );
