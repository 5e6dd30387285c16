import { resolveConfig, type TwinConfig } from '../core/config.ts';
import type { Notice } from '../core/notice.ts';
import { parseRegistry, type RegistryEntry } from '../core/sensors/registry.ts';

/** The config file's name, beside index.html; absent means the embedded defaults. */
export const CONFIG_FILE = 'stadtzwilling.config.json';

/** Read the config file and the URL query, then the registry they point at; problems become notices. */
export async function loadSettings(
  pageUrl: URL,
): Promise<{ config: TwinConfig; registry: RegistryEntry[]; notices: Notice[] }> {
  const notices: Notice[] = [];
  let file: unknown;
  const response = await fetch(new URL(CONFIG_FILE, pageUrl), { cache: 'no-cache' }).catch(() => null);
  if (response && !response.ok && response.status !== 404) {
    // The twin's server answers so when the file it would serve is broken; a static server's 404 means none.
    notices.push({
      code: 'config.file-unreadable',
      params: { reason: `HTTP ${response.status}` },
      severity: 'warning',
    });
  } else if (response?.ok) {
    const text = await response.text();
    try {
      file = JSON.parse(text);
    } catch (error) {
      notices.push({
        code: 'config.file-unreadable',
        params: { reason: (error as Error).message },
        severity: 'warning',
      });
    }
  }
  const resolved = resolveConfig(file, pageUrl.searchParams, { pageUrl: pageUrl.href });
  notices.push(...resolved.notices);
  const registryUrl = new URL(resolved.config.registry, pageUrl);
  let registry: RegistryEntry[] = [];
  try {
    const res = await fetch(registryUrl, { cache: 'no-cache' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    registry = parseRegistry(await res.text(), registryUrl.pathname.split('/').pop() ?? 'registry');
  } catch (error) {
    notices.push({
      code: 'registry.failed',
      params: { url: resolved.config.registry, reason: (error as Error).message },
      severity: 'warning',
    });
  }
  return { config: resolved.config, registry, notices };
}
